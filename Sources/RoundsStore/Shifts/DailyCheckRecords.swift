import GRDB
import RoundsCore

/// What recording a daily check created: the check, and for a problem the focused inspection and
/// the repair request it raised (R24).
public struct RecordedDailyCheck: Sendable, Equatable {
    public var check: Int64
    public var focusedInspection: Int64?
    public var fault: FaultReport?
}

/// A focused inspection (单独重点巡检) raised by a daily-check problem, and the engineer's response.
public struct FocusedInspection: Sendable, Equatable {
    public var id: Int64
    public var device: String
    public var department: String
    public var dailyCheck: Int64
    public var note: String
    public var raisedAt: Instant
    public var raisedBy: String
    public var ticket: String
    public var acknowledgedAt: Instant?
    public var acknowledgedBy: String

    /// Response time (R24): from the problem being raised to an engineer acknowledging it.
    public var responseSeconds: Int64? { acknowledgedAt.map { raisedAt.seconds(until: $0) } }

    public var sheetLine: HandoverSheet.ProblemLine {
        HandoverSheet.ProblemLine(id: id, device: device, note: note, raisedAt: raisedAt, ticket: ticket,
                                  acknowledgedAt: acknowledgedAt, acknowledgedBy: acknowledgedBy)
    }
}

extension Recorder {
    /// Records a daily check (R22). A problem also, in the same transaction (R24):
    /// - raises a focused inspection for the equipment department, timed now (the notification), and
    /// - opens a repair request from the daily check with the device still in service (a draft: the
    ///   engineer decides whether it must stop), or adds the report to its open ticket (R103).
    @discardableResult
    public func checkDevice(_ stamp: WorkStamp, problem: Bool, calendar: FacilityCalendar) throws -> RecordedDailyCheck {
        let id = try recordDailyCheck(stamp, problem: problem, calendar: calendar)
        guard problem else { return RecordedDailyCheck(check: id) }
        let fault = try reportFault(device: stamp.device, fault: stamp.note.isEmpty ? "problem found on the daily check" : stamp.note,
                                    at: stamp.at, by: stamp.by, source: .dailyCheck, outOfService: false, calendar: calendar)
        let request = try insert("focused_inspections", [
            "device": stamp.device, "daily_check": id, "note": stamp.note, "raised_at": stamp.at.seconds,
            "raised_by": stamp.by, "ticket": fault.number.description,
        ])
        return RecordedDailyCheck(check: id, focusedInspection: request, fault: fault)
    }

    /// An engineer acknowledges a focused inspection request; returns the response time in seconds
    /// (R24). Refuses a second acknowledgement, people who are not repair staff, and a time before
    /// the request.
    @discardableResult
    public func acknowledgeProblem(_ id: Int64, by: String, at when: Instant) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT raised_at FROM focused_inspections WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(en: "no focused inspection #\(id)", zh: "没有重点巡检 #\(id)")
        }
        if let done = try Row.fetchOne(db, sql: "SELECT by, at FROM focused_inspection_acks WHERE request = ?", arguments: [id]) {
            let earlier: String = done["by"]
            throw StoreError.ruled(RuleText(en: "focused inspection #\(id) was already acknowledged by \(earlier)",
                                            zh: "单独重点巡检 #\(id) 已由 \(earlier) 确认"))
        }
        guard let person = try Row.fetchOne(db, sql: "SELECT * FROM people WHERE login = ?", arguments: [by]).map(ArchiveRows.person) else {
            throw StoreError.notFound(en: "no person with login '\(by)'", zh: "没有登录名为 '\(by)' 的人员")
        }
        guard person.has(.engineer) else {
            throw StoreError.refused("R24", en: "a focused inspection is acknowledged by repair staff (engineer); \(by) is not one",
                                     zh: "单独重点巡检须由维修人员（维修工程师）确认；\(by) 不是维修人员")
        }
        let raised = Instant(seconds: row["raised_at"])
        guard when >= raised else {
            throw StoreError.refused("R24", en: "the acknowledgement cannot be before the problem was raised (\(raised))",
                                     zh: "确认时间不能早于问题提出的时间（\(raised)）")
        }
        let ack = try insert("focused_inspection_acks", ["request": id, "by": by, "at": when.seconds, "recorded_at": at.seconds])
        try sign("focused_inspection_acks", row: ack, by: by, meaning: .acknowledgedProblem)
        return raised.seconds(until: when)
    }

    /// Sets a department's shifts and check days (configuration; audited).
    public func setShiftSchedule(_ schedule: ShiftSchedule, department: String) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM departments WHERE code = ?)", arguments: [department]) == true else {
            throw StoreError.notFound(en: "no department '\(department)'", zh: "没有科室 '\(department)'")
        }
        try upsert("department_shifts", key: "department", ["department": department, "starts": schedule.text,
                                                             "working_days": schedule.workingDays.pattern.rawValue])
    }
}

extension Store {
    /// Every department's shifts: its own, or the default for a key / other department.
    public func shiftSchedules() throws -> [String: ShiftSchedule] {
        try read { db in
            var out: [String: ShiftSchedule] = [:]
            for d in try Row.fetchAll(db, sql: "SELECT code, is_key FROM departments") {
                out[d["code"]] = ShiftSchedule.standard(isKey: d["is_key"])
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM department_shifts") {
                let pattern = WorkingDays.Pattern(rawValue: r["working_days"]) ?? .everyDay
                if let s = ShiftSchedule(parsing: r["starts"], workingDays: WorkingDays(pattern: pattern)) { out[r["department"]] = s }
            }
            return out
        }
    }

    /// One department's shifts (the default when it has none of its own or is unknown).
    public func shiftSchedule(department: String) throws -> ShiftSchedule {
        try shiftSchedules()[department] ?? .dayNight
    }

    /// Whether a department has configured its own shifts.
    public func hasOwnShifts(department: String) throws -> Bool {
        try read { try Bool.fetchOne($0, sql: "SELECT EXISTS(SELECT 1 FROM department_shifts WHERE department = ?)", arguments: [department]) ?? false }
    }

    /// The daily checks of a department's devices on a local day, not after `now`, oldest first.
    public func dailyChecks(department: String, day: Day, now: Instant) throws -> [HandoverSheet.CheckRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.device, c.result, c.at, c.by, c.note FROM daily_checks c JOIN equipment e ON e.tag = c.device
                WHERE e.department = ? AND c.day = ? AND c.at <= ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'daily_checks' AND x.original = c.id) ORDER BY c.at, c.id
                """, arguments: [department, day.description, now.seconds]).map {
                HandoverSheet.CheckRecord(device: $0["device"], problem: ($0["result"] as String) == "problem",
                                          at: Instant(seconds: $0["at"]), by: $0["by"], note: $0["note"])
            }
        }
    }

    /// Working days D in `from...through` (and before `today`: a day is missing only from the next
    /// morning, R23) with no daily check of an in-service device, in the facility's days. Sorted by
    /// day, department, device.
    public func missingChecks(from: Day, through: Day, today: Day, department: String? = nil) throws -> [MissingCheck] {
        var out: [MissingCheck] = []
        try eachMissingCheck(from: from, through: through, today: today, department: department) { device, day in
            out.append(MissingCheck(device: device.tag, department: device.department, day: day))
        }
        return out.sorted { ($0.day, $0.department, $0.device) < ($1.day, $1.department, $1.device) }
    }

    /// How many checks ``missingChecks(from:through:today:department:)`` would list: the
    /// dashboard's count, without building and sorting the list (a large hospital with no checks
    /// entered yesterday has fifteen thousand).
    public func missingCheckCount(from: Day, through: Day, today: Day, department: String? = nil) throws -> Int {
        var count = 0
        try eachMissingCheck(from: from, through: through, today: today, department: department) { _, _ in count += 1 }
        return count
    }

    /// Each in-service device's missing daily checks (R22) in `from`…`through`, before today.
    private func eachMissingCheck(from: Day, through: Day, today: Day, department: String?,
                                  _ body: (Equipment, Day) -> Void) throws {
        let last = min(through, today.adding(days: -1))
        guard from <= last else { return }
        let schedules = try shiftSchedules()
        let devices = try equipment(EquipmentFilter(department: department, status: .inService))
        let checked: [String: Set<Day>] = try read { db in
            var out: [String: Set<Day>] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT DISTINCT device, day FROM daily_checks c WHERE day >= ? AND day <= ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'daily_checks' AND x.original = c.id)",
                                      arguments: [from.description, last.description]) {
                if let day = Day(parsing: r["day"]) { out[r["device"], default: []].insert(day) }
            }
            return out
        }
        for d in devices {
            for day in DailyCheckRule.missingChecks(device: d, since: max(settings.since, from),
                                                    workingDays: schedules[d.department]?.workingDays ?? .weekdays,
                                                    checkDays: checked[d.tag] ?? [], today: last.adding(days: 1)) {
                body(d, day)
            }
        }
    }

    /// Focused inspections (R24), newest first; `openOnly`: not yet acknowledged as of `now`.
    public func focusedInspections(department: String? = nil, openOnly: Bool = false, raisedFrom: Instant? = nil,
                                   now: Instant) throws -> [FocusedInspection] {
        try read { db in
            var sql = """
                SELECT f.*, e.department, a.by AS ack_by, a.at AS ack_at FROM focused_inspections f
                JOIN equipment e ON e.tag = f.device
                LEFT JOIN focused_inspection_acks a ON a.request = f.id AND a.at <= ?
                WHERE f.raised_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'daily_checks' AND x.original = f.daily_check AND x.at <= ?)
                """
            // A problem whose daily check was corrected to normal is withdrawn (Evidence/Amendments.swift).
            var args: [any DatabaseValueConvertible] = [now.seconds, now.seconds, now.seconds]
            if let department { sql += " AND e.department = ?"; args.append(department) }
            if openOnly { sql += " AND a.id IS NULL" }
            if let raisedFrom { sql += " AND f.raised_at >= ?"; args.append(raisedFrom.seconds) }
            sql += " ORDER BY f.raised_at DESC, f.id DESC"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { r in
                FocusedInspection(id: r["id"], device: r["device"], department: r["department"], dailyCheck: r["daily_check"],
                                  note: r["note"], raisedAt: Instant(seconds: r["raised_at"]), raisedBy: r["raised_by"],
                                  ticket: r["ticket"], acknowledgedAt: (r["ack_at"] as Int64?).map(Instant.init(seconds:)),
                                  acknowledgedBy: r["ack_by"] ?? "")
            }
        }
    }
}
