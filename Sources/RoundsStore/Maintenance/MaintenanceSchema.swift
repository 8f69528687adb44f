import GRDB

/// Tables of maintenance plans (R26–R31) and radiation QC tests (R76–R78), migration "v7-maintenance".
/// `qc_tests` holds the one-line test results recorded before `v14-radiation-qc`; tests are now
/// recorded item by item in `qc_test_records` (Radiation/RadiationSchema.swift) and the old rows
/// still count as passed acceptance tests (R78).
///
/// Both are insert-only: a plan is changed by recording a newer row for the same device and tier
/// (the latest row is the plan in force), a test result is never edited.
enum MaintenanceSchema {
    static let auditedTables = ["maintenance_plans", "qc_tests"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE maintenance_plans (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                tier TEXT NOT NULL,
                interval_days INTEGER NOT NULL,
                active INTEGER NOT NULL,
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX maintenance_plans_device ON maintenance_plans(device, tier, id);
            CREATE TABLE qc_tests (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                type TEXT NOT NULL,
                result TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                report TEXT NOT NULL DEFAULT '',
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX qc_tests_device ON qc_tests(device, type, at);
            """)
    }
}
