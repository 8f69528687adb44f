import ArgumentParser
import Foundation
import RoundsApp
import RoundsStore

/// `rounds verify [--seal LINE] [--since-seal]`: proves the store was only changed through rounds (R3).
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

    @Flag(help: Help.text(en: "Check only what was written after the last seal of the seal log (or after --seal LINE): seconds, not minutes, on a large store. The full check remains plain `rounds verify`.",
                          zh: "只检查封签日志最后一次封签（或 --seal 指定的封签）之后写入的内容：大型数据库上只需数秒而非数分钟。完整检查仍是 `rounds verify`。"))
    var sinceSeal = false

    func run() throws {
        try refusing {
            var given: Seal?
            if let seal {
                do { given = try Seal(line: seal) } catch let e as SealLineError { throw Refusal("--seal: \(e)") }
            }
            let store = try Refusal.guarding { try Store.open(path: global.storePath, readOnly: true) }
            if sinceSeal { return try checkSinceSeal(store, given: given) }
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

    /// `--since-seal`: the entries after the last seal, the rows they wrote and the derived rows of
    /// the devices they touched (SinceSealVerifier.swift).
    func checkSinceSeal(_ store: Store, given: Seal?) throws {
        let report = try Refusal.guarding { try store.verifySinceSeal(from: given) }
        guard report.passed else { throw Refusal("verify failed: \(report.firstProblem ?? "")") }
        let start = report.startSeal.map { "seal of audit entry #\($0.auditID)" } ?? "the seal"
        print("ok: since \(start), schema as migrated, \(report.auditEntries) new audit entries chained, "
              + "\(report.sealsChecked) seal\(report.sealsChecked == 1 ? "" : "s") checked, \(report.rowsChecked) rows written since match the audit log, "
              + "derived state of \(report.devicesChecked) device\(report.devicesChecked == 1 ? "" : "s") matches its records"
              + (report.dueDaysChecked == 0 ? "" : ", due days of \(report.dueDaysChecked) more"))
        if store.settings.isPractice { print(TextDocument.practiceLine) }
    }
}
