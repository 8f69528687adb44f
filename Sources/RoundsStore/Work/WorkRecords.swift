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
    public var hazard: Int64?
    public var fault: FaultReport?
}

extension Recorder {
    /// The device a record is for, refusing unknown and scrapped devices (R8) and unknown people.
    func workTarget(_ stamp: WorkStamp) throws -> Equipment {
        guard let device = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM equipment WHERE tag = ?"), arguments: [stamp.device]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound("no device with tag '\(stamp.device)'")
        }
        if device.status == .scrapped { throw StoreError.refused("R8", en: "device \(device.tag) is scrapped: it takes no new records", zh: "设备 \(device.tag) 已报废，不再接受新记录") }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM people WHERE login = ?)"), arguments: [stamp.by]) == true else {
            throw StoreError.notFound("no person with login '\(stamp.by)' (--by)")
        }
        return device
    }

    func common(_ stamp: WorkStamp, calendar: FacilityCalendar) -> [String: (any DatabaseValueConvertible)?] {
        ["device": stamp.device, "note": stamp.note, "at": stamp.at.seconds, "day": calendar.day(of: stamp.at).description,
         "by": stamp.by, "recorded_at": at.seconds, "recorded_by": actor]
    }

    /// Records an inspection (R12–R21). A `hazard` opens a hazard item (R16); a `fault` opens a repair
    /// ticket with the device out of service (R36), or joins the device's open ticket (R103).
    @discardableResult
    public func recordInspection(_ stamp: WorkStamp, kind: InspectionKind, result: InspectionResult,
                                 calendar: FacilityCalendar, round: Int64? = nil, correcting: Int64? = nil,
                                 correctionReason: String? = nil) throws -> RecordedInspection {
        _ = try workTarget(stamp)
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
        var hazard: Int64?
        var fault: FaultReport?
        switch result {
        case .ok: break
        case .hazard:
            hazard = try insert("hazards", ["device": stamp.device, "inspection": id, "note": stamp.note,
                                            "at": stamp.at.seconds, "by": stamp.by])
        case .fault:
            fault = try reportFault(device: stamp.device, fault: stamp.note.isEmpty ? "fault found on inspection" : stamp.note,
                                    at: stamp.at, by: stamp.by, source: .inspection, calendar: calendar)
        }
        return RecordedInspection(inspection: id, hazard: hazard, fault: fault)
    }

    /// Records an operator's daily check (R22–R24).
    @discardableResult
    public func recordDailyCheck(_ stamp: WorkStamp, problem: Bool, calendar: FacilityCalendar) throws -> Int64 {
        _ = try workTarget(stamp)
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
                                  calendar: FacilityCalendar) throws -> Int64 {
        _ = try workTarget(stamp)
        // R29: second-level maintenance is signed by both the maintenance person and a repair
        // technician; with one signature it cannot be completed.
        if tier == .second && (partner ?? "").isEmpty {
            throw StoreError.refused("R29", en: "second-level maintenance is signed by two people, the maintenance person and a repair technician: give the second with --with LOGIN (and their --with-pin)",
                                     zh: "二级保养须由保养人和维修人员两人签名：请用 --with LOGIN 给出第二签名人（及其 --with-pin）")
        }
        if let partner, !partner.isEmpty {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM people WHERE login = ?)", arguments: [partner]) == true else {
                throw StoreError.notFound("no person with login '\(partner)' (--with)")
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
    /// rules (later records are ignored).
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

    /// Per device, the day of its latest inspection of any kind and of its latest quarterly one, on or
    /// before `day`.
    ///
    /// The due rules only look at the latest qualifying record (CONTRACT: "L = the latest inspection
    /// on or after B"), so these two rows per device give the same answer as the whole history, from
    /// an index instead of a scan of years of records.
    public func latestInspections(through day: Day) throws -> [InspectionRecord] {
        try read { db in
            // Two index seeks per device (MAX over (device, day) and (device, kind, day)): the cost
            // grows with the number of devices, not with years of history. The any-kind record is
            // labelled monthly and the other quarterly: exactly what the due rules read from them.
            let sql = """
                SELECT e.tag AS device,
                       (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.day <= ?1) AS any_day,
                       (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.kind = 'quarterly' AND i.day <= ?1) AS quarterly_day
                FROM equipment e
                """
            var out: [InspectionRecord] = []
            // Corrections are rare: the few devices that have one are read again without the
            // corrected records (the plain MAX keeps its index seek for everyone else).
            let corrected = try Store.correctedIDs(db, .inspection)
            let affected: Set<String> = corrected.isEmpty ? [] : Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT device FROM inspections WHERE id IN (SELECT original FROM corrections WHERE tbl = 'inspections')
                """))
            let exact = """
                SELECT e.tag AS device,
                       (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.day <= ?1 AND \(Self.current("i"))) AS any_day,
                       (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.kind = 'quarterly' AND i.day <= ?1 AND \(Self.current("i"))) AS quarterly_day
                FROM equipment e WHERE e.tag = ?2
                """
            var rows = try Row.fetchAll(db, sql: sql, arguments: [day.description]).filter { !affected.contains($0["device"]) }
            for tag in affected.sorted() { rows += try Row.fetchAll(db, sql: exact, arguments: [day.description, tag]) }
            for r in rows {
                let device: String = r["device"]
                for (column, kind) in [("any_day", InspectionKind.monthly), ("quarterly_day", .quarterly)] {
                    if let text: String = r[column], let d = Day(parsing: text) {
                        out.append(InspectionRecord(device: device, kind: kind, at: settings.calendar.startOfDay(d), day: d))
                    }
                }
            }
            return out
        }
    }

    /// The overdue and due-soon inspections as of `today` (CONTRACT "Which inspections are due").
    public func overdueReport(today: Day, rules: ScheduleRules? = nil) throws -> OverdueReport {
        let rules = try rules ?? scheduleRules()
        let devices = try equipment()
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        return OverdueReport.build(devices: devices, keyDepartments: keys, since: settings.since, today: today,
                                   records: try latestInspections(through: today), rules: rules)
    }

    /// Inspection compliance for a period (R21, R96).
    public func complianceReport(from: Day, to: Day, today: Day, rules: ScheduleRules? = nil) throws -> ComplianceReport {
        let rules = try rules ?? scheduleRules()
        let devices = try equipment()
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        return ComplianceReport.build(devices: devices, keyDepartments: keys, since: settings.since, today: today,
                                      from: from, to: to, records: try inspections(through: today), rules: rules)
    }
}
