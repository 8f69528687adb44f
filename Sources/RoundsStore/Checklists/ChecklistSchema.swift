import GRDB

/// The tables of checklist answers (migration `v15-checklist-answers`): insert-only and audited.
///
/// `checklist_answers` holds one row per record of work (an inspection, or a maintenance record):
/// the device's items of its template, answered, as canonical JSON (``ChecklistJSON``). One row per
/// record rather than one per item: a monthly round of a large hospital writes thousands of
/// records, almost all of them all normal, and the demo writes a year of them; one row keeps that
/// fast, and every item's answer is still in the one audited row that `verify` compares byte for
/// byte (DECISIONS "Checklists").
///
/// `room_checklists` holds the environment and utility items of the quarterly inspection (R19),
/// answered once per room per round and stored with the room (`department`, `location`), pointing
/// at the inspection that carried them. Outside a round, "the round" is the room's inspections of
/// that kind on that local day (`day`).
enum ChecklistSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE checklist_answers (
                id INTEGER PRIMARY KEY,
                record_tbl TEXT NOT NULL CHECK (record_tbl IN ('inspections', 'maintenance')),
                record INTEGER NOT NULL,
                device TEXT NOT NULL REFERENCES equipment(tag),
                kind TEXT NOT NULL,
                answers TEXT NOT NULL,
                UNIQUE (record_tbl, record)
            );
            CREATE TABLE room_checklists (
                id INTEGER PRIMARY KEY,
                inspection INTEGER NOT NULL REFERENCES inspections(id),
                round INTEGER REFERENCES rounds(id),
                department TEXT NOT NULL REFERENCES departments(code),
                location TEXT NOT NULL,
                kind TEXT NOT NULL,
                day TEXT NOT NULL,
                answers TEXT NOT NULL
            );
            CREATE INDEX room_checklists_room ON room_checklists(department, location, kind, day);
            CREATE INDEX room_checklists_round ON room_checklists(round, location);
            """)
    }

    /// The new tables, for `Verifier.auditedTables`.
    static let auditedTables = ["checklist_answers", "room_checklists"]
}
