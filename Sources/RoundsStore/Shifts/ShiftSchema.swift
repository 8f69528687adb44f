import GRDB

/// The tables of daily checks' follow-up and shift handovers (migration `v6-shifts`).
///
/// - `department_shifts`: a department's own shift start times and check days (configuration,
///   updated in place and audited; a department without a row uses the defaults).
/// - `focused_inspections`: the focused inspection (单独重点巡检) a daily-check problem raises (R24),
///   insert-only; `focused_inspection_acks` records when an engineer responded (one per request).
/// - `handovers`: a signed handover sheet, as signed (JSON of `HandoverSheet`), insert-only;
///   `handover_acks` the incoming person's acknowledgement (one per handover).
enum ShiftSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE department_shifts (
                department TEXT PRIMARY KEY NOT NULL REFERENCES departments(code),
                starts TEXT NOT NULL,
                working_days TEXT NOT NULL
            );
            CREATE TABLE focused_inspections (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                daily_check INTEGER NOT NULL REFERENCES daily_checks(id),
                note TEXT NOT NULL DEFAULT '',
                raised_at INTEGER NOT NULL,
                raised_by TEXT NOT NULL,
                ticket TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX focused_inspections_device ON focused_inspections(device, raised_at);
            CREATE TABLE focused_inspection_acks (
                id INTEGER PRIMARY KEY,
                request INTEGER NOT NULL UNIQUE REFERENCES focused_inspections(id),
                by TEXT NOT NULL,
                at INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL
            );
            CREATE TABLE handovers (
                id INTEGER PRIMARY KEY,
                department TEXT NOT NULL REFERENCES departments(code),
                shift_day TEXT NOT NULL,
                shift_start INTEGER NOT NULL,
                shift_end INTEGER NOT NULL,
                sheet TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                signed_by TEXT NOT NULL,
                signed_at INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL
            );
            CREATE INDEX handovers_department ON handovers(department, shift_start);
            CREATE TABLE handover_acks (
                id INTEGER PRIMARY KEY,
                handover INTEGER NOT NULL UNIQUE REFERENCES handovers(id),
                by TEXT NOT NULL,
                at INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX daily_checks_day ON daily_checks(day);
            """)
    }

    /// The new tables, for `Verifier.auditedTables`.
    static let auditedTables = ["department_shifts", "focused_inspections", "focused_inspection_acks", "handovers", "handover_acks"]
}
