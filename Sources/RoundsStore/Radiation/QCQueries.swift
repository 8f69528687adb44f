import GRDB
import RoundsCore

/// A finalised QC test as listed and shown (R76): the record, its department, its signatures'
/// people, and (for `show`) its item results.
public struct QCTestSummary: Sendable, Equatable {
    public var id: Int64
    public var test: QCTestRecord
    public var department: String
    public var group: String
    public var certificate: String
    public var passed: Bool
    public var overrideReason: String
    public var overrideBy: String
    /// The corrective repair request a failure opened (R84), "" when none.
    public var ticket: String
    public var recordedAt: Instant
    public var recordedBy: String
    /// A stability test's items judged against their baselines (R80, R81), read by ``Store/qcTest(_:)``
    /// (which also fills the test's ``QCTestRecord/stability``); empty otherwise.
    public var stability: [StabilityResult] = []
}

/// Which tests to list.
public struct QCTestFilter: Sendable {
    public var device: String?
    public var department: String?
    /// Only tests done in this period (inclusive).
    public var from: Day?
    public var through: Day?

    public init(device: String? = nil, department: String? = nil, from: Day? = nil, through: Day? = nil) {
        self.device = device; self.department = department; self.from = from; self.through = through
    }
}

/// A radiation device's QC standing on a day (R79, R84): its standard, when its next status test is
/// due with the reminder reached, and the failed test restricting it, if any.
public struct QCDeviceStanding: Sendable, Equatable {
    public var device: Equipment
    public var standard: String
    /// The last status test day, nil when none is on record (the year then runs from ``base``).
    public var lastStatusTest: Day?
    public var base: Day
    public var due: QCDueStanding
    /// The failed acceptance or status test (id, day) still in force (R84).
    public var restrictedBy: QCRestriction.Entry?
    /// R81: the stability test whose deviation of undetermined cause asks for a status test, until
    /// a status test on or after its day is recorded; ``due`` is then that test's day.
    public var statusTestRequest: QCStatusTestRequest? = nil

    public var isRestricted: Bool { restrictedBy != nil }
}

/// A status test asked for by a stability test (R81): the stability test, its day and the items
/// beyond their control limit with their cause not determined.
public struct QCStatusTestRequest: Sendable, Equatable {
    public var test: Int64
    public var day: Day
    public var items: [String]
}

extension Store {
    /// The tests matching `filter`, by test day then entry, without their items.
    public func qcTests(_ filter: QCTestFilter = QCTestFilter()) throws -> [QCTestSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.*, e.department FROM qc_test_records t JOIN equipment e ON e.tag = t.device
                WHERE (?1 IS NULL OR t.device = ?1) AND (?2 IS NULL OR e.department = ?2)
                  AND (?3 IS NULL OR t.tested_on >= ?3) AND (?4 IS NULL OR t.tested_on <= ?4)
                ORDER BY t.tested_on, t.id
                """, arguments: [filter.device, filter.department, filter.from?.description, filter.through?.description])
                .map { Store.qcSummary($0, items: []) }
        }
    }

    /// Test `id` with every item result, or nil.
    public func qcTest(_ id: Int64) throws -> QCTestSummary? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT t.*, e.department FROM qc_test_records t JOIN equipment e ON e.tag = t.device WHERE t.id = ?",
                                             arguments: [id]) else { return nil }
            let items = try Row.fetchAll(db, sql: "SELECT * FROM qc_test_items WHERE test = ? ORDER BY id", arguments: [id]).map { r in
                QCItemResult(item: r["item"], outcome: QCOutcome(rawValue: r["outcome"]) ?? .fail, measured: r["measured"],
                             requirement: r["requirement"], note: r["note"],
                             manufacturerConfirmation: r["manufacturer_confirmation"], hospitalSeal: r["hospital_seal"])
            }
            var summary = Store.qcSummary(row, items: items)
            if summary.test.kind == .stability { try Store.readStability(db, into: &summary) }
            return summary
        }
    }

    /// The tests of a half-year (R88), for the list reported before 10 January and 10 July.
    public func halfYearTests(_ period: HalfYear) throws -> [QCTestSummary] {
        try qcTests(QCTestFilter(from: period.first, through: period.last))
    }

    /// Every tracked radiation device's standing on `today` (R79, R84), soonest due first. A device
    /// with no status test on record counts its year from its last passed acceptance test, else from
    /// the later of its in-service day and the start of tracking (docs/DECISIONS.md).
    public func qcStandings(today: Day, department: String? = nil, schedule: StatusTestSchedule = StatusTestSchedule()) throws -> [QCDeviceStanding] {
        let devices = try equipment(EquipmentFilter(department: department)).filter {
            $0.status.isTracked && QCStandards.applicable(category: $0.category) != nil
        }
        let tests = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, device, kind, tested_on, conclusion FROM qc_test_records WHERE tested_on <= ? ORDER BY tested_on, id",
                             arguments: [today.description])
        }
        var byDevice: [String: [QCRestriction.Entry]] = [:]
        for r in tests {
            guard let kind = QCTestKind(rawValue: r["kind"]), let day = Day(parsing: r["tested_on"]) else { continue }
            byDevice[r["device"], default: []].append(QCRestriction.Entry(id: r["id"], kind: kind, testedOn: day, passed: r["conclusion"] == "pass"))
        }
        let requests = try statusTestRequests(today: today)
        var out: [QCDeviceStanding] = []
        for d in devices {
            let entries = byDevice[d.tag] ?? []
            let lastStatus = entries.filter { $0.kind == .status }.map(\.testedOn).max()
            let lastAcceptance = entries.filter { $0.kind == .acceptance && $0.passed }.map(\.testedOn).max()
            let base = lastStatus ?? lastAcceptance ?? max(d.inService, settings.since)
            var standing = QCDeviceStanding(device: d, standard: QCStandards.applicable(category: d.category)!.standard.code,
                                            lastStatusTest: lastStatus, base: base, due: schedule.standing(last: base, today: today),
                                            restrictedBy: QCRestriction.failingTest(in: entries))
            // R81: open until a status test on or after the stability test's day.
            if let r = requests[d.tag], lastStatus.map({ $0 < r.day }) ?? true {
                standing.statusTestRequest = r
                if r.day < standing.due.due { standing.due = DueStanding(due: r.day, today: today, reminderDays: schedule.reminderDays) }
            }
            out.append(standing)
        }
        return out.sorted { ($0.due.due, $0.device.tag) < ($1.due.due, $1.device.tag) }
    }

    /// Per device, its earliest stability test through `today` that found an item beyond its
    /// control limit with the cause not determined (R81), not yet followed by a status test — the
    /// caller checks the status tests; here every such test after the device's last status test.
    func statusTestRequests(today: Day) throws -> [String: QCStatusTestRequest] {
        try read { db in
            var out: [String: QCStatusTestRequest] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT t.device, t.id, t.tested_on, group_concat(s.item, ',') AS items FROM qc_stability_results s
                JOIN qc_test_records t ON t.id = s.test
                WHERE s.within = 0 AND s.cause = ? AND t.tested_on <= ?
                  AND t.tested_on > COALESCE((SELECT MAX(u.tested_on) FROM qc_test_records u WHERE u.device = t.device AND u.kind = 'status' AND u.tested_on <= ?), '')
                GROUP BY t.id ORDER BY t.tested_on, t.id
                """, arguments: [StabilityConditions.notDetermined, today.description, today.description]) {
                let device: String = r["device"]
                guard out[device] == nil, let day = Day(parsing: r["tested_on"]) else { continue }
                out[device] = QCStatusTestRequest(test: r["id"], day: day, items: (r["items"] as String).split(separator: ",").map(String.init))
            }
            return out
        }
    }

    /// The devices a failed test restricts on `today` (R84).
    public func qcRestricted(today: Day, department: String? = nil) throws -> [QCDeviceStanding] {
        try qcStandings(today: today, department: department).filter(\.isRestricted)
    }

    /// When the device last passed an acceptance test (R78): the entry time of the latest passed one,
    /// from the item-by-item records and from the older `qc_tests` rows.
    static func lastPassedAcceptanceTest(_ db: Database, device: String) throws -> Instant? {
        // Cached: every ticket step asks it (a generated history asks it hundreds of thousands of times).
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT MAX(t) FROM (
                SELECT MAX(at) AS t FROM qc_tests WHERE device = ?1 AND type = 'acceptance' AND result = 'pass'
                UNION ALL
                SELECT MAX(recorded_at) FROM qc_test_records WHERE device = ?1 AND kind = 'acceptance' AND conclusion = 'pass')
            """), arguments: [device]).map { Instant(seconds: $0) }
    }

    /// The test day of the device's latest passed acceptance test (R77), if any.
    static func lastAcceptancePassDay(_ db: Database, device: String, calendar: FacilityCalendar) throws -> Day? {
        let new = try String.fetchOne(db, sql: "SELECT MAX(tested_on) FROM qc_test_records WHERE device = ? AND kind = 'acceptance' AND conclusion = 'pass'",
                                      arguments: [device]).flatMap(Day.init(parsing:))
        let old = try Int64.fetchOne(db, sql: "SELECT MAX(at) FROM qc_tests WHERE device = ? AND type = 'acceptance' AND result = 'pass'",
                                     arguments: [device]).map { calendar.day(of: Instant(seconds: $0)) }
        return [new, old].compactMap { $0 }.max()
    }

    /// The day of the device's latest repair that replaced an important part (R78), if any.
    static func lastMajorRepairDay(_ db: Database, device: String, calendar: FacilityCalendar) throws -> Day? {
        try Int64.fetchOne(db, sql: """
            SELECT MAX(v.at) FROM ticket_events v JOIN tickets k ON k.number = v.ticket
            WHERE k.device = ? AND v.step LIKE '%"majorPartReplaced":true%'
            """, arguments: [device]).map { calendar.day(of: Instant(seconds: $0)) }
    }

    static func qcSummary(_ r: Row, items: [QCItemResult]) -> QCTestSummary {
        let lines = { (s: String) in s.split(separator: "\n").map(String.init) }
        let test = QCTestRecord(device: r["device"], kind: QCTestKind(rawValue: r["kind"]) ?? .status, standard: r["standard"],
                                organisation: r["organisation"], reportNumber: r["report_number"],
                                testedOn: Day(parsing: r["tested_on"]) ?? Day(dayNumber: 0),
                                reportedOn: (r["reported_on"] as String?).flatMap(Day.init(parsing:)),
                                instruments: lines(r["instruments"]), attachments: lines(r["attachments"]), items: items)
        return QCTestSummary(id: r["id"], test: test, department: r["department"], group: r["device_group"], certificate: r["certificate"],
                             passed: r["conclusion"] == "pass", overrideReason: r["override_reason"], overrideBy: r["override_by"],
                             ticket: r["ticket"], recordedAt: Instant(seconds: r["recorded_at"]), recordedBy: r["recorded_by"])
    }
}
