import Foundation
import GRDB
import RoundsCore

/// The daily seal: the first write of each facility-local day appends a seal to the log (R3).
///
/// So that a store nobody remembers to seal is still anchored once a day, ``Store/write(actor:at:_:)``
/// calls ``Store/sealIfFirstWriteOfDay(actor:at:)`` after each transaction commits. The check must cost
/// nothing on the hot path (the demo hospital and the benchmark make tens of thousands of writes), so
/// the store remembers the first instant at which a seal would be due again — the start of the day
/// after the last seal — and a write before it is two integer comparisons. The log itself is read
/// once, when that instant is unknown or has passed, under its lock (another process may have sealed
/// today already).
///
/// "An earlier day" compares the facility-local day of the write's time with that of the last seal's
/// time. In a practice store the clock may go backwards between commands; a write on a day before the
/// last seal's adds nothing.
///
/// A seal that cannot be appended (a read-only directory, a full disk) never fails the write that
/// triggered it: the records are saved and audited, and the store tells ``Store/sealProblemHandler``,
/// which the command line sets to print one line on standard error. It is tried again the next day.
final class DailySealState: @unchecked Sendable {
    private let lock = NSLock()
    /// Seconds since 1970 of the start of the day after the last seal; nil until the log was read.
    private var nextDue: Int64?

    /// True when a write at `at` may be the first of a new day (or the log was never read).
    func mayBeDue(_ at: Instant) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard let nextDue else { return true }
        return at.seconds >= nextDue
    }

    func sealed(through day: Day, _ calendar: FacilityCalendar) {
        let next = calendar.startOfDay(day.adding(days: 1)).seconds
        lock.lock(); defer { lock.unlock() }
        nextDue = max(nextDue ?? next, next)
    }
}

extension Store {
    /// The seal log beside this store (`STORE.seals`).
    public var sealLog: SealLog { SealLog(storePath: path) }

    /// A seal of the chain as it stands now (the newest audit entry), made at `at` by `login`; not
    /// written anywhere. This is the line at the foot of every printed document.
    public func headSeal(at: Instant, login: String) throws -> Seal {
        let head = try read { db in try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1") }
        return Seal(auditID: head?["id"] ?? 0, hash: head?["hash"] ?? AuditChain.genesis, at: at,
                    calendar: settings.calendar, login: login)
    }

    /// `rounds seal`: appends a seal of the chain's head to the log and returns it.
    @discardableResult
    public func seal(at: Instant, login: String) throws -> Seal {
        let seal = try headSeal(at: at, login: login)
        try sealLog.append(seal)
        dailySeal.sealed(through: settings.calendar.day(of: at), settings.calendar)
        return seal
    }

    /// Runs a committed write's daily seal: appends a seal when the log's last one is from a day
    /// before the write's (or there is none). Never throws; a failure goes to ``sealProblemHandler``.
    func sealIfFirstWriteOfDay(actor: String, at: Instant) {
        guard dailySeal.mayBeDue(at) else { return }
        let calendar = settings.calendar
        let day = calendar.day(of: at)
        do {
            let last = try sealLog.update { last in
                if let last, calendar.day(of: last.instant) >= day { return nil }
                return try headSeal(at: at, login: actor)
            }
            dailySeal.sealed(through: max(day, last.map { calendar.day(of: $0.instant) } ?? day), calendar)
        } catch {
            dailySeal.sealed(through: day, calendar)   // once a day is enough to say so
            Self.reportSealProblem("the daily seal could not be appended (\(error)); the write was saved — run `rounds seal` where the log is writable")
        }
    }

    /// Runs `write`, then the daily seal and backup if the write succeeded: what ``write(actor:at:_:)`` wraps.
    func sealingDaily<T>(actor: String, at: Instant, _ write: () throws -> T) rethrows -> T {
        let result = try write()
        sealIfFirstWriteOfDay(actor: actor, at: at)
        backupIfFirstWriteOfDay(actor: actor, at: at)   // DailyBackup.swift
        return result
    }

    /// Who hears of a seal that could not be appended: nobody by default (a library does not print);
    /// the `rounds` command line prints it on standard error, the TUI after it closes.
    public static var sealProblemHandler: (@Sendable (String) -> Void)? {
        get { SealProblems.shared.handler }
        set { SealProblems.shared.handler = newValue }
    }

    static func reportSealProblem(_ message: String) {
        SealProblems.shared.handler?(message)
    }
}

/// The process-wide ``Store/sealProblemHandler``, behind a lock.
final class SealProblems: @unchecked Sendable {
    static let shared = SealProblems()
    private let lock = NSLock()
    private var stored: (@Sendable (String) -> Void)?

    var handler: (@Sendable (String) -> Void)? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
