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

    public init(store: Store, login: String, now: @escaping () -> Instant, exportDirectory: String = ".",
                signer: SessionSigner? = nil, writeRefusal: String? = nil) {
        self.store = store; self.login = login; self.now = now; self.exportDirectory = exportDirectory
        self.signer = signer; self.writeRefusal = writeRefusal
        self.person = try? store.person(login)
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
