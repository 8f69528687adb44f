import ArgumentParser
import Foundation

/// The language of the command line's own words: every command's abstract and discussion, every
/// option's, flag's and argument's help, and so `--help`, the completion scripts and the man page.
///
/// The rule is the program's one rule (CONTRACT "Global options"): `--lang zh` (or `--lang=zh`)
/// anywhere on the command line, else `LC_ALL`, else `LANG` starting with `zh`; English otherwise.
/// It is settled from the raw arguments and the environment, before ArgumentParser parses anything:
/// ArgumentParser reads `static var configuration` and each property wrapper's `help:` lazily, when
/// it first builds a command's arguments or prints its help, so by then ``chinese`` is known.
///
/// Each text is written once, where it belongs, in both languages:
///
/// ```swift
/// static let configuration = CommandConfiguration(
///     abstract: Help.text(en: "Create the store.", zh: "创建数据库。"))
/// @Option(help: Help.text(en: "The device's tag.", zh: "设备的资产编号。")) var device: String
/// ```
///
/// ArgumentParser's own fixed words ("USAGE:", "OPTIONS:", "(default: …)", "Show help information.")
/// stay English: it has no way to translate them (docs/DECISIONS.md).
enum Help {
    /// Whether this run speaks Chinese: ``chineseRequested(_:_:)`` of this process.
    static let chinese = chineseRequested(CommandLine.arguments, ProcessInfo.processInfo.environment)

    /// `zh` under ``chinese``, else `en`: for `abstract:` and `discussion:`.
    static func text(en: String, zh: String) -> String { chinese ? zh : en }

    /// `zh` under ``chinese``, else `en`: for a property wrapper's `help:`.
    static func text(en: String, zh: String) -> ArgumentHelp { ArgumentHelp(chinese ? zh : en) }

    /// `--lang zh` (the last `--lang` given wins, as in parsing), else LC_ALL/LANG starting with zh —
    /// the same rule as ``GlobalOptions/isChinese``, readable before the options are parsed.
    static func chineseRequested(_ arguments: [String], _ env: [String: String]) -> Bool {
        var asked: String?
        for (i, a) in arguments.enumerated() {
            if a.hasPrefix("--lang=") { asked = String(a.dropFirst(7)) }
            if a == "--lang", i + 1 < arguments.count { asked = arguments[i + 1] }
        }
        if let asked { return asked.lowercased().hasPrefix("zh") }
        return GlobalOptions.chineseLocale(env)
    }
}
