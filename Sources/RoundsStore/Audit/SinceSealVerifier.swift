import Foundation
import GRDB

/// `rounds verify --since-seal`: checks only what was written after the last seal (R3), so that a
/// store with ten years of history can be checked in seconds after every working day.
///
/// The seals are the checkpoints. The last seal of the log says "audit entry #N had hash H"; this
/// check proves, from there on:
///
/// 1. every seal line of the log still names its entry with its hash (one lookup each);
/// 2. the schema is exactly the migrations' (``SchemaCheck``, a few milliseconds);
/// 3. the entries after #N chain from H, one by one, to the head;
/// 4. every row those entries wrote still reads as its last audit entry says (a row changed or
///    deleted behind the program's back since the seal is named);
/// 5. the derived rows of every device those entries touched equal its records (``DerivedState``).
///
/// What it does not re-read is the history up to the seal, which the full `rounds verify` (SQLite's
/// integrity check, the whole chain and every row) proves; run that regularly, for example weekly.
///
/// ```swift
/// let report = try store.verifySinceSeal()   // report.auditEntries: entries after the seal
/// ```
enum SinceSealVerifier {
    /// The entries after a seal: a range of the audit's rowid (EXPLAIN-guarded in the tests).
    static let entriesSQL = "SELECT * FROM audit WHERE id > ? ORDER BY id"
    /// A row's last audit entry: one seek into `audit(tbl, row_key)`.
    /// The entry of a row just before entry `?3` (`audit_row`, EXPLAIN-guarded with the last entry).
    static let previousEntrySQL = "SELECT payload FROM audit WHERE tbl = ?1 AND row_key = ?2 AND id < ?3 ORDER BY id DESC LIMIT 1"

    /// Whether an equipment entry changed the device's in-service day (or is its first).
    static func inServiceChanged(_ db: Database, key: String, entry: Int64, payload: String) throws -> Bool {
        guard let before = try String.fetchOne(db.cachedStatement(sql: previousEntrySQL), arguments: ["equipment", key, entry]) else { return true }
        return inService(before) != inService(payload)
    }

    /// The `in_service` value of an equipment row image (CanonicalRow's JSON).
    static func inService(_ payload: String) -> Substring? {
        guard let start = payload.range(of: "\"in_service\":\"") else { return nil }
        let rest = payload[start.upperBound...]
        return rest.firstIndex(of: "\"").map { rest[..<$0] }
    }

    static let lastEntrySQL = "SELECT id, payload FROM audit WHERE tbl = ? AND row_key = ? ORDER BY id DESC LIMIT 1"

    static func run(_ db: Database, seals: [Verifier.SealToCheck], sealLogProblem: String?) throws -> VerifyReport {
        var report = VerifyReport(integrity: "ok", auditEntries: 0, rowsChecked: 0, firstProblem: nil)
        func fail(_ problem: String) -> VerifyReport { report.firstProblem = problem; return report }
        if let sealLogProblem { return fail(sealLogProblem) }
        guard let last = seals.max(by: { $0.seal.auditID < $1.seal.auditID }) else {
            return fail("no seal to start from: the seal log is missing or empty (run `rounds seal`, or a full `rounds verify`)")
        }
        report.startSeal = last.seal
        if let problem = try SchemaCheck.problem(db) { return fail(problem) }
        let lastID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0
        for s in seals {
            report.sealsChecked += 1
            if let problem = try Verifier.sealProblem(db, s, lastID: lastID) { return fail(problem) }
        }

        // 3. The chain after the seal, and which rows and devices it wrote.
        var prev = last.seal.hash
        var expectedID = last.seal.auditID + 1
        var written: [String: Set<String>] = [:]
        var devices: Set<String> = []
        // Devices whose due days an archive or department entry may have moved (DueInspections):
        // their status, flags, department or key flag, which the walk of the marks does not read.
        var dueDevices: Set<String> = []
        let cursor = try Row.fetchCursor(db, sql: entriesSQL, arguments: [last.seal.auditID])
        while let row = try cursor.next() {
            let id: Int64 = row["id"], table: String = row["tbl"], key: String = row["row_key"], payload: String = row["payload"]
            report.auditEntries += 1
            if id != expectedID { return fail("audit entry #\(expectedID) is missing (the log jumps to #\(id))") }
            let h = AuditChain.hash(prev: prev, id: id, at: row["at"], actor: row["actor"], action: row["action"],
                                    table: table, key: key, payload: payload)
            if !ByteText.equal(row["prev_hash"], prev) || !ByteText.equal(row["hash"], h) {
                return fail("audit entry #\(id) (\(table) \(key)) does not match its hash: the audit log was edited")
            }
            prev = h
            expectedID += 1
            written[table, default: []].insert(key)
            if table == "departments" {
                dueDevices.formUnion(try DueInspections.devices(db, department: key))
            }
            if table == "equipment" {
                dueDevices.insert(key)
                // An archive row moves the device's derived rows only through its in-service day
                // (ComplianceMarks): an edit or a migration that keeps it needs no walk of the device.
                if try inServiceChanged(db, key: key, entry: id, payload: payload) { devices.insert(key) }
            } else if let device = try DerivedState.device(db, table: table, key: key) {
                devices.insert(device)
            }
        }

        // 4. Each row written since the seal against its last audit entry.
        for table in Verifier.auditedTables {
            guard let keys = written[table] else { continue }
            let keyColumn = Recorder.naturalKeys[table] ?? "rowid"
            let lastEntry = try db.cachedStatement(sql: lastEntrySQL)
            let current = try db.makeStatement(sql: "SELECT * FROM \(table) WHERE \(keyColumn) = ?")
            for key in keys.sorted() {
                report.rowsChecked += 1
                guard let entry = try Row.fetchOne(lastEntry, arguments: [table, key]) else { continue }
                let keyValue: DatabaseValueConvertible = keyColumn == "rowid" ? (Int64(key) ?? -1) : key
                guard let row = try Row.fetchOne(current, arguments: [keyValue]) else {
                    return fail("\(table) row \(key) (audit entry #\(entry["id"] as Int64)) is missing: it was deleted outside rounds")
                }
                let found = CanonicalRow.encode(row), recorded: String = entry["payload"]
                if !ByteText.equal(found, recorded) {
                    return fail("\(table) row \(key) does not match audit entry #\(entry["id"] as Int64): it was changed outside rounds"
                        + Verifier.difference(recorded, found))
                }
            }
        }

        // 5. The derived rows of the devices touched; every compliance mark and due day after a
        // change of a setting they depend on (ComplianceMarks, DueInspections).
        if !(written["settings"] ?? []).isDisjoint(with: PendingDerived.walkSettings),
           let problem = try ComplianceMarks.mismatch(db) ?? DueInspections.mismatch(db) { return fail(problem) }
        for device in devices.sorted() {
            report.devicesChecked += 1
            if let problem = try DerivedState.mismatch(db, device: device) { return fail(problem) }
        }
        for device in dueDevices.subtracting(devices).sorted() {
            report.dueDaysChecked += 1
            if let problem = try DueInspections.mismatch(db, device: device) { return fail(problem) }
        }
        return report
    }
}

extension Store {
    /// Checks what was written after the last seal of `STORE.seals`, or after `given` (one seal, for
    /// example copied from paper), with ``SinceSealVerifier``.
    public func verifySinceSeal(from given: Seal? = nil) throws -> VerifyReport {
        if let given {
            let seals = [Verifier.SealToCheck(seal: given, source: "given with --seal")]
            return try read { try SinceSealVerifier.run($0, seals: seals, sealLogProblem: nil) }
        }
        let (seals, problem) = try sealsOfLog()
        return try read { try SinceSealVerifier.run($0, seals: seals, sealLogProblem: problem) }
    }
}
