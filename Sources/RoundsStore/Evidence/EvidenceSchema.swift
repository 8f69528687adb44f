import Foundation
import GRDB
import RoundsCore

/// The tables of the rules of evidence (R2, R4): late entries with their reasons and signatures
/// with their meaning and proof. Both are insert-only and audited.
enum EvidenceSchema {
    static let auditedTables = ["late_entries", "signatures", "corrections"]

    /// The setting that marks where the two-time rule began in a store made before it: audit entries
    /// with a smaller id were entered before the rule, and their times are kept as they were.
    static let twoTimeRuleFrom = "two-time-rule-from-audit"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE late_entries (
                id INTEGER PRIMARY KEY,
                tbl TEXT NOT NULL,
                row INTEGER NOT NULL,
                subject TEXT NOT NULL DEFAULT '',
                work_at INTEGER NOT NULL,
                entered_at INTEGER NOT NULL,
                by TEXT NOT NULL,
                entered_by TEXT NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX late_entries_entered ON late_entries(entered_at);
            CREATE INDEX late_entries_record ON late_entries(tbl, row);
            CREATE TABLE signatures (
                id INTEGER PRIMARY KEY,
                tbl TEXT NOT NULL,
                row INTEGER NOT NULL,
                signer TEXT NOT NULL,
                name TEXT NOT NULL,
                roles TEXT NOT NULL,
                meaning TEXT NOT NULL,
                proof TEXT NOT NULL,
                at INTEGER NOT NULL
            );
            CREATE INDEX signatures_record ON signatures(tbl, row);
            CREATE TABLE corrections (
                id INTEGER PRIMARY KEY,
                tbl TEXT NOT NULL,
                original INTEGER NOT NULL,
                replacement INTEGER,
                reason TEXT NOT NULL,
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE UNIQUE INDEX corrections_original ON corrections(tbl, original);
            """)
        // A store made before the kinds of store existed becomes an evidence store (no `store-kind`
        // setting reads as evidence); its old records keep their times, marked as entered before the
        // two-time rule (CONTRACT "Evidence", issue migration).
        let hasSettings = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM settings WHERE key = 'tz')") ?? false
        if hasSettings {
            let next = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0) + 1
            let rec = Recorder(db: db, actor: "rounds", at: Instant(seconds: Int64(Date().timeIntervalSince1970)), options: .generated)
            try rec.upsert("settings", key: "key", ["key": twoTimeRuleFrom, "value": String(next)])
        }
    }
}

extension Store {
    /// In a store made before the two-time rule: the first audit id entered under it (nil in a store
    /// made since). Records with earlier audit entries were entered before the rule.
    public func twoTimeRuleFromAudit() throws -> Int64? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM settings WHERE key = ?", arguments: [EvidenceSchema.twoTimeRuleFrom]).flatMap { Int64($0) } }
    }
}
