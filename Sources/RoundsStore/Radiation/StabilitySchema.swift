import GRDB

/// The tables of stability tests (migration `v21-stability-baselines`, R80–R81), insert-only and
/// audited like every test record:
///
/// - `qc_stability_conditions`: one row per stability test, the exposure parameters and geometry it
///   was done with (the instruments are the test record's own).
/// - `qc_stability_results`: one row per judged item: the value, the baseline it was compared with
///   (`baseline`, and `baseline_test`, the acceptance or status test it came from; NULL when the
///   device has none yet), the control limit in force (`10%`, `4`), `within` (1, 0, or NULL when
///   not judged) and the cause given for a deviation beyond the limit (`not-determined` asks for a
///   status test, R81).
///
/// The periods and limits themselves are data (``QCStabilityItems``), not rows: a changed limit
/// applies from the next test on, and each result keeps the limit it was judged by.
enum StabilitySchema {
    static let auditedTables = ["qc_stability_conditions", "qc_stability_results"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE qc_stability_conditions (
                id INTEGER PRIMARY KEY,
                test INTEGER NOT NULL UNIQUE REFERENCES qc_test_records(id),
                exposure TEXT NOT NULL,
                geometry TEXT NOT NULL
            );
            CREATE TABLE qc_stability_results (
                id INTEGER PRIMARY KEY,
                test INTEGER NOT NULL REFERENCES qc_test_records(id),
                item TEXT NOT NULL,
                value REAL NOT NULL,
                baseline REAL,
                baseline_test INTEGER,
                control_limit TEXT NOT NULL,
                within INTEGER,
                cause TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX qc_stability_results_test ON qc_stability_results(test);
            """)
    }
}
