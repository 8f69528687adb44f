import GRDB
import RoundsCore

/// Migration `v17-archive-fields`: the R6 fields and flags the first archive lacked.
///
/// Supplier (`supplier`), purchase value (`purchase_value_fen`, integer fen: exact, as every amount
/// of the store; shown and imported as yuan with two decimals, ``Money``), service-life end
/// (`service_life_end`, a day), designated maintenance person (`maintainer`, a login) and the six
/// flags of ``ArchiveFlag/all`` (0 or 1). Columns are appended, so every old row reads as "not
/// recorded" and "no".
///
/// A store made before this migration has audit entries whose payloads lack the new columns, and
/// `verify` compares every row with its last entry. So each existing device gets one `migrate`
/// entry with its widened row, dated like its last entry (the device did not change then, its
/// record only grew columns); the archive history skips these entries.
///
/// The same migration makes `rule_changes` (R114): each change of a `rule.*` setting with its old
/// and new value, its reason, who changed it and when, and who approved it when the change
/// lengthens an interval of life-support equipment (RuleChanges.swift). Insert-only and audited.
enum ArchiveFieldsSchema {
    /// The new table, for `Verifier.auditedTables`.
    static let auditedTables = ["rule_changes"]

    /// The audit action and actor of those entries.
    static let migrateAction = "migrate"
    static let migrateActor = "schema"

    static func migrate(_ db: Database) throws {
        var sql = """
            ALTER TABLE equipment ADD COLUMN supplier TEXT NOT NULL DEFAULT '';
            ALTER TABLE equipment ADD COLUMN purchase_value_fen INTEGER;
            ALTER TABLE equipment ADD COLUMN service_life_end TEXT;
            ALTER TABLE equipment ADD COLUMN maintainer TEXT NOT NULL DEFAULT '';

            """
        for flag in ArchiveFlag.all {
            sql += "ALTER TABLE equipment ADD COLUMN \(flag.column) INTEGER NOT NULL DEFAULT 0;\n"
        }
        sql += """
            CREATE TABLE rule_changes (
                id INTEGER PRIMARY KEY,
                rule TEXT NOT NULL,
                old_value TEXT NOT NULL,
                new_value TEXT NOT NULL,
                reason TEXT NOT NULL,
                at INTEGER NOT NULL,
                by TEXT NOT NULL,
                approved_by TEXT NOT NULL DEFAULT ''
            );
            """
        try db.execute(sql: sql)
        try reaudit(db)
    }

    /// One `migrate` entry per device that already had an audit entry.
    static func reaudit(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.*, (SELECT MAX(at) FROM audit a WHERE a.tbl = 'equipment' AND a.row_key = e.tag) AS _at
            FROM equipment e ORDER BY e.tag
            """)
        for row in rows {
            guard let at: Int64 = row["_at"] else { continue }
            let tag: String = row["tag"]
            try AuditChain.append(db, at: at, actor: migrateActor, action: migrateAction, table: "equipment", key: tag,
                                  payload: CanonicalRow.encode(pairs: Array(row).filter { $0.0 != "_at" }))
        }
    }
}
