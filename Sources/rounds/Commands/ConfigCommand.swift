import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds config list|set|history`: the configurable rules (docs/rules.md), changed only by the
/// equipment head, each change with its reason (R114).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: Help.text(en: "The configurable rules and their values (docs/rules.md).",
                            zh: "可配置的规则及其取值（docs/rules.md）。"),
        subcommands: [List.self, Set.self, History.self, CalendarCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "Every rule setting: its value, its default, what it allows.",
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
        static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text(en: "Change a rule with its reason (equipment head only; audited; R114).",
                                                                            zh: "修改一项规则并说明理由（仅设备科主任；记入审计；R114）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "The setting, e.g. rule.ten-day-period.",
                                  zh: "设置项，例如 rule.ten-day-period。")) var key: String
        @Argument(help: Help.text(en: "The new value.",
                                  zh: "新的取值。")) var value: String
        @Option(help: Help.text(en: "Why the rule changes (R114). Required. Lengthening a life-support interval also needs your PIN.",
                                zh: "修改规则的理由（R114）。必填。延长生命支持类设备的间隔还须本人 PIN。")) var reason: String?
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let rule = RuleSetting(rawValue: key) ?? RuleSetting(rawValue: "rule." + key) else {
                    throw Refusal("no setting '\(key)' (one of: \(RuleSetting.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                try session.write(pins: [session.login: pin.value]) { rec in
                    try rec.changeRule(rule, value, reason: reason ?? "")
                }
                print("\(rule.rawValue) = \(value)")
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: Help.text(en: "Every rule change: who changed what, when, why, and who approved it (R114).",
                                                                            zh: "每一次规则修改：谁、何时、改了什么、理由及批准人（R114）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let changes = try session.store.ruleChanges(asOf: session.now)
                try session.printDocument(RuleChangeOutput.render(changes, format: output.format, calendar: session.calendar, chinese: global.isChinese),
                                          format: output.format, csv: output.csv)
            }
        }
    }
}
