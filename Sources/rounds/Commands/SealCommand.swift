import ArgumentParser
import Foundation
import RoundsStore

/// `rounds seal`: anchors the history outside the store (R3).
///
/// Appends one line, `seal <audit id> <chain hash> <time> <login>`, for the audit chain's head to the
/// seal log `STORE.seals`, and prints it. Copy it somewhere the store's users cannot write (paper, a
/// mail, another machine): `rounds verify --seal LINE` then proves the history up to that entry was
/// not changed, cut short or replaced since.
struct SealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Append a seal of the audit chain's head to STORE.seals and print it (R3).",
        discussion: "The line is `seal <audit id> <chain hash> <time> <login>`; check it later with `rounds verify --seal LINE`. The first write of each day seals too.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try refusing {
            let session = try Session.open(global)
            // A seal's time is evidence: in an evidence store only the system clock may set it (R4).
            let clockGiven = global.now != nil || global.environment["ROUNDS_NOW"].map { !$0.isEmpty } == true
            if clockGiven && !session.store.settings.isPractice {
                throw Refusal("R4: a seal is dated by the system clock in an evidence store: leave out --now (and ROUNDS_NOW)")
            }
            let seal = try Refusal.guarding { try session.store.seal(at: session.now, login: session.login) }
            print(seal.line)
        }
    }
}
