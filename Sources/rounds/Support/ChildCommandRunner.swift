import Foundation
import RoundsApp

/// Runs the TUI's `:` commands as `rounds` itself in a child process: the very parser, rules and
/// output of the command line, on the same store, for the person at the keyboard.
///
/// The child gets `--store`, `--user`, `--lang` (and `--now` when the TUI's clock is driven) unless
/// the line gives them; a PIN the person proved themselves with goes in its environment
/// (`ROUNDS_PIN`), never on its command line, where other users' `ps` could see it. Its standard
/// input is empty: a command that would prompt fails instead of hanging the screen.
struct ChildCommandRunner: CommandRunner {
    let executable: String
    let storePath: String

    /// This program's own file (`/proc/self/exe` on Linux), so a renamed or relocated binary runs itself.
    static func current(storePath: String) -> ChildCommandRunner {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ChildCommandRunner(executable: path, storePath: storePath)
    }

    func run(_ arguments: [String], as caller: CommandCaller) -> CommandOutcome {
        var words = arguments
        // A PIN typed into a form travels in the environment, never on a command line `ps` shows.
        var typedPIN: String?
        if let i = words.firstIndex(of: "--pin"), i + 1 < words.count {
            typedPIN = words[i + 1]
            words.removeSubrange(i...(i + 1))
        }
        func supply(_ option: String, _ value: String?) {
            guard let value, !words.contains(option), !words.contains(where: { $0.hasPrefix(option + "=") }) else { return }
            words += [option, value]
        }
        supply("--store", storePath)
        supply("--user", caller.login)
        supply("--lang", caller.language.rawValue)
        supply("--now", caller.now)
        var environment = ProcessInfo.processInfo.environment
        environment["ROUNDS_NOW"] = nil
        if let pin = typedPIN ?? caller.pin { environment["ROUNDS_PIN"] = pin }
        return launch(words, environment: environment)
    }

    func catalog(language: Language) -> CommandSpec? {
        let outcome = launch(["--experimental-dump-help", "--lang", language.rawValue], environment: ProcessInfo.processInfo.environment)
        struct Dump: Decodable { var command: CommandSpec }
        return try? JSONDecoder().decode(Dump.self, from: Data(outcome.output.utf8)).command
    }

    private func launch(_ arguments: [String], environment: [String: String]) -> CommandOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            return CommandOutcome(status: 127, output: "", errors: "\(executable): \(error.localizedDescription)")
        }
        // Read both pipes while the child runs, so a long report cannot fill one and stall it.
        final class Collected: @unchecked Sendable { var data = Data() }   // written once, read after the wait
        let output = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { output.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandOutcome(status: process.terminationStatus, output: String(decoding: output.data, as: UTF8.self),
                              errors: String(decoding: errors, as: UTF8.self))
    }
}
