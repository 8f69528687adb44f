import RoundsCore

/// Runs a command of the command line for the TUI's `:` prompt and its generated forms.
///
/// The executable supplies it (it runs `rounds` itself as a child process), so the TUI reaches
/// every command with exactly the shell's parser and rules; tests supply a fake.
public protocol CommandRunner: Sendable {
    /// Runs `rounds ARGUMENTS…` for `caller` and waits for it to end.
    func run(_ arguments: [String], as caller: CommandCaller) -> CommandOutcome
    /// The command tree as its help describes it, in `language`; nil when it cannot be read.
    func catalog(language: Language) -> CommandSpec?
}

/// Who runs a command from the TUI, and how: the session's person, their proof, language and clock.
public struct CommandCaller: Sendable, Equatable {
    public var login: String
    /// The PIN the person proved themselves with at sign-in (nil: the OS account, or none needed).
    /// It is handed to the child process in its environment (`ROUNDS_PIN`), never on its command line.
    public var pin: String?
    public var language: Language
    /// The TUI's clock when it is driven (`--now` on a practice store); nil: the system clock.
    public var now: String?

    public init(login: String, pin: String?, language: Language, now: String?) {
        self.login = login; self.pin = pin; self.language = language; self.now = now
    }
}

/// What a command printed and how it ended.
public struct CommandOutcome: Sendable, Equatable {
    public var status: Int32
    public var output: String
    public var errors: String

    public init(status: Int32, output: String, errors: String) {
        self.status = status; self.output = output; self.errors = errors
    }
}
