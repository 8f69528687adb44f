import ArgumentParser
import Foundation
import RoundsStore

/// `rounds verify`: proves the store was only changed through rounds (R3).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check SQLite's integrity and the hash-chained audit log, and every row against it.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try refusing {
            let store = try Refusal.guarding { try Store.open(path: global.storePath) }
            let report = try store.verify()
            if report.passed {
                print("ok: integrity ok, \(report.auditEntries) audit entries chained, \(report.rowsChecked) rows match the audit log")
            } else if report.integrity != "ok" {
                throw Refusal("SQLite integrity check failed: \(report.integrity)")
            } else {
                throw Refusal("verify failed: \(report.firstProblem ?? "")")
            }
        }
    }
}
