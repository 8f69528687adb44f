/// Why a ``CursesTerminal`` could not start. The descriptions are meant to be shown to the user as
/// they are.
public enum CursesTerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// stdin or stdout is a pipe or a file, not a terminal.
    case notATerminal
    /// ncurses has no terminfo entry for `$TERM` (the associated value; "(unset)" when not set).
    case unknownTerminal(String)
    /// Headless mode could not create its pipe or open /dev/null.
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "rounds needs a terminal (stdin/stdout is not a TTY)"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term) (try TERM=xterm-256color)"
        case .cannotStart(let why):
            return "cannot start the terminal: \(why)"
        }
    }
}
