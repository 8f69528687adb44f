import Foundation
import Testing

/// The command tree of `rounds --experimental-dump-help`, as ArgumentParser writes it: what the
/// help tests walk, so that a command added to the root command's configuration is walked too.
struct HelpTree: Decodable {
    struct Name: Decodable {
        let name: String
    }

    struct Argument: Decodable {
        let shouldDisplay: Bool
        let names: [Name]?
        let valueName: String?
        let abstract: String?

        /// ArgumentParser's own `--help` and `--version`, whose words it does not translate.
        var isBuiltIn: Bool { names?.contains { $0.name == "help" || $0.name == "version" } ?? false }
        var label: String { names?.map(\.name).joined(separator: "/") ?? "<\(valueName ?? "?")>" }
    }

    let commandName: String
    let superCommands: [String]?
    let shouldDisplay: Bool?
    let abstract: String?
    let arguments: [Argument]?
    let subcommands: [HelpTree]?

    /// The words to type after `rounds` to reach this command: `["ticket", "open"]`.
    var words: [String] { Array(((superCommands ?? []) + [commandName]).dropFirst()) }

    /// The arguments `--help` lists, without ArgumentParser's own.
    var shownArguments: [Argument] { (arguments ?? []).filter { $0.shouldDisplay && !$0.isBuiltIn } }

    /// This command and every command below it, without ArgumentParser's own `help` command.
    var allCommands: [HelpTree] {
        [self] + (subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }.flatMap(\.allCommands)
    }

    /// `rounds ARGS --experimental-dump-help`, decoded.
    static func dump(_ box: Sandbox, _ arguments: [String], environment: [String: String] = [:],
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> HelpTree {
        let r = try box.run(RoundsBinary.path(), arguments + ["--experimental-dump-help"], label: "rounds", environment: environment)
        try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        struct Dump: Decodable { let command: HelpTree }
        return try JSONDecoder().decode(Dump.self, from: Data(r.stdout.utf8)).command
    }
}

/// Whether `text` has a Chinese character (CJK ideographs, CJK punctuation or full-width forms).
func hasCJK<S: StringProtocol>(_ text: S) -> Bool {
    text.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x3400...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
}

/// `text` without any white space: help text that ArgumentParser wrapped still matches.
func unwrapped<S: StringProtocol>(_ text: S) -> String {
    String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}
