/// A command of the command line as its own help describes it (swift-argument-parser's
/// `--experimental-dump-help`, format version 0): its name, what it does, its arguments and its
/// subcommands.
///
/// This is the one description both interfaces share: the shell parses with it, and the TUI builds
/// its `:` completion and its forms from it (CommandForm.swift), so a step added to the command line
/// is in the TUI the same day, with the same words and the same rules.
public struct CommandSpec: Decodable, Sendable, Equatable {
    public var commandName: String
    /// The commands above this one (`["rounds", "ticket"]` for `defer`).
    public var superCommands: [String]?
    public var abstract: String?
    public var discussion: String?
    public var shouldDisplay: Bool?
    public var subcommands: [CommandSpec]?
    public var arguments: [ArgumentSpec]?

    /// The subcommands a person may be offered (hidden ones and `help` are left out).
    public var visibleSubcommands: [CommandSpec] {
        (subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }

    /// The arguments a person fills in: shown ones, less the options every command takes (the
    /// store, the clock, the person, the language), which the TUI supplies itself.
    /// Positional values come first, then what is required, then the rest, flags last.
    public var ownArguments: [ArgumentSpec] {
        let own = (arguments ?? []).filter { $0.shouldDisplay && !ArgumentSpec.suppliedByTheSession.contains($0.preferredName?.name ?? "") }
        func rank(_ a: ArgumentSpec) -> Int { a.kind == .positional ? 0 : a.isRequired ? 1 : a.kind == .option ? 2 : 3 }
        return own.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The command as typed: `rounds ticket defer`.
    public var path: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }

    /// The arguments shown in help, without ArgumentParser's own `--help` and `--version`.
    public var shownArguments: [ArgumentSpec] { (arguments ?? []).filter { $0.shouldDisplay && !$0.isBuiltIn } }

    /// This command and every command below it, depth first, without ArgumentParser's own `help`.
    public var allCommands: [CommandSpec] { [self] + visibleSubcommands.flatMap(\.allCommands) }

    /// The command at `path` below this one (`["ticket", "defer"]`).
    public func command(at path: [String]) -> CommandSpec? {
        var spec = self
        for word in path {
            guard let next = spec.subcommands?.first(where: { $0.commandName == word }) else { return nil }
            spec = next
        }
        return spec
    }

    /// The deepest command the leading words name, and how many words that took.
    public func resolve(_ words: [String]) -> (spec: CommandSpec, depth: Int) {
        var spec = self, depth = 0
        while depth < words.count, let next = spec.subcommands?.first(where: { $0.commandName == words[depth] }) {
            spec = next; depth += 1
        }
        return (spec, depth)
    }

    /// Every runnable command below this one, as paths (`["ticket", "defer"]`), in help order.
    public var leafPaths: [[String]] {
        visibleSubcommands.flatMap { sub -> [[String]] in
            let below = sub.leafPaths
            return below.isEmpty ? [[sub.commandName]] : below.map { [sub.commandName] + $0 }
        }
    }
}

/// One argument of a command: a positional value, an option with a value, or a flag.
public struct ArgumentSpec: Decodable, Sendable, Equatable {
    public enum Kind: String, Decodable, Sendable { case positional, option, flag }
    public struct Name: Decodable, Sendable, Equatable {
        public var kind: String
        public var name: String
        /// As typed: `--reason`, `-r`.
        public var typed: String { kind == "short" ? "-\(name)" : (kind == "longWithSingleDash" ? "-\(name)" : "--\(name)") }
    }

    public var kind: Kind
    public var names: [Name]?
    public var preferredName: Name?
    public var valueName: String?
    public var isOptional: Bool
    public var isRepeating: Bool
    public var abstract: String?
    public var discussion: String?
    public var defaultValue: String?
    public var allValues: [String]?
    public var shouldDisplay: Bool

    /// Options the session fills in for every command it runs (CONTRACT "Global options").
    /// (`--pin` is not among them: left empty, the session's own proof is used; `pin set` takes the
    /// new PIN there.)
    static let suppliedByTheSession: Set<String> = ["store", "now", "user", "lang", "help", "version", "no-color", "ascii"]

    /// How the argument is typed on the command line: `--reason`, or `<ticket>` for a positional.
    public var typed: String {
        kind == .positional ? "<\(valueName ?? "value")>" : (preferredName?.typed ?? "--\(valueName ?? "")")
    }

    /// What identifies it among a command's arguments: its names, or its value name.
    public var key: String { names.map { $0.map(\.typed).joined(separator: ",") } ?? "<\(valueName ?? "")>" }
    /// ArgumentParser's own `--help` and `--version`.
    public var isBuiltIn: Bool { names?.contains { $0.name == "help" || $0.name == "version" } ?? false }

    /// Whether the command cannot run without it: declared so, a positional value (the ticket, the
    /// device), or said so at the end of its help ("Required.", "必填。") where the command checks it itself to
    /// give a message naming the rule.
    public var isRequired: Bool {
        guard kind != .flag else { return false }
        if !isOptional || kind == .positional { return true }
        let help = abstract ?? ""
        return help.hasSuffix("Required.") || help.hasSuffix("必填。")
    }

    /// A PIN (`--with-pin`, `--recipient-pin`): typed masked.
    public var isSecret: Bool { (preferredName?.name ?? "").hasSuffix("pin") }
}
