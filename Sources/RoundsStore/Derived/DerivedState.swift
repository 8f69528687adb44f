import GRDB

/// The derived tables: facts the reports need, kept up to date in the write transaction of the
/// records they come from, instead of recomputed from years of history at every question.
///
/// Each derived table is a pure function of audited records. So it is not audited itself (its rows
/// would double the chain and prove nothing the records do not): `rounds verify` derives it again
/// from the records and fails on the first difference, and a backup or restore carries it with the
/// records it was derived from (docs/DECISIONS.md, "Derived state").
///
/// | table | kept from | read by |
/// |---|---|---|
/// | `latest_inspections` | inspections, corrections (``LatestInspections``) | the due days, the powered-test duty (R32), the overdue report about a past day |
/// | `due_inspections` | the archive, the departments' key flag, `latest_inspections`, `since`, the schedule rules (``DueInspections``, at the end of each write) | overdue report, dashboard, overdue board |
/// | `compliance_marks` | inspections, corrections, the archive's in-service days, `since`, the schedule rules (``ComplianceMarks``, at the end of each write: ``PendingDerived``) | compliance report, KPIs |
enum DerivedState {
    /// The derived tables, for `verify` and the tests.
    static let tables = [LatestInspections.table, DueInspections.table, ComplianceMarks.table]

    /// Follows one row just inserted by ``Recorder/insert(_:_:)`` (its read-back `row`).
    ///
    /// A Recorder that writes inside a migration older than the derived tables (or a test that builds
    /// an old store) finds no table to keep: the migration that creates it fills it from the records.
    static func recorded(_ db: Database, table: String, row: Row) throws {
        do {
            try LatestInspections.recorded(db, table: table, row: row)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR
                    && (error.message ?? "").hasPrefix("no such table: \(LatestInspections.table)") {
            return
        }
    }

    /// The first derived table that disagrees with the records, in a sentence; nil when all agree.
    static func mismatch(_ db: Database) throws -> String? {
        try LatestInspections.mismatch(db) ?? DueInspections.mismatch(db) ?? ComplianceMarks.mismatch(db)
    }

    /// One device's derived rows against its records (`verify --since-seal`).
    static func mismatch(_ db: Database, device: String) throws -> String? {
        try LatestInspections.mismatch(db, device: device) ?? DueInspections.mismatch(db, device: device)
            ?? ComplianceMarks.mismatch(db, device: device)
    }

    /// The device whose derived rows the audited row `table`/`key` can change, if any.
    static func device(_ db: Database, table: String, key: String) throws -> String? {
        table == "equipment" ? key : try LatestInspections.device(db, table: table, key: key)
    }

    /// Fills every derived table again from the records.
    static func rebuild(_ db: Database) throws {
        try LatestInspections.rebuild(db)
        try DueInspections.rebuild(db)
        try ComplianceMarks.rebuild(db)
    }

    /// The first difference between a derived table's stored rows (`next`, one at a time) and the
    /// rows `derive` gives from the records, both streamed in the order of `key` (SQLite's BINARY
    /// order: bytes), so memory stays small for any history. The sentences name a stored row the
    /// records do not give (`extra`), a derived row the table lacks (`lacking`), and a row whose
    /// values differ (`differing`: the stored one, then the derived one).
    static func firstDifference<R>(stored next: @escaping () throws -> R?, derived derive: ((R) throws -> Void) throws -> Void,
                                   key: @escaping (R) -> [String], sameValues: @escaping (R, R) -> Bool,
                                   extra: @escaping (R) -> String, lacking: @escaping (R) -> String,
                                   differing: @escaping (R, R) -> String) throws -> String? {
        var have = try next()
        var problem: String?
        try derive { want in
            guard problem == nil else { return }
            let order = have.map { ByteText.order(key($0), key(want)) }
            if let h = have, order == -1 {
                problem = extra(h)
                return
            }
            guard let h = have, order == 0 else {
                problem = lacking(want)
                return
            }
            if !sameValues(h, want) {
                problem = differing(h, want)
                return
            }
            have = try next()
        }
        if problem == nil, let h = have { problem = extra(h) }
        return problem
    }
}
