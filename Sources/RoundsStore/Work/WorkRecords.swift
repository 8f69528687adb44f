import GRDB
import RoundsCore

/// A request to record one piece of work (`rounds record ...` or a keystroke in round mode).
///
/// `at` and `by` are when and by whom the work was done (`--at`, `--by`); the store also keeps when
/// and by whom it was entered (R4: both times are kept).
public struct WorkStamp: Sendable {
    public var device: String
    public var at: Instant
    public var by: String
    public var note: String

    public init(device: String, at: Instant, by: String, note: String = "") {
        self.device = device; self.at = at; self.by = by; self.note = note
    }
}

/// What recording an inspection created: the inspection row, a hazard item for a hazard, a repair
/// ticket for a fault.
public struct RecordedInspection: Sendable, Equatable {
    public var inspection: Int64
    /// The first hazard item opened (the only one of a summary record).
    public var hazard: Int64?
    public var fault: FaultReport?
    /// Every hazard item opened: one per abnormal checklist item that raises a hazard.
    public var hazards: [Int64]

    init(inspection: Int64, hazard: Int64?, fault: FaultReport?, hazards: [Int64]? = nil) {
        self.inspection = inspection; self.hazard = hazard; self.fault = fault
        self.hazards = hazards ?? hazard.map { [$0] } ?? []
    }
}

extension Recorder {
    /// The device a record is for, refusing unknown and scrapped devices (R8) and unknown people.
    /// Checks that the work names a device that takes records (not scrapped, R8) and a person in the
    /// archive. Reads the device's status only: this runs for every record of an import or a
    /// generated history.
    func checkWorkTarget(_ stamp: WorkStamp) throws {
        guard let status = try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM equipment WHERE tag = ?"), arguments: [stamp.device]) else {
            throw StoreError.notFound(en: "no device with tag '\(stamp.device)'", zh: "没有资产编号为 '\(stamp.device)' 的设备")
        }
        if status == EquipmentStatus.scrapped.rawValue { throw StoreError.refused("R8", en: "device \(stamp.device) is scrapped: it takes no new records", zh: "设备 \(stamp.device) 已报废，不再接受新记录") }
        guard try person(stamp.by) != nil else {
            throw StoreError.notFound(en: "no person with login '\(stamp.by)' (--by)", zh: "没有登录名为 '\(stamp.by)' 的人员 (--by)")
        }
    }

    /// The device the work names, checked as ``checkWorkTarget(_:)`` checks it and decoded (a
    /// checklist asks for its category and flags).
    func workTarget(_ stamp: WorkStamp) throws -> Equipment {
        try checkWorkTarget(stamp)
        return try Row.fetchOne(db.cachedStatement(sql: ArchiveRows.equipmentSelect + " WHERE tag = ?"), arguments: [stamp.device]).map(ArchiveRows.equipment)!
    }

    func common(_ stamp: WorkStamp, calendar: FacilityCalendar) -> [String: (any DatabaseValueConvertible)?] {
        ["device": stamp.device, "note": stamp.note, "at": stamp.at.seconds, "day": calendar.day(of: stamp.at).description,
         "by": stamp.by, "recorded_at": at.seconds, "recorded_by": actor]
    }

    /// Records an inspection (R12–R21) as the contract's summary record: a result without an
    /// itemised checklist (`rounds record inspection` with no `--item`, DECISIONS "Checklists"). A
    /// `hazard` opens a hazard item (R16); a `fault` opens a repair ticket with the device out of
    /// service (R36), or joins the device's open ticket (R103).
    @discardableResult
    public func recordInspection(_ stamp: WorkStamp, kind: InspectionKind, result: InspectionResult,
                                 calendar: FacilityCalendar, round: Int64? = nil, correcting: Int64? = nil,
                                 correctionReason: String? = nil) throws -> RecordedInspection {
        try checkWorkTarget(stamp)
        let id = try insertInspection(stamp, kind: kind, result: result, calendar: calendar, round: round,
                                      correcting: correcting, correctionReason: correctionReason)
        var hazard: Int64?
        var fault: FaultReport?
        switch result {
        case .ok: break
        case .hazard: hazard = try raiseHazard(stamp, inspection: id, note: stamp.note)
        case .fault: fault = try raiseFault(stamp, text: stamp.note, calendar: calendar)
        }
        return RecordedInspection(inspection: id, hazard: hazard, fault: fault)
    }

    /// The inspection row itself, signed, and the correction it makes; refuses a second record of
    /// one device in one round.
    func insertInspection(_ stamp: WorkStamp, kind: InspectionKind, result: InspectionResult, calendar: FacilityCalendar,
                          round: Int64?, correcting: Int64?, correctionReason: String?) throws -> Int64 {
        if let round, let earlier = try Row.fetchOne(db, sql: """
            SELECT i.by, i.at FROM inspections i WHERE i.round = ? AND i.device = ? AND i.id IS NOT ? AND \(Store.current("i")) LIMIT 1
            """, arguments: [round, stamp.device, correcting]) {
            // Two people in one round: the second does not record the same device twice.
            let by: String = earlier["by"], when = calendar.format(Instant(seconds: earlier["at"]))
            throw StoreError.ruled(RuleText(
                en: "\(stamp.device) was already inspected in this round by \(by) at \(when): not recorded twice (a correction: rounds record inspection --corrects)",
                zh: "\(stamp.device) 本轮巡检已由 \(by) 于 \(when) 记录：不重复记录（更正请用 rounds record inspection --corrects）"))
        }
        var values = common(stamp, calendar: calendar)
        values["round"] = round
        values["kind"] = kind.rawValue
        values["result"] = result.rawValue
        let id = try insert("inspections", values)
        try sign("inspections", row: id, by: stamp.by, meaning: .performedInspection)
        if let correcting {
            try correct(.inspection, original: correcting, replacement: id,
                        reason: correctionReason ?? "inspected again in round #\(round.map(String.init) ?? "-") and confirmed / 本轮重新巡查并确认")
        }
        return id
    }

    /// A hidden hazard item found by inspection `inspection` (R16).
    func raiseHazard(_ stamp: WorkStamp, inspection: Int64, note: String) throws -> Int64 {
        try insert("hazards", ["device": stamp.device, "inspection": inspection, "note": note, "at": stamp.at.seconds, "by": stamp.by])
    }

    /// A repair ticket for a fault found on inspection (R36), or the device's open ticket (R103).
    func raiseFault(_ stamp: WorkStamp, text: String, calendar: FacilityCalendar) throws -> FaultReport {
        try reportFault(device: stamp.device, fault: text.isEmpty ? "fault found on inspection" : text,
                        at: stamp.at, by: stamp.by, source: .inspection, calendar: calendar)
    }

    /// Records an operator's daily check (R22–R24).
    @discardableResult
    public func recordDailyCheck(_ stamp: WorkStamp, problem: Bool, calendar: FacilityCalendar) throws -> Int64 {
        try checkWorkTarget(stamp)
        var values = common(stamp, calendar: calendar)
        values["result"] = problem ? "problem" : "ok"
        let id = try insert("daily_checks", values)
        try sign("daily_checks", row: id, by: stamp.by, meaning: .performedDailyCheck)
        return id
    }

    /// Records maintenance of a tier (R26–R32). Second-level maintenance is done jointly (IMR 2.3):
    /// `with` names the second person, who must exist and differ from `by`.
    @discardableResult
    public func recordMaintenance(_ stamp: WorkStamp, tier: MaintenanceTier, with partner: String?, plugTest: Bool?,
                                  span: MaintenanceSpan? = nil, calendar: FacilityCalendar) throws -> Int64 {
        try checkWorkTarget(stamp)
        // R29: second-level maintenance is signed by both the maintenance person and a repair
        // technician; with one signature it cannot be completed.
        if tier == .second && (partner ?? "").isEmpty {
            throw StoreError.refused("R29", en: "second-level maintenance is signed by two people, the maintenance person and a repair technician: give the second with --with LOGIN (and their --with-pin)",
                                     zh: "二级保养须由保养人和维修人员两人签名：请用 --with LOGIN 给出第二签名人（及其 --with-pin）")
        }
        if let partner, !partner.isEmpty {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM people WHERE login = ?)", arguments: [partner]) == true else {
                throw StoreError.notFound(en: "no person with login '\(partner)' (--with)", zh: "没有登录名为 '\(partner)' 的人员 (--with)")
            }
            if partner == stamp.by {
                throw StoreError.refused("R29", en: "the second signature (--with) must be another person than --by",
                                         zh: "第二签名人（--with）必须是 --by 以外的另一人")
            }
        }
        var values = common(stamp, calendar: calendar)
        values["tier"] = tier.rawValue
        values["with_login"] = partner ?? ""
        values["plug_test"] = plugTest.map { $0 ? "pass" : "fail" } ?? ""
        let id = try insert("maintenance", values)
        // R34: with a start and an end the device was out for it, as planned downtime (MaintenanceSpans.swift).
        if let span { try recordSpan(span, maintenance: id, stamp, calendar: calendar) }
        try sign("maintenance", row: id, by: stamp.by, meaning: .performedMaintenance)
        if let partner, !partner.isEmpty { try sign("maintenance", row: id, by: partner, meaning: .jointMaintenance) }
        if plugTest == false {
            // R32: a failed powered test of rescue equipment opens a repair ticket.
            try reportFault(device: stamp.device, fault: stamp.note.isEmpty ? "插电测试未通过 / powered test failed (R32)" : stamp.note,
                            at: stamp.at, by: stamp.by, source: .maintenance, calendar: calendar)
        }
        return id
    }
}

extension Store {
    /// The SQL condition "this inspection (alias `alias`) was not corrected".
    static func current(_ alias: String) -> String {
        "NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'inspections' AND x.original = \(alias).id)"
    }

    /// Every inspection on or before `day` (and on or after `first`, when given), for the schedule
    /// rules (later records are ignored). The records the IPM yield's counts are checked against
    /// (``inspectionTallies(from:through:now:department:)`` counts them from an index).
    public func inspections(from first: Day? = nil, through day: Day) throws -> [InspectionRecord] {
        try read { db in
            // A cursor, not fetchAll: years of records are read once, row by row.
            var out: [InspectionRecord] = []
            // Corrected records are read through their corrections (Corrections.swift).
            let corrected = try Store.correctedIDs(db, .inspection)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, device, kind, result, at, day FROM inspections WHERE day >= ? AND day <= ? ORDER BY device, day",
                                           arguments: [first?.description ?? "", day.description])
            while let r = try rows.next() {
                if !corrected.isEmpty && corrected.contains(r["id"]) { continue }
                guard let kind = InspectionKind(rawValue: r["kind"]), let d = Day(parsing: r["day"]) else { continue }
                out.append(InspectionRecord(device: r["device"], kind: kind, at: Instant(seconds: r["at"]), day: d,
                                            result: InspectionResult(rawValue: r["result"]) ?? .ok))
            }
            return out
        }
    }

    /// Every current inspection on or before `day` as the schedule walks read it, one device at a
    /// time: `body` gets a device's tag and its records (device, kind and day; `at` is the start of
    /// the day, the result is not read and left `.ok`). Devices without records are not named.
    ///
    /// The compliance walk needs each device's whole history from its base day (a missed cycle
    /// moves every later due day), so this reads every record — but only from the covering index
    /// `inspections(device, kind, day)`, never the table; it parses each distinct day once and holds
    /// one device's records at a time, so memory does not grow with the history.
    /// Every inspection's device, kind, day and id on or before `?`, by device, from the covering
    /// index alone (EXPLAIN-guarded in the tests).
    static let historySQL = """
        SELECT device, kind, day, id FROM inspections INDEXED BY inspections_device_kind WHERE day <= ? ORDER BY device
        """

    func eachDeviceHistory(through day: Day, _ body: (String, [InspectionRecord]) throws -> Void) throws {
        try read { db in
            let corrected = try Store.correctedIDs(db, .inspection)
            let calendar = settings.calendar
            var days: [String: (Day, Instant)] = [:]
            var device: String?
            var records: [InspectionRecord] = []
            let rows = try Row.fetchCursor(db, sql: Self.historySQL, arguments: [day.description])
            while let r = try rows.next() {
                if !corrected.isEmpty && corrected.contains(r[3]) { continue }
                let tag: String = r[0], text: String = r[2]
                guard let kind = InspectionKind(rawValue: r[1]) else { continue }
                let parsed: (Day, Instant)
                if let known = days[text] { parsed = known } else {
                    guard let d = Day(parsing: text) else { continue }
                    parsed = (d, calendar.startOfDay(d))
                    days[text] = parsed
                }
                if let current = device, current != tag {
                    try body(current, records)
                    records.removeAll(keepingCapacity: true)
                }
                device = tag
                records.append(InspectionRecord(device: tag, kind: kind, at: parsed.1, day: parsed.0))
            }
            if let device { try body(device, records) }
        }
    }

    /// A device's (`?1`) latest current inspection of each kind on or before a day (`?2`), from its
    /// records: one range of `inspections(device, kind, day)` (EXPLAIN-guarded in the tests).
    static let latestAsOfSQL = """
        SELECT kind, MAX(day) FROM inspections i WHERE i.device = ? AND i.day <= ? AND \(current("i")) GROUP BY kind
        """

    /// Per device and kind, its latest current inspection on or before `day`: at most three records
    /// per device, which give the due rules the same answer as the whole history (CONTRACT: "L = the
    /// latest inspection"; a cadence counts records by kind only, so its latest counting record is
    /// among these three).
    ///
    /// The store keeps exactly these, per device and kind, in the derived table `latest_inspections`
    /// (Derived/LatestInspections.swift): one read of it, however long the history. A device whose
    /// kept latest lies after `day` (an "as of" question about the past) is read from its records
    /// instead, one index seek per kind (`inspections(device, kind, day)`).
    public func latestInspections(through day: Day) throws -> [InspectionRecord] {
        try read { db in
            let cutoff = day.description
            // Rows come in key order (device, kind) and few distinct days repeat across thousands of
            // devices: each day text is parsed once.
            var days: [String: (day: Day, start: Instant)] = [:]
            func parsed(_ text: String) -> (day: Day, start: Instant)? {
                if let known = days[text] { return known }
                guard let d = Day(parsing: text) else { return nil }
                let value = (day: d, start: settings.calendar.startOfDay(d))
                days[text] = value
                return value
            }
            var out: [InspectionRecord] = []
            var later: [String] = []
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT device, kind, day FROM latest_inspections ORDER BY device, kind"))
            while let r = try cursor.next() {
                let device: String = r[0], dayText: String = r[2]
                if dayText > cutoff {
                    if later.last != device { later.append(device) }
                    continue
                }
                guard let kind = InspectionKind(rawValue: r[1]), let d = parsed(dayText) else { continue }
                out.append(InspectionRecord(device: device, kind: kind, at: d.start, day: d.day))
            }
            // A device with a record after the cutoff: its latest of each kind as of the cutoff, from the records.
            guard !later.isEmpty else { return out }
            let laterSet = Set(later)
            out.removeAll { laterSet.contains($0.device) }
            let exact = try db.cachedStatement(sql: Self.latestAsOfSQL)
            for device in later {
                for r in try Row.fetchAll(exact, arguments: [device, cutoff]) {
                    guard let kind = InspectionKind(rawValue: r[0]), let d = parsed(r[1]) else { continue }
                    out.append(InspectionRecord(device: device, kind: kind, at: d.start, day: d.day))
                }
            }
            return out.sorted { ($0.device, $0.kind.rawValue) < ($1.device, $1.kind.rawValue) }
        }
    }

    /// Inspection compliance for a period (R21, R96), each device walked from its base over its whole
    /// history: the definition ``complianceReport(from:to:today:rules:)`` answers from the marks.
    public func complianceReportByFullWalk(from: Day, to: Day, today: Day, rules: ScheduleRules? = nil) throws -> ComplianceReport {
        let rules = try rules ?? scheduleRules()
        let devices = try equipment()
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        // One device at a time (its history, then its walk): the same items as one build over every
        // record, with one device's records in memory.
        let byTag = Dictionary(devices.map { ($0.tag, $0) }, uniquingKeysWith: { a, _ in a })
        var items: [ComplianceReport.Item] = []
        var walked: Set<String> = []
        func walk(_ device: Equipment, _ records: [InspectionRecord]) {
            walked.insert(device.tag)
            items += ComplianceReport.build(devices: [device], keyDepartments: keys, since: settings.since, today: today,
                                            from: from, to: to, records: records, rules: rules).items
        }
        try eachDeviceHistory(through: today) { tag, records in
            if let device = byTag[tag] { walk(device, records) }
        }
        for device in devices where !walked.contains(device.tag) { walk(device, []) }
        return ComplianceReport(from: from, to: to, asOf: today, items: items)
    }
}
