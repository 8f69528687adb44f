import TerminalUI

/// The `:` prompt: a line typed as in the shell (`ticket defer WX-2026-000012 --reason …`), with Tab
/// completion of commands, options and their values, and Up/Down through the lines run before.
public struct CommandLineState: Sendable {
    public var field = TextField()
    /// What Tab offered last, shown above the prompt when there is more than one.
    public var offered: [String] = []
    /// Lines run in this session, newest last; `historyIndex` walks them with Up/Down.
    public var history: [String]
    public var historyIndex: Int

    public init(history: [String]) { self.history = history; historyIndex = history.count }

    /// Up/Down: an earlier or later line of this session's history.
    mutating func recall(_ step: Int) {
        let index = historyIndex + step
        guard index >= 0, index <= history.count else { return }
        historyIndex = index
        field = TextField(text: index == history.count ? "" : history[index])
    }

    /// Tab: completes the word under the cursor from `catalog`. One candidate is filled in (with a
    /// blank after it); several fill in what they share and are listed.
    mutating func complete(with catalog: CommandSpec) {
        let text = field.text
        let candidates = CommandCompletion.candidates(for: text, in: catalog)
        offered = candidates.count > 1 ? candidates : []
        guard !candidates.isEmpty else { return }
        let partial = text.last == " " || text.isEmpty ? "" : String(text.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let shared = candidates.dropFirst().reduce(candidates[0]) { common, next in String(common.commonPrefix(with: next)) }
        let completed = candidates.count == 1 ? candidates[0] + " " : shared
        guard completed.count >= partial.count else { return }
        field = TextField(text: String(text.dropLast(partial.count)) + completed)
    }
}

/// Which words may come next on a command line: subcommands, then the command's options, then the
/// values an option allows.
public enum CommandCompletion {
    public static func candidates(for line: String, in catalog: CommandSpec) -> [String] {
        let words = (try? ShellWords.split(line)) ?? line.split(separator: " ").map(String.init)
        let finished = line.isEmpty || line.last == " "
        let done = finished ? words : Array(words.dropLast())
        let partial = finished ? "" : (words.last ?? "")
        let (spec, depth) = catalog.resolve(done)
        var pool: [String]
        if let previous = done.last, depth < done.count,
           let option = spec.ownArguments.first(where: { $0.kind == .option && $0.typed == previous }) {
            pool = option.allValues ?? []                         // a value for the option just typed
        } else if depth == done.count, !spec.visibleSubcommands.isEmpty {
            pool = spec.visibleSubcommands.map(\.commandName)
        } else {
            let used = Set(done)
            pool = spec.ownArguments.filter { $0.kind != .positional && ($0.isRepeating || !used.contains($0.typed)) }.map(\.typed)
        }
        return pool.filter { $0.hasPrefix(partial) }
    }
}
