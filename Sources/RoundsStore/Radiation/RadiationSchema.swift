import GRDB

/// The tables of radiation QC testing (migration `v14-radiation-qc`, R75–R89), insert-only and audited.
///
/// - `testing_organisations`: one row per version of an organisation (R89). A change (new scope,
///   publication on a provincial portal, blacklisting) is a new row with its `effective` day; the
///   version in force on a day is the latest row effective on or before it. `scope_standards` and
///   `scope_kinds` are `;`-separated codes.
/// - `qc_test_records`: one finalised test (R76, R87): never edited. `tested_on` and `reported_on`
///   are the report's days; `recorded_at`/`recorded_by` when and by whom it was entered (the system
///   clock in an evidence store). `conclusion` is `pass` or `fail`, from the items. `instruments`
///   and `attachments` are newline-separated. `override_reason`/`override_by` hold the equipment
///   head's approval of an organisation the registry flags (R86); `ticket` the corrective repair
///   request a failed test opened (R84).
/// - `qc_test_items`: the test's result for every item of its standard (R83), with the evidence of an
///   untestable one (R82).
///
/// The older `qc_tests` table (v7) stays for the records made before; no new rows go to it.
enum RadiationSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE testing_organisations (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                credit_code TEXT NOT NULL DEFAULT '',
                certificate TEXT NOT NULL,
                scope_standards TEXT NOT NULL,
                scope_kinds TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                published_province TEXT NOT NULL DEFAULT '',
                published_on TEXT,
                blacklisted_on TEXT,
                blacklist_source TEXT NOT NULL DEFAULT '',
                effective TEXT NOT NULL,
                change TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX testing_organisations_code ON testing_organisations(code, effective, id);
            CREATE TABLE qc_test_records (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                kind TEXT NOT NULL CHECK (kind IN ('acceptance', 'status', 'stability')),
                standard TEXT NOT NULL,
                device_group TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                certificate TEXT NOT NULL DEFAULT '',
                report_number TEXT NOT NULL DEFAULT '',
                tested_on TEXT NOT NULL,
                reported_on TEXT,
                conclusion TEXT NOT NULL CHECK (conclusion IN ('pass', 'fail')),
                instruments TEXT NOT NULL,
                attachments TEXT NOT NULL DEFAULT '',
                override_reason TEXT NOT NULL DEFAULT '',
                override_by TEXT NOT NULL DEFAULT '',
                ticket TEXT NOT NULL DEFAULT '',
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX qc_test_records_device ON qc_test_records(device, kind, tested_on);
            CREATE INDEX qc_test_records_day ON qc_test_records(tested_on);
            CREATE TABLE qc_test_items (
                id INTEGER PRIMARY KEY,
                test INTEGER NOT NULL REFERENCES qc_test_records(id),
                item TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'untestable')),
                measured TEXT NOT NULL DEFAULT '',
                requirement TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                manufacturer_confirmation TEXT NOT NULL DEFAULT '',
                hospital_seal TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX qc_test_items_test ON qc_test_items(test, id);
            """)
    }

    /// The new tables, for `Verifier.auditedTables`.
    static let auditedTables = ["testing_organisations", "qc_test_records", "qc_test_items"]
}
