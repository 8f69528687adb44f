import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds config list|set`: the configurable rules (docs/rules.md), changed only by the equipment head.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: Help.text(en: "The configurable rules and their values (docs/rules.md).",
                            zh: "可配置的规则及其取值（docs/rules.md）。"),
        subcommands: [List.self, Set.self, CalendarCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Help.text(en: "Every rule setting: its value, its default, what it allows.",
                                                                            zh: "每项规则设置：当前值、默认值、允许的取值。"))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let values = try session.store.ruleValues()
                print(TextTable.render(header: ["setting", "value", "default", "allowed"],
                                       rows: RuleSetting.allCases.map { [$0.rawValue, values[$0] ?? $0.defaultValue, $0.defaultValue, $0.allowed] }),
                      terminator: "")
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Help.text(en: "Change a rule (equipment head only; audited).",
                                                                            zh: "修改一项规则（仅设备科主任；记入审计）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "The setting, e.g. rule.ten-day-period.",
                                  zh: "设置项，例如 rule.ten-day-period。")) var key: String
        @Argument(help: Help.text(en: "The new value.",
                                  zh: "新的取值。")) var value: String
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let rule = RuleSetting(rawValue: key) ?? RuleSetting(rawValue: "rule." + key) else {
                    throw Refusal("no setting '\(key)' (one of: \(RuleSetting.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                try session.write(pins: [session.login: pin.value]) { rec in
                    try rec.requireAdministrator(doing: RuleText(en: "changing the rules", zh: "更改规则"))
                    try rec.setRule(rule, value)
                }
                print("\(rule.rawValue) = \(value)")
            }
        }
    }
}
