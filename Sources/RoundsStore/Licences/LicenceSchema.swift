import GRDB

/// The tables of licences and of the imaging centre (migration `v16-licences-imaging`, R65–R70,
/// R90–R95), insert-only and audited like every record.
///
/// - `radiation_licences`: one Radiological Diagnosis and Treatment Licence (R90); `categories` and
///   `scans` are `;`- and newline-separated; `verification_due` the first due day as issued.
/// - `licence_verifications`: each verification (校验) with the next due day it set (R91); the
///   licence's current due day is the latest one's `next_due`.
/// - `licence_devices`: the listing events of the licence copy (R92): `event` `added` (with the
///   device's kV/mA parameters) or `removed` (with the change's reason). A device is listed while
///   its latest event is `added`.
/// - `licence_exemptions`: the epidemic exemption with its basis document (R95).
/// - `configuration_licences`: Large Medical Equipment Configuration Licence records per device
///   (R93), `event` `granted` or `released` (after scrapping, R65).
/// - `imaging_specs`: an imaging device's slices, field strength and functions (R70, R93); the latest
///   row per device is in force.
/// - `imaging_status_log`: one running-status record per imaging device and calendar day (R66),
///   never edited; `kept_by` signs it.
///
/// `recorded_at`/`recorded_by` say when and by whom a row was entered: the system clock in an
/// evidence store (R4). Days of the work (`issued_on`, `verified_on`, `day`…) are the papers' days
/// and may not lie after the day of entry.
enum LicenceSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE radiation_licences (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                holder TEXT NOT NULL,
                authority TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                categories TEXT NOT NULL,
                verification_due TEXT NOT NULL,
                scans TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE licence_verifications (
                id INTEGER PRIMARY KEY,
                licence TEXT NOT NULL REFERENCES radiation_licences(number),
                verified_on TEXT NOT NULL,
                next_due TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX licence_verifications_licence ON licence_verifications(licence, verified_on, id);
            CREATE TABLE licence_devices (
                id INTEGER PRIMARY KEY,
                licence TEXT NOT NULL REFERENCES radiation_licences(number),
                device TEXT NOT NULL REFERENCES equipment(tag),
                event TEXT NOT NULL CHECK (event IN ('added', 'removed')),
                parameters TEXT NOT NULL DEFAULT '',
                changed_on TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX licence_devices_device ON licence_devices(device, id);
            CREATE TABLE licence_exemptions (
                id INTEGER PRIMARY KEY,
                basis TEXT NOT NULL,
                exempted_on TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE configuration_licences (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                event TEXT NOT NULL CHECK (event IN ('granted', 'released')),
                number TEXT NOT NULL,
                grade TEXT NOT NULL DEFAULT '',
                authority TEXT NOT NULL DEFAULT '',
                changed_on TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX configuration_licences_device ON configuration_licences(device, id);
            CREATE TABLE imaging_specs (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                slices INTEGER,
                tesla REAL,
                features TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX imaging_specs_device ON imaging_specs(device, id);
            CREATE TABLE imaging_status_log (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                day TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('normal', 'partial', 'down', 'maintenance', 'qc', 'unscheduled')),
                hours_in_use REAL,
                exams INTEGER,
                note TEXT NOT NULL DEFAULT '',
                kept_by TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL,
                UNIQUE (device, day)
            );
            CREATE INDEX imaging_status_log_day ON imaging_status_log(day, device);
            """)
    }

    /// The new tables, for `Verifier.auditedTables`.
    static let auditedTables = ["radiation_licences", "licence_verifications", "licence_devices", "licence_exemptions",
                                "configuration_licences", "imaging_specs", "imaging_status_log"]
}
