import GRDB

/// The schema, as named migrations applied in order. Never edit a shipped migration: add a new one.
///
/// Tables of work records are insert-only; the archive tables (departments, people, equipment) are
/// updated in place, and every write to any table is mirrored in the hash-chained `audit` table
/// (R3), which is what `rounds verify` checks the tables against.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-archive") { db in
            try db.execute(sql: """
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE departments (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    name_en TEXT NOT NULL DEFAULT '',
                    is_key INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE people (
                    login TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    department TEXT NOT NULL DEFAULT '',
                    pin_hash TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE equipment (
                    tag TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    name_en TEXT NOT NULL DEFAULT '',
                    department TEXT NOT NULL REFERENCES departments(code),
                    category TEXT NOT NULL DEFAULT '',
                    life_support INTEGER NOT NULL DEFAULT 0,
                    emergency INTEGER NOT NULL DEFAULT 0,
                    radiation INTEGER NOT NULL DEFAULT 0,
                    manufacturer TEXT NOT NULL DEFAULT '',
                    model TEXT NOT NULL DEFAULT '',
                    serial TEXT NOT NULL DEFAULT '',
                    in_service TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'in-service',
                    warranty_until TEXT,
                    custodian TEXT NOT NULL DEFAULT '',
                    location TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX equipment_department ON equipment(department, location, tag);
                CREATE TABLE status_history (
                    id INTEGER PRIMARY KEY,
                    tag TEXT NOT NULL REFERENCES equipment(tag),
                    status TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX status_history_tag ON status_history(tag, at);
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    tbl TEXT NOT NULL,
                    row_key TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_row ON audit(tbl, row_key);
                """)
        }
        m.registerMigration("v2-work-records") { db in
            // Records of work: insert-only. `day` is the local day of `at` in the facility zone.
            try db.execute(sql: """
                CREATE TABLE inspections (
                    id INTEGER PRIMARY KEY,
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    kind TEXT NOT NULL,
                    result TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX inspections_device ON inspections(device, day);
                CREATE TABLE hazards (
                    id INTEGER PRIMARY KEY,
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    inspection INTEGER REFERENCES inspections(id),
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE INDEX hazards_device ON hazards(device);
                CREATE TABLE daily_checks (
                    id INTEGER PRIMARY KEY,
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    result TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX daily_checks_device ON daily_checks(device, day);
                CREATE TABLE maintenance (
                    id INTEGER PRIMARY KEY,
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    tier TEXT NOT NULL,
                    with_login TEXT NOT NULL DEFAULT '',
                    plug_test TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX maintenance_device ON maintenance(device, tier, day);
                """)
        }
        m.registerMigration("v3-rounds") { db in
            // A round walks one department's devices for one kind of inspection; it can be left and
            // resumed. Skips record why a device was not inspected (WHO: in use / not located).
            try db.execute(sql: """
                CREATE TABLE rounds (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    department TEXT NOT NULL REFERENCES departments(code),
                    started_at INTEGER NOT NULL,
                    started_by TEXT NOT NULL,
                    finished_at INTEGER
                );
                CREATE TABLE round_skips (
                    id INTEGER PRIMARY KEY,
                    round INTEGER NOT NULL REFERENCES rounds(id),
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    reason TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                ALTER TABLE inspections ADD COLUMN round INTEGER REFERENCES rounds(id);
                """)
        }
        m.registerMigration("v4-tickets") { db in
            // A ticket is its events (insert-only); `tickets` is a summary row per ticket, rewritten
            // (and audited) after each event so lists and uptime need no replay. `down_from`/`down_to`
            // are the ticket's downtime interval (NULL `down_to` = still down).
            try db.execute(sql: """
                CREATE TABLE tickets (
                    number TEXT PRIMARY KEY NOT NULL,
                    device TEXT NOT NULL REFERENCES equipment(tag),
                    opened_at INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    priority TEXT NOT NULL,
                    assignee TEXT NOT NULL DEFAULT '',
                    out_of_service INTEGER NOT NULL,
                    returned_at INTEGER,
                    down_from INTEGER,
                    down_to INTEGER
                );
                CREATE INDEX tickets_device ON tickets(device, state);
                CREATE TABLE ticket_events (
                    id INTEGER PRIMARY KEY,
                    ticket TEXT NOT NULL REFERENCES tickets(number),
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    step TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX ticket_events_ticket ON ticket_events(ticket, id);
                """)
        }
        m.registerMigration("v5-parts-contacts-scrapping") { db in
            try db.execute(sql: """
                CREATE TABLE spare_parts (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    models TEXT NOT NULL DEFAULT '',
                    unit TEXT NOT NULL DEFAULT '',
                    location TEXT NOT NULL DEFAULT '',
                    unit_price_fen INTEGER NOT NULL DEFAULT 0,
                    minimum_stock INTEGER NOT NULL DEFAULT 0,
                    commonly_used INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE part_movements (
                    id INTEGER PRIMARY KEY,
                    part TEXT NOT NULL REFERENCES spare_parts(code),
                    kind TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    recipient TEXT NOT NULL DEFAULT '',
                    ticket TEXT REFERENCES tickets(number),
                    maintenance INTEGER REFERENCES maintenance(id),
                    reason TEXT NOT NULL DEFAULT '',
                    reverses INTEGER REFERENCES part_movements(id),
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE INDEX part_movements_part ON part_movements(part);
                CREATE TABLE service_contacts (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    company TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    wechat TEXT NOT NULL DEFAULT '',
                    device TEXT REFERENCES equipment(tag),
                    model TEXT NOT NULL DEFAULT '',
                    last_verified TEXT,
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE TABLE scrap_requests (
                    id INTEGER PRIMARY KEY,
                    devices TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    condition TEXT NOT NULL DEFAULT '',
                    repair_summary TEXT NOT NULL DEFAULT '',
                    remaining_value_fen INTEGER NOT NULL DEFAULT 0,
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE TABLE scrap_steps (
                    id INTEGER PRIMARY KEY,
                    request INTEGER NOT NULL REFERENCES scrap_requests(id),
                    kind TEXT NOT NULL,
                    role TEXT NOT NULL DEFAULT '',
                    text TEXT NOT NULL DEFAULT '',
                    organiser TEXT NOT NULL DEFAULT '',
                    panel TEXT NOT NULL DEFAULT '',
                    at INTEGER NOT NULL,
                    by TEXT NOT NULL
                );
                """)
        }
        m.registerMigration("v6-shifts") { db in
            try ShiftSchema.create(db)
        }
        m.registerMigration("v7-maintenance") { db in
            try MaintenanceSchema.create(db)
        }
        m.registerMigration("v8-inspection-kind-index") { db in
            // The latest quarterly inspection of a device is one index seek (overdue, dashboard).
            try db.execute(sql: "CREATE INDEX inspections_device_kind ON inspections(device, kind, day)")
        }
        m.registerMigration("v9-evidence") { db in
            try EvidenceSchema.create(db)
        }
        m.registerMigration("v10-pin-enrolment") { db in
            try PINSchema.create(db)
        }
        m.registerMigration("v11-derived-latest-inspections") { db in
            // Derived state, filled from the records here and kept by every write (Derived/).
            try LatestInspections.create(db)
        }
        m.registerMigration("v12-tickets-downtime-index") { db in
            // Uptime of a period reads only the tickets down in or after it (UptimeInputs.swift).
            try Store.createDowntimeIndex(db)
        }
        m.registerMigration("v13-hazard-lifecycle") { db in
            // Hazards found in rounds are assigned, resolved or converted to a ticket (R16).
            try HazardSchema.create(db)
        }
        m.registerMigration("v14-radiation-qc") { db in
            // Radiation QC tests item by item, and the registry of testing organisations (R75–R89).
            try RadiationSchema.create(db)
        }
        m.registerMigration("v15-checklist-answers") { db in
            // Each inspection's checklist answered item by item; a room's environment once per round (R18–R19).
            try ChecklistSchema.create(db)
        }
        m.registerMigration("v16-licences-imaging") { db in
            // Licences with their devices, verifications and exemption; the imaging centre's daily
            // running-status log and device specs (R65–R70, R90–R95).
            try LicenceSchema.create(db)
        }
        m.registerMigration("v17-archive-fields") { db in
            // The R6 fields and flags: supplier, purchase value, service-life end, maintenance person;
            // rescue, key, large, valuable, specialty, vendor-serviced (ArchiveFieldsSchema.swift).
            try ArchiveFieldsSchema.migrate(db)
        }
        m.registerMigration("v18-operating-calendars") { db in
            // Maintenance with its start and end, the planned downtime of uptime (R34, DOMAIN §4.6).
            try MaintenanceSpanSchema.create(db)
            // Weekly operating hours per department or device, for uptime over scheduled hours (R68).
            try OperatingCalendarSchema.create(db)
        }
        m.registerMigration("v19-derived-compliance-marks") { db in
            // Where each device's compliance walk stands at each quarter's first day (issue #12).
            try ComplianceMarks.create(db)
        }
        m.registerMigration("v20-maintenance-modes") { db in
            // Plans scheduled concentrated in a window or in rotation when idle, and the deferrals
            // of rotation tasks because the device is in use (R33).
            try MaintenanceModeSchema.create(db)
        }
        m.registerMigration("v21-stability-baselines") { db in
            // Stability tests' exposure and geometry, and each item judged against its baseline (R80–R81).
            try StabilitySchema.create(db)
        }
        m.registerMigration("v22-radiation-safety-licences") { db in
            // The optional radiation safety licence with its scope, validity and devices (R94).
            try SafetyLicenceSchema.create(db)
        }
        m.registerMigration("v23-inspections-by-day") { db in
            // The inspections of a window counted from one index, not the table (`report kpi`'s IPM
            // yield, issue #12): what they found, by kind, in day order.
            try db.execute(sql: "CREATE INDEX inspections_day ON inspections(day, kind, result, at, device)")
        }
        m.registerMigration("v24-derived-due-inspections") { db in
            // Each device's due day per kind, kept (issue #12): the overdue report and the
            // dashboard read the overdue rows from an index instead of every device's schedule.
            try DueInspections.create(db)
        }
        return m
    }
}
