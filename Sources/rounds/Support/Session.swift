import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// An open store with the resolved clock and the identified person: what a command works with.
struct Session {
    let store: Store
    /// The clock: `--now` (as of) when given, else the system clock.
    let now: Instant
    let login: String
    /// Whether `--now` or `ROUNDS_NOW` set the clock (an evidence store refuses writes then, R4).
    let clockGiven: Bool
    var calendar: FacilityCalendar { store.settings.calendar }
    var today: Day { calendar.day(of: now) }

    /// Opens the store and checks the identity (CONTRACT "Identity"): the person must exist in the
    /// store, unless `bootstrap` allows a store that has no people yet (first imports).
    /// With `readOnly` (a command that only reads) the store opens read-only (StoreAccess.swift).
    static func open(_ global: GlobalOptions, bootstrap: Bool = false, readOnly: Bool = false) throws -> Session {
        let store = try Refusal.guarding { try Store.open(path: global.storePath, readOnly: readOnly) }
        let now = try global.clock(store.settings.calendar)
        let login = global.login
        let known = try Refusal.guarding { try store.person(login) } != nil
        if !known {
            let empty = try Refusal.guarding { try !store.hasPeople() }
            if !(bootstrap && empty) {
                throw Refusal("unknown user '\(login)': give --user LOGIN (or ROUNDS_USER) of a person in the store")
            }
        }
        return Session(store: store, now: now, login: login, clockGiven: global.clockGiven)
    }
}

extension Session {
    /// Refuses a write whose clock was set by `--now` in an evidence store (R4): there the time a
    /// record is entered is the system clock, and nothing can set it.
    func checkWriteClock() throws {
        guard clockGiven, store.settings.kind == .evidence else { return }
        throw Refusal("R4: this is an evidence store: a write is entered at the system clock, and --now (or ROUNDS_NOW) only sets the \"as of\" time of reading commands; leave it out, and give the time of the work with --at (a practice store, made with `rounds init --practice`, lets --now drive the clock)")
    }

    /// One audited write transaction as the user at the entry time; `reason` explains a late entry
    /// (R4); `pins` are the PINs given for the signers (R2) — when none is given, `ROUNDS_PIN` is the
    /// user's. A store refusal becomes a `Refusal`.
    func write<T>(reason: String? = nil, pins: [String: String?] = [:], _ body: (Recorder) throws -> T) throws -> T {
        try checkWriteClock()
        var given = pins.compactMapValues { $0 }
        if given.isEmpty, let env = ProcessInfo.processInfo.environment["ROUNDS_PIN"], !env.isEmpty { given[login] = env }
        let options = WriteOptions(lateReason: reason, pins: given)
        return try Refusal.guarding { try store.write(actor: login, at: now, options: options, body) }
    }

    /// `--at` read in the facility's calendar (default: now), refusing a text that is not a time.
    func workTime(_ text: String?, option: String = "--at") throws -> Instant {
        guard let text else { return now }
        return try TimeArguments.time(text, option, calendar)
    }
}

/// Parsing of dates and times given on the command line, with one wording for every option.
enum TimeArguments {
    static let years = "years \(Day.acceptedYears.lowerBound)–\(Day.acceptedYears.upperBound)"

    static func time(_ text: String, _ option: String, _ calendar: FacilityCalendar) throws -> Instant {
        guard let t = calendar.parseTime(text) else {
            throw Refusal("\(option) '\(text)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+08:00] (\(years))")
        }
        return t
    }

    static func day(_ text: String, _ option: String) throws -> Day {
        guard let d = Day(parsing: text) else { throw Refusal("\(option) '\(text)' is not a date (YYYY-MM-DD, \(years))") }
        return d
    }

    /// An optional day option: nil when not given.
    static func day(_ text: String?, _ option: String) throws -> Day? {
        try text.map { try day($0, option) }
    }
}

/// A refused request: printed as one line on stderr, exit code 1, nothing written (CONTRACT).
struct Refusal: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
    /// A refusal in this run's language (`--lang`, else LC_ALL/LANG).
    init(en: String, zh: String) { description = Help.chinese ? zh : en }

    /// Runs `body`, turning store refusals into a `Refusal` in this run's language (`--lang`).
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as StoreError { throw Refusal(e.message(chinese: Help.chinese)) }
    }
}

/// Runs a command body, printing a refusal on stderr and exiting 1.
func refusing(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let r as Refusal {
        FileHandle.standardError.write(Data(("rounds: " + r.description + "\n").utf8))
        throw ExitCode(1)
    } catch let e as StoreError {
        FileHandle.standardError.write(Data(("rounds: " + e.message(chinese: Help.chinese) + "\n").utf8))
        throw ExitCode(1)
    } catch let e as RuleRefusal {
        // A rule of the core refused a value before the store was asked (e.g. a blank checklist item, R18).
        FileHandle.standardError.write(Data(("rounds: " + e.message(chinese: Help.chinese) + "\n").utf8))
        throw ExitCode(1)
    }
}

extension Session {
    /// The device with this tag, or the refusal that names it.
    func device(_ tag: String) throws -> Equipment {
        guard let device = try store.device(tag) else { throw Refusal(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备") }
        return device
    }
}
