import Foundation
import GRDB

/// What `rounds verify` found.
public struct VerifyReport: Sendable {
    /// SQLite's own `PRAGMA integrity_check` answer ("ok" when the file is sound).
    public var integrity: String
    public var auditEntries: Int
    public var rowsChecked: Int
    /// The first problem found, naming the row; nil when everything matches.
    public var firstProblem: String?

    public var passed: Bool { integrity == "ok" && firstProblem == nil }
}

/// Proves the store was only changed through the program (R3).
///
/// Three checks, in order: SQLite's integrity check; the audit hash chain, entry by entry; then every
/// row of every audited table against the last audit entry recorded for it. A row edited, added or
/// deleted behind the program's back (say with the `sqlite3` tool) is named with its table and key.
enum Verifier {
    static let auditedTables = ["settings", "departments", "people", "equipment", "status_history",
                                 "inspections", "hazards", "daily_checks", "maintenance", "rounds", "round_skips",
                                 "tickets", "ticket_events",
                                 "spare_parts", "part_movements", "service_contacts", "scrap_requests", "scrap_steps"]
                                 + ShiftSchema.auditedTables + MaintenanceSchema.auditedTables + PINSchema.auditedTables

    static func run(_ db: Database) throws -> VerifyReport {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        var report = VerifyReport(integrity: integrity, auditEntries: 0, rowsChecked: 0, firstProblem: nil)

        // 1. The chain, streamed entry by entry.
        var prev = AuditChain.genesis
        var expectedID: Int64 = 1
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY id")
        while let row = try cursor.next() {
            let e = AuditChain.Entry(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
                                     table: row["tbl"], key: row["row_key"], payload: row["payload"],
                                     prevHash: row["prev_hash"], hash: row["hash"])
            report.auditEntries += 1
            if e.id != expectedID {
                report.firstProblem = "audit entry #\(expectedID) is missing (the log jumps to #\(e.id))"
                return report
            }
            let h = AuditChain.hash(prev: prev, id: e.id, at: e.at, actor: e.actor, action: e.action,
                                    table: e.table, key: e.key, payload: e.payload)
            if e.prevHash != prev || e.hash != h {
                report.firstProblem = "audit entry #\(e.id) (\(e.table) \(e.key)) does not match its hash: the audit log was edited"
                return report
            }
            prev = e.hash
            expectedID += 1
        }

        // 2. Every row against its last audit entry, one table at a time. Only a digest of each
        //    recorded payload is kept (memory stays small for millions of records); the text is read
        //    back by id to describe a difference.
        for table in auditedTables {
            var expected: [String: (id: Int64, digest: Int)] = [:]
            let entries = try Row.fetchCursor(db, sql: "SELECT id, row_key, payload FROM audit WHERE tbl = ? ORDER BY id", arguments: [table])
            while let r = try entries.next() {
                expected[r["row_key"]] = (r["id"], (r["payload"] as String).hashValue)
            }
            let keySQL = Recorder.naturalKeys[table] ?? "rowid"
            let rows = try Row.fetchCursor(db, sql: "SELECT \(keySQL) AS _key, * FROM \(table) ORDER BY \(keySQL)")
            while let full = try rows.next() {
                let k = CanonicalRow.keyText(full["_key"] as DatabaseValue)
                let payload = CanonicalRow.encode(pairs: full.filter { $0.0 != "_key" })
                report.rowsChecked += 1
                guard let entry = expected.removeValue(forKey: k) else {
                    report.firstProblem = "\(table) row \(k) has no audit entry: it was added outside rounds"
                    return report
                }
                if entry.digest != payload.hashValue {
                    let recorded = try String.fetchOne(db, sql: "SELECT payload FROM audit WHERE id = ?", arguments: [entry.id]) ?? ""
                    report.firstProblem = "\(table) row \(k) does not match audit entry #\(entry.id): it was changed outside rounds"
                        + Self.difference(recorded, payload)
                    return report
                }
            }
            if let (k, entry) = expected.min(by: { $0.value.id < $1.value.id }) {
                report.firstProblem = "\(table) row \(k) (audit entry #\(entry.id)) is missing: it was deleted outside rounds"
                return report
            }
        }
        return report
    }

    /// A short ` (field: recorded X, found Y)` note naming the first differing column.
    static func difference(_ recorded: String, _ found: String) -> String {
        let a = FlatJSON.parse(recorded), b = FlatJSON.parse(found)
        for k in Set(a.keys).union(b.keys).sorted() where a[k] != b[k] {
            return " (\(k): recorded \(a[k] ?? "nothing"), found \(b[k] ?? "nothing"))"
        }
        return ""
    }
}

extension Store {
    /// Recomputes the audit chain and SQLite's integrity check and compares every audited row.
    public func verify() throws -> VerifyReport {
        try read { try Verifier.run($0) }
    }
}
