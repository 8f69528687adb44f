import GRDB

/// The table of the hazard life cycle (migration `v13-hazard-lifecycle`, R16): insert-only and audited.
///
/// A hazard item (`hazards`, made when an inspection finds a hidden hazard) gets one row here per
/// step, in order: `assigned` names the engineer (`to_login`); `resolved` says what was done
/// (`action`); `converted` keeps the number of the repair ticket it became (`ticket`). `at` and `by`
/// are when and by whom the step was done, `recorded_at` and `recorded_by` when and by whom it was
/// entered (R4); `device` is the hazard's, so a late entry names it. Each row is signed.
enum HazardSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE hazard_events (
                id INTEGER PRIMARY KEY,
                hazard INTEGER NOT NULL REFERENCES hazards(id),
                device TEXT NOT NULL REFERENCES equipment(tag),
                step TEXT NOT NULL CHECK (step IN ('assigned', 'resolved', 'converted')),
                to_login TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL DEFAULT '',
                ticket TEXT NOT NULL DEFAULT '',
                at INTEGER NOT NULL,
                by TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX hazard_events_hazard ON hazard_events(hazard, id);
            """)
    }

    /// The new table, for `Verifier.auditedTables`.
    static let auditedTables = ["hazard_events"]
}
