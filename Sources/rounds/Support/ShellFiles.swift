import ArgumentParser
import Foundation
import RoundsApp

/// The files that make `rounds` part of a shell: the bash, zsh and fish completion scripts that
/// ArgumentParser generates, and the man page (``ManualPage``), each with the place under a prefix
/// where its tools look for it. All are in the language of this run (``Help``).
///
/// | file | under the prefix |
/// |---|---|
/// | bash completion | `share/bash-completion/completions/rounds` |
/// | zsh completion | `share/zsh/site-functions/_rounds` |
/// | fish completion | `share/fish/vendor_completions.d/rounds.fish` |
/// | man page | `share/man/man1/rounds.1` |
enum ShellFiles {
    struct File {
        /// Where it goes, relative to the prefix.
        let path: String
        let contents: String
    }

    static func all(for command: ParsableCommand.Type, version: String) throws -> [File] {
        let name = command._commandName
        return [
            File(path: "share/bash-completion/completions/\(name)", contents: command.completionScript(for: .bash)),
            File(path: "share/zsh/site-functions/_\(name)", contents: command.completionScript(for: .zsh)),
            File(path: "share/fish/vendor_completions.d/\(name).fish", contents: command.completionScript(for: .fish)),
            File(path: "share/man/man1/\(name).1", contents: ManualPage.render(try CommandSpec.of(command), version: version)),
        ]
    }

    /// Writes every file under `prefix`, making the folders it needs, and returns the paths written.
    static func install(_ files: [File], prefix: String) throws -> [String] {
        let root = URL(fileURLWithPath: (prefix as NSString).expandingTildeInPath, isDirectory: true)
        return try files.map { file in
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
            return url.path
        }
    }
}
