import ArgumentParser
import Foundation

/// The command tree as ArgumentParser describes it in `rounds --experimental-dump-help`: every
/// command with its abstract, discussion, arguments and subcommands, in the language of this run
/// (``Help``). Only the fields the man page uses are read.
struct CommandTree: Decodable {
    struct Name: Decodable {
        let kind: String   // "long", "short" or "longWithSingleDash"
        let name: String

        /// As typed: `--store`, `-h`.
        var spelled: String { (kind == "short" || kind == "longWithSingleDash" ? "-" : "--") + name }
    }

    struct Argument: Decodable {
        let kind: String   // "positional", "option" or "flag"
        let shouldDisplay: Bool
        let isOptional: Bool
        let names: [Name]?
        let valueName: String?
        let defaultValue: String?
        let abstract: String?
        let discussion: String?

        /// What identifies it among a command's arguments: its names, or its value name.
        var key: String { names.map { $0.map(\.spelled).joined(separator: ",") } ?? "<\(valueName ?? "")>" }
        /// ArgumentParser's own `--help` and `--version`.
        var isBuiltIn: Bool { names?.contains { $0.name == "help" || $0.name == "version" } ?? false }
    }

    let commandName: String
    let superCommands: [String]?
    /// Absent in the dump when true.
    let shouldDisplay: Bool?
    let abstract: String?
    let discussion: String?
    let arguments: [Argument]?
    let subcommands: [CommandTree]?

    /// The tree of `command` (normally ``Rounds``), as ArgumentParser dumps it.
    static func of(_ command: ParsableCommand.Type) throws -> CommandTree {
        struct Dump: Decodable { let command: CommandTree }
        return try JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)).command
    }

    /// The command as typed: `rounds ticket open`.
    var path: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }

    /// The arguments shown in help, without ArgumentParser's `--help` and `--version`.
    var shownArguments: [Argument] { (arguments ?? []).filter { $0.shouldDisplay && !$0.isBuiltIn } }

    /// This command and every command below it, depth first, without ArgumentParser's own `help`.
    var allCommands: [CommandTree] {
        [self] + (subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }.flatMap(\.allCommands)
    }
}
