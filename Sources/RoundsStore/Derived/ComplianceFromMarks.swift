import GRDB
import RoundsCore

extension Store {
    /// Inspection compliance for a period (R21, R96), resumed at the compliance marks.
    ///
    /// Each device's walk starts at its mark for the quarter of `from` (``ComplianceMarks``) and
    /// reads only the records from the longest step before that quarter on: for a month, some eight
    /// months of records instead of the whole history. A device with no such mark (not inspected
    /// since, or a mark that this `today` cannot use, see `ComplianceWalk.marks`) is walked from its
    /// base over its whole history, as are all devices when `rules` are not the stored ones.
    /// The answer equals ``complianceReportByFullWalk(from:to:today:rules:)`` (tested on random histories).
    public func complianceReport(from: Day, to: Day, today: Day, rules: ScheduleRules? = nil) throws -> ComplianceReport {
        var items: [ComplianceReport.Item] = []
        try eachDevicesCompliance(from: from, to: to, today: today, rules: rules) { items += $0 }
        return ComplianceReport(from: from, to: to, asOf: today, items: items)
    }

    /// The completion tallies of ``complianceReport(from:to:today:rules:)`` (`department`: of its
    /// devices only), overall and for the life-support and emergency group, without keeping the
    /// items: `report kpi` over a year of a large hospital would hold some three hundred thousand.
    public func complianceTotals(from: Day, to: Day, today: Day, department: String? = nil) throws -> ComplianceTotals {
        var totals = ComplianceTotals()
        try eachDevicesCompliance(from: from, to: to, today: today, rules: nil) { items in
            let counted = department.map { d in items.filter { $0.department == d } } ?? items
            totals.add(counted)
        }
        return totals
    }

    /// The report's items, one device at a time in report order (`body` gets each device's items).
    private func eachDevicesCompliance(from: Day, to: Day, today: Day, rules: ScheduleRules?,
                                       _ body: ([ComplianceReport.Item]) -> Void) throws {
        let stored = try scheduleRules()
        let rules = rules ?? stored
        guard rules == stored else { return body(try complianceReportByFullWalk(from: from, to: to, today: today, rules: rules).items) }
        // In the report's order (tag, kind), so its items need no sort.
        let devices = try equipment().sorted { $0.tag < $1.tag }
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        let quarter = from.firstOfQuarter
        let step = ComplianceMarks.longestStep(rules)
        let horizon = quarter.adding(days: step)
        try read { db in
            let corrected = try Store.correctedIDs(db, .inspection)
            var marks: [String: [InspectionKind: Day]] = [:]
            for r in try Row.fetchAll(db, sql: Self.marksAtSQL, arguments: [quarter.description]) {
                if let kind = InspectionKind(rawValue: r[1]), let due = Day(parsing: r[2]) { marks[r[0], default: [:]][kind] = due }
            }
            // The window's records of every device, kind and day only (an index seek per device).
            var window: [String: [(InspectionKind, Day)]] = [:]
            // Only the quarterly rule steps further back than two months: the older part of the
            // window reads its records alone (a third of the rows).
            let end = max(today, horizon).description
            let start = quarter.adding(days: -step).description
            let shortStart = quarter.adding(days: -Self.shortStep(rules)).description
            var days: [String: Day] = [:]
            for (sql, arguments) in [(Self.windowSQL, [shortStart, end]), (Self.quarterlyWindowSQL, [start, shortStart])] {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                while let r = try rows.next() {
                    if !corrected.isEmpty && corrected.contains(r[3]) { continue }
                    let text: String = r[2]
                    guard let kind = InspectionKind(rawValue: r[1]), let day = days[text] ?? Day(parsing: text) else { continue }
                    days[text] = day
                    window[r[0], default: []].append((kind, day))
                }
            }
            for device in devices {
                let kinds = InspectionSchedule.applicableKinds(for: device, departmentIsKey: keys.contains(device.department))
                guard !kinds.isEmpty else { continue }
                let base = InspectionSchedule.baseDay(inService: device.inService, since: settings.since)
                let own = window[device.tag] ?? []
                // A mark stands for this question unless a record after today could have moved it.
                let usable = marks[device.tag].flatMap { m in
                    today >= horizon || !own.contains(where: { $0.1 > today }) ? m : nil
                }
                let fromBase = base >= quarter
                guard usable != nil || fromBase else {
                    body(ComplianceReport.build(devices: [device], keyDepartments: keys, since: settings.since, today: today,
                                                    from: from, to: to,
                                                    records: try Self.history(db, device: device.tag, through: today, corrected: corrected),
                                                    rules: rules).items)
                    continue
                }
                var items: [ComplianceReport.Item] = []
                for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
                    let cadence = Cadence(kind: kind, rules: rules)
                    let counting = cadence.countingDays(kindsAndDays: own, base: base, today: today)
                    let start = usable?[kind] ?? cadence.initialDue(base: base)
                    let walk = ComplianceWalk.occurrences(cadence: cadence, startingAt: start, today: today, from: from, to: to,
                                                          sortedDays: counting)
                    items += ComplianceReport.Item.of(walk, device: device, kind: kind)
                }
                body(items)
            }
        }
    }

    /// Every device's marks at one quarter (`?1`): three primary-key seeks a device, the archive
    /// leading (CROSS JOIN keeps SQLite from scanning every mark instead; EXPLAIN-guarded).
    static let marksAtSQL = """
        SELECT m.device, m.kind, m.due FROM equipment e CROSS JOIN compliance_marks m
          ON m.device = e.tag AND m.kind IN ('monthly', 'quarterly', 'ten-day') AND m.quarter = ?1
        """

    /// Every device's inspections on days `?1`…`?2`: three seeks a device into the covering index
    /// `inspections(device, kind, day)`, so no table page is read; the archive leads (without CROSS
    /// JOIN, SQLite reads the whole index; EXPLAIN-guarded).
    static let windowSQL = """
        SELECT i.device, i.kind, i.day, i.id FROM equipment e CROSS JOIN inspections i INDEXED BY inspections_device_kind
          ON i.device = e.tag AND i.kind IN ('monthly', 'quarterly', 'ten-day') AND i.day >= ?1 AND i.day <= ?2
        """

    /// The quarterly records of every device on days `?1` up to (not on) `?2`: the part of the window
    /// only the quarterly rule reaches back to (EXPLAIN-guarded).
    static let quarterlyWindowSQL = """
        SELECT i.device, i.kind, i.day, i.id FROM equipment e CROSS JOIN inspections i INDEXED BY inspections_device_kind
          ON i.device = e.tag AND i.kind = 'quarterly' AND i.day >= ?1 AND i.day < ?2
        """

    /// The longest step of the rules other than the quarterly one: what records of any kind must
    /// reach back (the quarterly rule counts only quarterly records).
    static func shortStep(_ rules: ScheduleRules) -> Int {
        [InspectionKind.tenDay, .monthly].map { Cadence(kind: $0, rules: rules).longestStep }.max()!
    }

    /// One device's current inspections on or before a day.
    static func history(_ db: Database, device: String, through day: Day, corrected: Set<Int64>) throws -> [InspectionRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, day, id FROM inspections WHERE device = ? AND day <= ?"),
                         arguments: [device, day.description]).compactMap { r in
            if !corrected.isEmpty && corrected.contains(r[2]) { return nil }
            guard let kind = InspectionKind(rawValue: r[0]), let d = Day(parsing: r[1]) else { return nil }
            return InspectionRecord(device: device, kind: kind, at: Instant(seconds: 0), day: d)
        }
    }
}
