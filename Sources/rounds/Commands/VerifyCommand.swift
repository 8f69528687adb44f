import ArgumentParser
import Foundation
import RoundsApp
import RoundsStore

/// `rounds verify [--seal LINE]`: proves the store was only changed through rounds (R3).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Help.text(en: "Check SQLite's integrity, the schema, the hash-chained audit log against the seals, and every row against it.",
                            zh: "检查 SQLite 完整性、数据库结构、对照封签的哈希链审计日志，以及每一行与审计日志是否一致。"),
        discussion: Help.text(en: "Without --seal, the chain is checked against every line of the seal log STORE.seals.",
                              zh: "不给 --seal 时，对照封签日志 STORE.seals 的每一行检查审计链。"))

    @OptionGroup var global: GlobalOptions

    @Option(help: Help.text(en: "Check against this one seal line instead of the seal log (e.g. copied from a printed report).",
                            zh: "只对照这一行封签检查，而不是封签日志（例如从打印的报表上抄下的）。"))
    var seal: String?

    func run() throws {
        try refusing {
            var given: Seal?
            if let seal {
                do { given = try Seal(line: seal) } catch let e as SealLineError { throw Refusal("--seal: \(e)") }
            }
            let store = try Refusal.guarding { try Store.open(path: global.storePath, readOnly: true) }
            let report = try Refusal.guarding { try store.verify(seals: given.map { .given($0) } ?? .log) }
            if report.passed {
                let sealed: String
                if given != nil {
                    sealed = "1 seal checked (given with --seal)"
                } else if FileManager.default.fileExists(atPath: store.sealLog.path) {
                    sealed = "\(report.sealsChecked) seal\(report.sealsChecked == 1 ? "" : "s") checked (\(store.sealLog.path))"
                } else {
                    sealed = "0 seals checked (no seal log at \(store.sealLog.path): the history is not anchored)"
                }
                print("ok: integrity ok, schema as migrated, \(report.auditEntries) audit entries chained, \(sealed), \(report.rowsChecked) rows match the audit log")
                // A practice store says so on the last line (CONTRACT "Two kinds of store").
                if store.settings.isPractice { print(TextDocument.practiceLine) }
            } else if report.integrity != "ok" {
                throw Refusal("SQLite integrity check failed: \(report.integrity)")
            } else {
                throw Refusal("verify failed: \(report.firstProblem ?? "")")
            }
        }
    }
}
