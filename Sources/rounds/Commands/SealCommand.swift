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
        abstract: Help.text(en: "Append a seal of the audit chain's head to STORE.seals and print it (R3).",
                            zh: "将审计链末端的封签追加到 STORE.seals 并打印（R3）。"),
        discussion: Help.text(en: "The line is `seal <audit id> <chain hash> <time> <login>`; check it later with `rounds verify --seal LINE`. The first write of each day seals too.",
                              zh: "该行为 `seal <审计编号> <链哈希> <时间> <登录名>`；之后用 `rounds verify --seal LINE` 核对。每天第一次写入也会自动封签。"))

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
