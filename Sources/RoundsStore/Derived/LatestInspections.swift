import GRDB
import RoundsCore

/// Each device's latest current inspection of each kind: the one fact the due rules read (CONTRACT
/// "Which inspections are due": L = the latest inspection), kept instead of recomputed.
///
/// The table `latest_inspections` has one row per device and kind that has a current (not corrected
/// nor voided) inspection: its day and its id, the latest by day, then by id. It is derived state
/// (docs/DECISIONS.md, "Derived state"): not audited, never written by hand, maintained by
/// ``Recorder/insert(_:_:)`` in the same write transaction as the record it follows, and rebuilt
/// from the records and compared by `rounds verify` (``mismatch(_:)``).
///
/// Two writes change it:
/// - an inspection: it becomes the latest of its kind when its day is later (a late entry, 补录, of
///   an older day leaves the row as it was);
/// - a correction or void of an inspection (Corrections.swift): the original no longer counts, so the
///   original's device and kind are read again from the records (a replacement was written, and
///   counted, just before its correction).
///
/// ```swift
/// // in a write: rec.recordInspection(...) keeps it; in a read:
/// try LatestInspections.rows(db)   // [(device: "ICU-V01", kind: .monthly, day: 2026-03-01, inspection: 812)]
/// ```
enum LatestInspections {
    static let table = "latest_inspections"

    /// The table, created by the migration `v11-derived-latest-inspections`, which also fills it.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE latest_inspections (
                device TEXT NOT NULL,
                kind TEXT NOT NULL,
                day TEXT NOT NULL,
                inspection INTEGER NOT NULL,
                PRIMARY KEY (device, kind)
            ) WITHOUT ROWID
            """)
        try rebuild(db)
    }

    /// One row: a device's latest current inspection of one kind.
    struct Latest: Equatable {
        var device: String
        var kind: String
        var day: String
        var inspection: Int64
    }

    // MARK: Kept in the write transaction

    /// Follows one row just written by ``Recorder/insert(_:_:)``: an inspection, or a correction of one.
    static func recorded(_ db: Database, table: String, row: Row) throws {
        switch table {
        case "inspections":
            try db.cachedStatement(sql: """
                INSERT INTO latest_inspections (device, kind, day, inspection) VALUES (?, ?, ?, ?)
                ON CONFLICT (device, kind) DO UPDATE SET day = excluded.day, inspection = excluded.inspection
                WHERE excluded.day > latest_inspections.day
                   OR (excluded.day = latest_inspections.day AND excluded.inspection > latest_inspections.inspection)
                """).execute(arguments: [row["device"], row["kind"], row["day"], row["id"]])
        case "corrections" where (row["tbl"] as String) == CorrectableRecord.inspection.rawValue:
            guard let original = try Row.fetchOne(db.cachedStatement(sql: "SELECT device, kind FROM inspections WHERE id = ?"),
                                                  arguments: [row["original"]]) else { return }
            try refresh(db, device: original["device"], kind: original["kind"])
        default:
            break
        }
    }

    /// The device whose row an inspection or a correction of one (audited as `table`/`key`) changes.
    static func device(_ db: Database, table: String, key: String) throws -> String? {
        switch table {
        case "inspections":
            return try String.fetchOne(db.cachedStatement(sql: "SELECT device FROM inspections WHERE id = ?"), arguments: [Int64(key)])
        case "corrections":
            return try String.fetchOne(db.cachedStatement(sql: """
                SELECT i.device FROM corrections c JOIN inspections i ON i.id = c.original WHERE c.id = ? AND c.tbl = 'inspections'
                """), arguments: [Int64(key)])
        default:
            return nil
        }
    }

    /// Reads one device and kind again from the records (after a correction made one not count).
    static func refresh(_ db: Database, device: String, kind: String) throws {
        try db.cachedStatement(sql: "DELETE FROM latest_inspections WHERE device = ? AND kind = ?").execute(arguments: [device, kind])
        try db.cachedStatement(sql: "INSERT INTO latest_inspections (device, kind, day, inspection) " + latestSQL)
            .execute(arguments: [device, kind])
    }

    /// A device's (`?1`) latest current inspection of a kind (`?2`) from its records: one seek
    /// into `inspections(device, kind, day)` (EXPLAIN-guarded in the tests).
    static let latestSQL = """
        SELECT device, kind, day, id FROM inspections i
        WHERE device = ? AND kind = ? AND \(Store.current("i"))
        ORDER BY day DESC, id DESC LIMIT 1
        """

    // MARK: Derived from the records

    /// What the table must hold, from the records alone, in (device, kind) order, streamed: the
    /// covering index `inspections_device_kind` (device, kind, day, rowid) is read once, and only the
    /// last current record of each (device, kind) is kept.
    /// With `device`, that device's rows only (one index range).
    static func derive(_ db: Database, device only: String? = nil, _ each: (Latest) throws -> Void) throws {
        let corrected = try Store.correctedIDs(db, .inspection)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT device, kind, day, id FROM inspections INDEXED BY inspections_device_kind
            \(only == nil ? "" : "WHERE device = ?") ORDER BY device, kind, day, id
            """, arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        var pending: Latest?
        while let r = try cursor.next() {
            let id: Int64 = r[3]
            if !corrected.isEmpty && corrected.contains(id) { continue }
            let device: String = r[0], kind: String = r[1]
            if let p = pending, !(ByteText.equal(p.device, device) && ByteText.equal(p.kind, kind)) { try each(p) }
            pending = Latest(device: device, kind: kind, day: r[2], inspection: id)
        }
        if let p = pending { try each(p) }
    }

    /// Empties the table and fills it from the records (the migration; a restore of an older copy
    /// needs nothing more, since the table travels with the records it was derived from).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM latest_inspections")
        let insert = try db.makeStatement(sql: "INSERT INTO latest_inspections (device, kind, day, inspection) VALUES (?, ?, ?, ?)")
        try derive(db) { try insert.execute(arguments: [$0.device, $0.kind, $0.day, $0.inspection]) }
    }

    /// The first difference between the table and the records, in a sentence; nil when they agree.
    /// Both sides are streamed in (device, kind) order, so memory stays small for any history. With
    /// `device`, that device's rows only (`verify --since-seal`).
    static func mismatch(_ db: Database, device only: String? = nil) throws -> String? {
        let stored = try Row.fetchCursor(db, sql: """
            SELECT device, kind, day, inspection FROM latest_inspections \(only == nil ? "" : "WHERE device = ?") ORDER BY device, kind
            """, arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        func next() throws -> Latest? {
            try stored.next().map { Latest(device: $0[0], kind: $0[1], day: $0[2], inspection: $0[3]) }
        }
        func say(_ what: String) -> String {
            "derived table latest_inspections \(what): it disagrees with the inspection records (changed outside rounds)"
        }
        return try DerivedState.firstDifference(
            stored: next, derived: { try derive(db, device: only, $0) }, key: { [$0.device, $0.kind] },
            sameValues: { ByteText.equal($0.day, $1.day) && $0.inspection == $1.inspection },
            extra: { say("has a row for \($0.device) \($0.kind) that the records do not give") },
            lacking: { say("lacks \($0.device) \($0.kind) (latest #\($0.inspection) on \($0.day))") },
            differing: { h, want in
                say("says \(h.device) \(h.kind) was last inspected on \(h.day) (#\(h.inspection)), the records say \(want.day) (#\(want.inspection))")
            })
    }

    // MARK: Read by the reports

    /// Every row, for the due rules.
    static func rows(_ db: Database) throws -> [Latest] {
        try Row.fetchAll(db, sql: "SELECT device, kind, day, inspection FROM latest_inspections").map {
            Latest(device: $0[0], kind: $0[1], day: $0[2], inspection: $0[3])
        }
    }
}
