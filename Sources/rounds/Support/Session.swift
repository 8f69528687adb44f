import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// An open store with the resolved clock and the identified person: what a command works with.
struct Session {
    let store: Store
    let now: Instant
    let login: String
    var calendar: FacilityCalendar { store.settings.calendar }
    var today: Day { calendar.day(of: now) }

    /// Opens the store and checks the identity (CONTRACT "Identity"): the person must exist in the
    /// store, unless `bootstrap` allows a store that has no people yet (first imports).
    static func open(_ global: GlobalOptions, bootstrap: Bool = false) throws -> Session {
        let store = try Refusal.guarding { try Store.open(path: global.storePath) }
        let now = try global.clock(store.settings.calendar)
        let login = global.login
        let known = try Refusal.guarding { try store.person(login) } != nil
        if !known {
            let empty = try Refusal.guarding { try !store.hasPeople() }
            if !(bootstrap && empty) {
                throw Refusal("unknown user '\(login)': give --user LOGIN (or ROUNDS_USER) of a person in the store")
            }
        }
        return Session(store: store, now: now, login: login)
    }
}

extension Session {
    /// One audited write transaction as the user at `--now`; a store refusal becomes a `Refusal`.
    func write<T>(_ body: (Recorder) throws -> T) throws -> T {
        try Refusal.guarding { try store.write(actor: login, at: now, body) }
    }
}

/// A refused request: printed as one line on stderr, exit code 1, nothing written (CONTRACT).
struct Refusal: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }

    /// Runs `body`, turning store refusals into a `Refusal`.
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as StoreError { throw Refusal(e.description) }
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
        FileHandle.standardError.write(Data(("rounds: " + e.description + "\n").utf8))
        throw ExitCode(1)
    }
}
