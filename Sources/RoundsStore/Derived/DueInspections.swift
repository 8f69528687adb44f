import GRDB
import RoundsCore

/// Each tracked device's due day for each kind of inspection it owes (R12, R13, R17, R21): what the
/// overdue report and the dashboard's counts read, kept instead of worked out for every device at
/// every question.
///
/// The table `due_inspections` has one row per device and kind that `InspectionSchedule` says the
/// device owes (ten-day for life-support and emergency devices of key departments, monthly and
/// quarterly for every tracked device): its department, its due day and the latest counting
/// inspection that day was computed from (CONTRACT "Which inspections are due"). A due day does not
/// depend on the day asked about, so "overdue today" is `due < today`, a range of the index
/// `due_inspections_due`: the report reads the overdue and due-soon rows only, not 15,000 devices.
///
/// It is derived state (docs/DECISIONS.md, "Derived state"): not audited, kept in the write
/// transaction (at its end, once per device: ``PendingDerived``), rebuilt and compared by `rounds
/// verify`. A row depends on
/// - the device's latest current inspection of each kind (``LatestInspections``): an inspection, a
///   correction or a void refreshes the device;
/// - its archive row (status, life-support and emergency flags, department, in-service day): a save
///   of the device refreshes it;
/// - whether its department is key: a save of the department refreshes its devices;
/// - `since` and the schedule rules: a change of either rebuilds the table.
///
/// Only records dated on or before the day asked about count (CONTRACT). The rows count every
/// current record, so a device with a record after that day (an "as of" question about the past) is
/// answered from its records instead (``Store/overdueReport(today:rules:)``).
enum DueInspections {
    static let table = "due_inspections"

    /// The table and its index, created by the migration `v24-derived-due-inspections`, which also
    /// fills it; with them the index on `latest_inspections(day)` that finds the devices a question
    /// about a past day must work out from their records (``laterSQL``).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE due_inspections (
                device TEXT NOT NULL,
                kind TEXT NOT NULL,
                department TEXT NOT NULL,
                due TEXT NOT NULL,
                last TEXT,
                PRIMARY KEY (device, kind)
            ) WITHOUT ROWID;
            CREATE INDEX due_inspections_due ON due_inspections(due, department, last);
            CREATE INDEX latest_inspections_day ON latest_inspections(day);
            """)
        try rebuild(db)
    }

    /// One row: when one device next owes one kind of inspection.
    struct Due: Equatable {
        var device: String
        var kind: String
        var department: String
        var due: String
        var last: String?

        var requirement: Requirement? {
            guard let kind = InspectionKind(rawValue: kind), let due = Day(parsing: due) else { return nil }
            return Requirement(device: device, department: department, kind: kind, due: due, lastInspection: last.flatMap { Day(parsing: $0) })
        }
    }

    /// What the rows depend on besides each device's own facts.
    struct Context {
        var rules: ScheduleRules
        var since: Day
        var keyDepartments: Set<String>

        /// Nil while the store is being created (no `since` yet: no device either).
        static func read(_ db: Database) throws -> Context? {
            guard let walk = try ComplianceMarks.Context.read(db) else { return nil }
            return Context(rules: walk.rules, since: walk.since, keyDepartments: try DueInspections.keyDepartments(db))
        }
    }

    /// The codes of the key departments (R13: their life-support and emergency devices owe the ten-day check).
    static func keyDepartments(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db.cachedStatement(sql: "SELECT code FROM departments WHERE is_key")))
    }

    /// The devices of a department: whose due days a save of the department may move.
    static func devices(_ db: Database, department: String) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT tag FROM equipment WHERE department = ?"), arguments: [department])
    }

    /// One device's rows from its archive row and its latest current inspection day of each kind,
    /// in kind order (the table's key order): the requirements of `InspectionSchedule` with every
    /// current record counted.
    static func rows(_ device: Equipment, latest: [InspectionKind: Day], context: Context) -> [Due] {
        let base = InspectionSchedule.baseDay(inService: device.inService, since: context.since)
        let kinds = InspectionSchedule.applicableKinds(for: device, departmentIsKey: context.keyDepartments.contains(device.department))
        return kinds.sorted { $0.rawValue < $1.rawValue }.map { kind in
            let cadence = Cadence(kind: kind, rules: context.rules)
            // The latest counting record on or after B: the greatest of the latest of each kind
            // this cadence counts (the latest of a kind before B means none of it on or after B).
            let last = latest.filter { cadence.counts($0.key) && $0.value >= base }.values.max()
            return Due(device: device.tag, kind: kind.rawValue, department: device.department,
                       due: cadence.due(base: base, latest: last).description, last: last?.description)
        }
    }

    /// Every device's rows from the records, in (device, kind) order, one device at a time: the
    /// archive merged with each device's latest current inspections derived from the inspection
    /// records themselves (``LatestInspections/derive(_:device:_:)``), not from the kept table.
    static func derive(_ db: Database, device only: String? = nil, _ each: (Due) throws -> Void) throws {
        guard let context = try Context.read(db) else { return }
        var latest: [String: [InspectionKind: Day]] = [:]
        try LatestInspections.derive(db, device: only) { row in
            if let kind = InspectionKind(rawValue: row.kind), let day = Day(parsing: row.day) { latest[row.device, default: [:]][kind] = day }
        }
        let devices = try Row.fetchCursor(db, sql: owingSelect + (only == nil ? " ORDER BY tag" : " WHERE tag = ?"),
                                          arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        while let r = try devices.next() {
            let device = owing(r)
            for due in rows(device, latest: latest[device.tag] ?? [:], context: context) { try each(due) }
        }
    }

    /// The archive columns a due day depends on, for every device (`ORDER BY tag`) or one (`WHERE tag = ?`).
    static let owingSelect = "SELECT tag, department, status, life_support, emergency, in_service FROM equipment"

    /// A device as far as its due days go, from a row of ``owingSelect``, read with the archive's
    /// own defaults (``ArchiveRows/equipment(_:)``), so the rows agree with the archive as shown.
    static func owing(_ r: Row) -> Equipment {
        var e = Equipment(tag: r[0], name: "", department: r[1], inService: Day(parsing: r[5]) ?? Day(1970, 1, 1)!)
        e.status = EquipmentStatus(rawValue: r[2]) ?? .inService
        e.lifeSupport = r[3]
        e.emergency = r[4]
        return e
    }

    static let insertSQL = "INSERT INTO due_inspections (device, kind, department, due, last) VALUES (?, ?, ?, ?, ?)"

    /// Empties the table and fills it from the records.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM due_inspections")
        let insert = try db.makeStatement(sql: insertSQL)
        try derive(db) { try insert.execute(arguments: [$0.device, $0.kind, $0.department, $0.due, $0.last]) }
    }

    // MARK: Kept in the write transaction

    /// Brings the rows up to date with what a transaction wrote (``PendingDerived``).
    static func apply(_ db: Database, _ pending: PendingDerived) throws {
        if pending.rulesChanged { try rebuild(db); return }
        guard !pending.dueDevices.isEmpty || !pending.dueDepartments.isEmpty, let context = try Context.read(db) else { return }
        var devices = pending.dueDevices
        for department in pending.dueDepartments {
            devices.formUnion(try Self.devices(db, department: department))
        }
        for device in devices.sorted() { try refresh(db, device: device, context: context) }
    }

    /// Derives one device's rows again from its archive row and the kept latest inspections (which
    /// the same transaction has already brought up to date, row by row).
    static func refresh(_ db: Database, device tag: String, context: Context) throws {
        try db.cachedStatement(sql: "DELETE FROM due_inspections WHERE device = ?").execute(arguments: [tag])
        guard let device = try Row.fetchOne(db.cachedStatement(sql: owingSelect + " WHERE tag = ?"), arguments: [tag]).map(owing) else { return }
        var latest: [InspectionKind: Day] = [:]
        let kept = try Row.fetchCursor(db.cachedStatement(sql: "SELECT kind, day FROM latest_inspections WHERE device = ?"), arguments: [tag])
        while let r = try kept.next() {
            if let kind = InspectionKind(rawValue: r[0]), let day = Day(parsing: r[1]) { latest[kind] = day }
        }
        let insert = try db.cachedStatement(sql: insertSQL)
        for due in rows(device, latest: latest, context: context) {
            try insert.execute(arguments: [due.device, due.kind, due.department, due.due, due.last])
        }
    }

    // MARK: Read by the reports

    /// The rows due on or before `day` (the overdue and the due-soon), from the index on `due`.
    static let dueThroughSQL = "SELECT device, kind, department, due, last FROM due_inspections INDEXED BY due_inspections_due WHERE due <= ?"

    /// The devices with a current inspection dated after `day`, from the index on the kept latest day.
    static let laterSQL = "SELECT DISTINCT device FROM latest_inspections INDEXED BY latest_inspections_day WHERE day > ?"

    // MARK: Checked by verify

    /// The first difference between the table and the records, in a sentence; nil when they agree.
    /// Both sides stream in (device, kind) order. With `device`, that device's rows only.
    static func mismatch(_ db: Database, device only: String? = nil) throws -> String? {
        let stored = try Row.fetchCursor(db, sql: """
            SELECT device, kind, department, due, last FROM due_inspections \(only == nil ? "" : "WHERE device = ?") ORDER BY device, kind
            """, arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        func next() throws -> Due? { try stored.next().map { Due(device: $0[0], kind: $0[1], department: $0[2], due: $0[3], last: $0[4]) } }
        func say(_ what: String) -> String {
            "derived table due_inspections \(what): it disagrees with the records (changed outside rounds)"
        }
        return try DerivedState.firstDifference(
            stored: next, derived: { try derive(db, device: only, $0) }, key: { [$0.device, $0.kind] },
            sameValues: { $0 == $1 },
            extra: { say("has a row for \($0.device) \($0.kind) that the records do not give") },
            lacking: { say("lacks \($0.device) \($0.kind) (due \($0.due))") },
            differing: { h, want in
                h.due != want.due ? say("says \(h.device) \(h.kind) is due on \(h.due), the records say \(want.due)")
                    : h.department != want.department ? say("puts \(h.device) in \(h.department), the archive says \(want.department)")
                    : say("says \(h.device) \(h.kind) was last inspected on \(h.last ?? "no day"), the records say \(want.last ?? "never")")
            })
    }
}
