import RoundsCore
import RoundsStore

/// What the app needs from outside: the store, who is at the keyboard, and the clock.
///
/// The clock is a function so that a fixed `--now` and the system clock look the same to the app;
/// tests pass a fixed instant.
public struct AppEnvironment {
    public let store: Store
    public let login: String
    public let now: () -> Instant
    /// Where exports (the overdue board's CSV) are written.
    public let exportDirectory: String
    /// The person at the keyboard as proven when the session began (OS account or PIN): their
    /// signatures need no PIN per keystroke (R2).
    public let signer: SessionSigner?
    /// Why this session may not write, if it may not: an evidence store opened with `--now` is for
    /// reading "as of" that time (R4).
    public let writeRefusal: String?
    /// The person at the keyboard as stored (name and roles for the title bar).
    public let person: Person?
    /// Runs commands of the command line for the `:` prompt (nil: the prompt says it is unavailable).
    public let commandRunner: CommandRunner?
    /// The PIN the person at the keyboard proved themselves with, for the commands run from `:`
    /// (nil when the OS proves them or none is needed).
    public let pin: String?
    /// Whether the clock is driven (`--now` on a practice store): commands from `:` then get it too.
    public let drivenClock: Bool

    public init(store: Store, login: String, now: @escaping () -> Instant, exportDirectory: String = ".",
                signer: SessionSigner? = nil, writeRefusal: String? = nil,
                commandRunner: CommandRunner? = nil, pin: String? = nil, drivenClock: Bool = false) {
        self.store = store; self.login = login; self.now = now; self.exportDirectory = exportDirectory
        self.signer = signer; self.writeRefusal = writeRefusal
        self.commandRunner = commandRunner; self.pin = pin; self.drivenClock = drivenClock
        self.person = try? store.person(login)
    }

    /// The same session with another person at the keyboard (`U`), proven by `signer` (and `pin`).
    public func switched(to login: String, signer: SessionSigner, pin: String?) -> AppEnvironment {
        AppEnvironment(store: store, login: login, now: now, exportDirectory: exportDirectory, signer: signer,
                       writeRefusal: writeRefusal, commandRunner: commandRunner, pin: pin, drivenClock: drivenClock)
    }

    public var calendar: FacilityCalendar { store.settings.calendar }

    /// One audited write of this session: entered by `actor` (default: the person at the keyboard)
    /// now, signed with the session's proof and any PINs typed into the form (`pins`, by signer).
    public func write<T>(actor: String? = nil, at: Instant? = nil, pins: [String: String] = [:],
                         _ body: (Recorder) throws -> T) throws -> T {
        if let writeRefusal { throw StoreError.refused(writeRefusal) }
        let options = WriteOptions(sessionSigner: signer, pins: pins)
        return try store.write(actor: actor ?? login, at: at ?? now(), options: options, body)
    }
}
