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

    public init(store: Store, login: String, now: @escaping () -> Instant, exportDirectory: String = ".") {
        self.store = store; self.login = login; self.now = now; self.exportDirectory = exportDirectory
    }

    public var calendar: FacilityCalendar { store.settings.calendar }
}
