import Foundation
import RoundsStore

/// How the command line says that a daily seal could not be appended (DailySeal.swift).
///
/// The write that triggered the seal was saved, so this is a warning, not a refusal: one line on
/// standard error, printed when the process exits — after the command's own output, and after the
/// TUI has given the terminal back (a line written while curses draws would garble the screen).
enum SealWarnings {
    private final class Buffer: @unchecked Sendable {
        let lock = NSLock()
        var messages: [String] = []
    }
    private static let buffer = Buffer()

    /// Collects the store's seal problems and prints them (each once) at exit.
    static func install() {
        Store.sealProblemHandler = { message in
            buffer.lock.lock(); defer { buffer.lock.unlock() }
            if !buffer.messages.contains(message) { buffer.messages.append(message) }
        }
        atexit {
            SealWarnings.buffer.lock.lock(); defer { SealWarnings.buffer.lock.unlock() }
            for m in SealWarnings.buffer.messages {
                FileHandle.standardError.write(Data(("rounds: warning: " + m + "\n").utf8))
            }
        }
    }
}
