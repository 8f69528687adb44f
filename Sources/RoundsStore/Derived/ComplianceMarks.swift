import GRDB
import RoundsCore

/// Where each device's compliance walk stands at the first day of each quarter: what lets
/// `report compliance` and `report kpi` read a few months of records instead of ten years.
///
/// The walk (`ComplianceWalk`, R21, R96) carries one due day from occurrence to occurrence, and a
/// missed cycle moves every later due day, so its position in a month depends on the whole history.
/// The table `compliance_marks` keeps that position: per device, kind (ten-day, monthly, quarterly:
/// all three, whichever the device owes now) and quarter start Q with B < Q <= L, the first
/// occurrence due on or after Q of the walk over every current counting record, where B is the
/// device's base day (`InspectionSchedule.baseDay`) and L its latest current inspection day. A report
/// resumes the walk at the latest mark on or before its first day (`ComplianceWalk.marks`).
///
/// It is derived state (docs/DECISIONS.md, "Derived state"): not audited, kept in the write
/// transaction, rebuilt and compared by `rounds verify`. A mark depends on the device's records and
/// its in-service day, on the store's `since` and on the schedule rules, so:
/// - an inspection, or a correction of one, on day x refreshes the device's marks after
///   x − ``Cadence/longestStep`` (earlier marks cannot change), once per device and transaction;
/// - a change of the device's archive row refreshes all of its marks;
/// - a change of `since` or of a schedule rule rebuilds the table.
enum ComplianceMarks {
    static let table = "compliance_marks"

    /// The table, created by the migration `v19-derived-compliance-marks`, which also fills it.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE compliance_marks (
                device TEXT NOT NULL,
                kind TEXT NOT NULL,
                quarter TEXT NOT NULL,
                due TEXT NOT NULL,
                PRIMARY KEY (device, kind, quarter)
            ) WITHOUT ROWID
            """)
        try rebuild(db)
    }

    /// One row: where the walk of one device and kind stands at a quarter's first day.
    struct Mark: Equatable {
        var device: String
        var kind: String
        var quarter: String
        var due: String
    }

    /// The kinds a mark is kept for, in the table's order (raw values sort as the cases do).
    static let kinds = InspectionKind.allCases.sorted { $0.rawValue < $1.rawValue }

    /// The most days any cadence's step can span under `rules`.
    static func longestStep(_ rules: ScheduleRules) -> Int {
        InspectionKind.allCases.map { Cadence(kind: $0, rules: rules).longestStep }.max()!
    }

    // MARK: Derived from the records

    /// What the walk needs to know about the store: its rules and its `since`.
    struct Context {
        var rules: ScheduleRules
        var since: Day

        /// Nil while the store is being created (no `since` yet: no device either).
        static func read(_ db: Database) throws -> Context? {
            guard let since = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = 'since'"))
                .flatMap({ Day(parsing: $0) }) else { return nil }
            return Context(rules: try Store.scheduleRules(db), since: since)
        }
    }

    /// One device's marks from its current counting records (kind, day; any order) and its latest
    /// current inspection day L, starting the walk of each kind at its base or, with `resume`, at the
    /// marks kept for the quarter `resume.quarter`, after which only marks of later quarters are given.
    static func marks(device: String, base: Day, latest: Day?, records: [(InspectionKind, Day)], context: Context,
                      resume: (quarter: Day, dues: [InspectionKind: Day])? = nil) -> [Mark] {
        guard let latest, latest > base else { return [] }
        var points: [Day] = []
        var q = (resume?.quarter ?? base).firstOfNextQuarter
        while q <= latest { points.append(q); q = q.firstOfNextQuarter }
        guard !points.isEmpty else { return [] }
        var out: [Mark] = []
        for kind in kinds {
            let cadence = Cadence(kind: kind, rules: context.rules)
            let days = records.filter { cadence.counts($0.0) && $0.1 >= base }.map(\.1).sorted()
            let dues = resume?.dues[kind].map { ComplianceWalk.marks(cadence: cadence, startingAt: $0, sortedDays: days, at: points) }
                ?? ComplianceWalk.marks(cadence: cadence, base: base, sortedDays: days, at: points)
            for (point, due) in zip(points, dues) {
                out.append(Mark(device: device, kind: kind.rawValue, quarter: point.description, due: due.description))
            }
        }
        return out
    }

    /// Every device's marks from the records, in (device, kind, quarter) order, one device at a time.
    static func derive(_ db: Database, device only: String? = nil, _ each: (Mark) throws -> Void) throws {
        guard let context = try Context.read(db) else { return }
        let corrected = try Store.correctedIDs(db, .inspection)
        let bases = try baseDays(db, device: only, since: context.since)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT device, kind, day, id FROM inspections INDEXED BY inspections_device_kind
            \(only == nil ? "" : "WHERE device = ?") ORDER BY device
            """, arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        var device: String?
        var records: [(InspectionKind, Day)] = []
        func flush() throws {
            guard let d = device, let base = bases[d] else { return }
            for m in marks(device: d, base: base, latest: records.map(\.1).max(), records: records, context: context) { try each(m) }
        }
        while let r = try cursor.next() {
            if !corrected.isEmpty && corrected.contains(r[3]) { continue }
            let tag: String = r[0]
            if device != tag { try flush(); device = tag; records.removeAll(keepingCapacity: true) }
            guard let kind = InspectionKind(rawValue: r[1]), let day = Day(parsing: r[2]) else { continue }
            records.append((kind, day))
        }
        try flush()
    }

    /// Each device's base day B = max(in service, since).
    static func baseDays(_ db: Database, device only: String? = nil, since: Day) throws -> [String: Day] {
        var out: [String: Day] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT tag, in_service FROM equipment \(only == nil ? "" : "WHERE tag = ?")",
                                  arguments: only.map { StatementArguments([$0]) } ?? StatementArguments()) {
            if let d = Day(parsing: r[1]) { out[r[0]] = InspectionSchedule.baseDay(inService: d, since: since) }
        }
        return out
    }

    /// A device's (`?1`) inspections from a day (`?2`) on: three seeks into `inspections(device,
    /// kind, day)` (EXPLAIN-guarded).
    static let recordsSQL = """
        SELECT kind, day, id FROM inspections WHERE device = ?1 AND kind IN ('monthly', 'quarterly', 'ten-day') AND day >= ?2
        """

    static let insertSQL = "INSERT INTO compliance_marks (device, kind, quarter, due) VALUES (?, ?, ?, ?)"

    /// Empties the table and fills it from the records.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM compliance_marks")
        let insert = try db.makeStatement(sql: insertSQL)
        try derive(db) { try insert.execute(arguments: [$0.device, $0.kind, $0.quarter, $0.due]) }
    }

    // MARK: Kept in the write transaction

    /// Brings the marks up to date with what a transaction wrote (``PendingDerived``).
    static func apply(_ db: Database, _ pending: PendingDerived) throws {
        if pending.rulesChanged { try rebuild(db); return }
        guard !pending.marksFrom.isEmpty || !pending.marksWhole.isEmpty, let context = try Context.read(db) else { return }
        let corrected = try Store.correctedIDs(db, .inspection)
        for device in Set(pending.marksFrom.keys).union(pending.marksWhole).sorted() {
            try refresh(db, device: device, after: pending.marksWhole.contains(device) ? nil : pending.marksFrom[device],
                        context: context, corrected: corrected)
        }
    }

    /// Recomputes one device's marks from `after` − the longest step on (all of them when nil).
    ///
    /// This runs once per device and write transaction (every device, every month, in a generated
    /// history), so it reads through cached statements and cursors, and writes only when the marks
    /// it derives differ from the ones kept: most refreshes find them unchanged, or one quarter more.
    static func refresh(_ db: Database, device: String, after day: Day?, context: Context, corrected: Set<Int64>) throws {
        let latest = try String.fetchOne(db.cachedStatement(sql: "SELECT MAX(day) FROM latest_inspections WHERE device = ?"),
                                         arguments: [device]).flatMap { Day(parsing: $0) }
        let inService = try String.fetchOne(db.cachedStatement(sql: "SELECT in_service FROM equipment WHERE tag = ?"),
                                            arguments: [device]).flatMap { Day(parsing: $0) }
        guard let inService, let latest, case let base = InspectionSchedule.baseDay(inService: inService, since: context.since),
              latest > base else {
            try db.cachedStatement(sql: "DELETE FROM compliance_marks WHERE device = ?").execute(arguments: [device])
            return
        }
        // Resume at the latest quarter kept on or before the cutoff (and on or before L): its marks
        // cannot change; every later one is derived again.
        var resume: (quarter: Day, dues: [InspectionKind: Day])?
        if let day {
            let cutoff = min(day.adding(days: -longestStep(context.rules)), latest).description
            var quarter: Day?, dues: [InspectionKind: Day] = [:]
            let kept = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT quarter, kind, due FROM compliance_marks
                WHERE device = ?1 AND quarter = (SELECT MAX(quarter) FROM compliance_marks WHERE device = ?1 AND quarter <= ?2)
                """), arguments: [device, cutoff])
            while let r = try kept.next() {
                quarter = quarter ?? Day(parsing: r[0])
                if let kind = InspectionKind(rawValue: r[1]), let due = Day(parsing: r[2]) { dues[kind] = due }
            }
            if let quarter, dues.count == kinds.count { resume = (quarter, dues) }
        }
        // The records that can still move the walk after the resumed quarter (all, without one).
        let from = resume.map { $0.quarter.adding(days: -longestStep(context.rules)).description } ?? ""
        var records: [(InspectionKind, Day)] = []
        let found = try Row.fetchCursor(db.cachedStatement(sql: recordsSQL), arguments: [device, from])
        while let r = try found.next() {
            if !corrected.isEmpty && corrected.contains(r[2]) { continue }
            if let kind = InspectionKind(rawValue: r[0]), let d = Day(parsing: r[1]) { records.append((kind, d)) }
        }
        let derived = marks(device: device, base: base, latest: latest, records: records, context: context, resume: resume)
        let after = resume?.quarter.description ?? ""
        guard try kept(db, device: device, after: after) != derived else { return }
        try db.cachedStatement(sql: "DELETE FROM compliance_marks WHERE device = ? AND quarter > ?").execute(arguments: [device, after])
        let insert = try db.cachedStatement(sql: insertSQL)
        for m in derived { try insert.execute(arguments: [m.device, m.kind, m.quarter, m.due]) }
    }

    /// A device's kept marks of the quarters after `quarter` ("" for all), in (kind, quarter) order:
    /// the order ``marks(device:base:latest:records:context:resume:)`` gives them in.
    private static func kept(_ db: Database, device: String, after quarter: String) throws -> [Mark] {
        var out: [Mark] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT kind, quarter, due FROM compliance_marks WHERE device = ? AND quarter > ? ORDER BY kind, quarter
            """), arguments: [device, quarter])
        while let r = try rows.next() { out.append(Mark(device: device, kind: r[0], quarter: r[1], due: r[2])) }
        return out
    }

    // MARK: Checked by verify

    /// The first difference between the table and the records, in a sentence; nil when they agree.
    /// Both sides stream in (device, kind, quarter) order. With `device`, that device's rows only.
    static func mismatch(_ db: Database, device only: String? = nil) throws -> String? {
        let stored = try Row.fetchCursor(db, sql: """
            SELECT device, kind, quarter, due FROM compliance_marks \(only == nil ? "" : "WHERE device = ?") ORDER BY device, kind, quarter
            """, arguments: only.map { StatementArguments([$0]) } ?? StatementArguments())
        func next() throws -> Mark? { try stored.next().map { Mark(device: $0[0], kind: $0[1], quarter: $0[2], due: $0[3]) } }
        func say(_ what: String) -> String {
            "derived table compliance_marks \(what): it disagrees with the inspection records (changed outside rounds)"
        }
        return try DerivedState.firstDifference(
            stored: next, derived: { try derive(db, device: only, $0) }, key: { [$0.device, $0.kind, $0.quarter] },
            sameValues: { $0.due == $1.due },
            extra: { say("has a mark for \($0.device) \($0.kind) at \($0.quarter) that the records do not give") },
            lacking: { say("lacks \($0.device) \($0.kind) at \($0.quarter) (due \($0.due))") },
            differing: { h, want in say("says \(h.device) \(h.kind) stood at \(h.due) on \(h.quarter), the records say \(want.due)") })
    }
}
