import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds config list|set`: the configurable rules (docs/rules.md), changed only by the equipment head.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "The configurable rules and their values (docs/rules.md).",
        subcommands: [List.self, Set.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every rule setting: its value, its default, what it allows.")
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
        static let configuration = CommandConfiguration(abstract: "Change a rule (equipment head only; audited).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The setting, e.g. rule.ten-day-period.") var key: String
        @Argument(help: "The new value.") var value: String
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let rule = RuleSetting(rawValue: key) ?? RuleSetting(rawValue: "rule." + key) else {
                    throw Refusal("no setting '\(key)' (one of: \(RuleSetting.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                try session.write(pins: [session.login: pin.value]) { rec in
                    try rec.requireAdministrator(doing: "changing the rules")
                    try rec.setRule(rule, value)
                }
                print("\(rule.rawValue) = \(value)")
            }
        }
    }
}
