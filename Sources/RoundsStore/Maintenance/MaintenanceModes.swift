import GRDB
import RoundsCore

/// The tables of R33, migration "v20-maintenance-modes", both insert-only and audited:
///
/// - `maintenance_modes`: a plan's scheduling (``MaintenanceScheduling``); the latest row for a
///   device and tier is in force. A table of its own, not columns added to `maintenance_plans`:
///   an added column would change every old plan row's canonical form, which `verify` compares with
///   its audit entry (the reason `maintenance_spans` is a table too, DECISIONS).
/// - `maintenance_deferrals`: a rotation plan's task put off because the device is in use, on a
///   local day; the task stays due.
enum MaintenanceModeSchema {
    static let auditedTables = ["maintenance_modes", "maintenance_deferrals"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE maintenance_modes (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                tier TEXT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('standard', 'concentrated', 'rotation')),
                window_from TEXT NOT NULL DEFAULT '',
                window_to TEXT NOT NULL DEFAULT '',
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX maintenance_modes_plan ON maintenance_modes(device, tier, id);
            CREATE TABLE maintenance_deferrals (
                id INTEGER PRIMARY KEY,
                device TEXT NOT NULL REFERENCES equipment(tag),
                tier TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason = 'device-in-use'),
                note TEXT NOT NULL DEFAULT '',
                day TEXT NOT NULL,
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX maintenance_deferrals_plan ON maintenance_deferrals(device, tier, day);
            """)
    }
}

extension Recorder {
    /// Schedules the active plan of `tag` for `tier` in a mode (R33); a concentrated plan needs its
    /// window, the other modes take none.
    ///
    /// ```swift
    /// try rec.setMaintenanceScheduling(device: "OR-A01", tier: .second,
    ///     MaintenanceScheduling(mode: .concentrated, window: MaintenanceWindow(from: d1, to: d2)))
    /// ```
    public func setMaintenanceScheduling(device tag: String, tier: MaintenanceTier, _ scheduling: MaintenanceScheduling) throws {
        let work = ChecklistKind(maintenance: tier)           // its name in messages
        guard try activePlanInterval(tag, tier) != nil else {
            throw StoreError.refused("R33", en: "\(tag) has no active \(work.englishName) plan to schedule: set one with rounds maintenance plan",
                                     zh: "\(tag) 没有有效的\(work.chineseName)计划可安排：请先用 rounds maintenance plan 设定")
        }
        if scheduling.mode == .concentrated && scheduling.window == nil {
            throw StoreError.refused("R33", en: "a concentrated plan is done in one window: give --window-from DAY --window-to DAY",
                                     zh: "集中保养须在一个时间窗内完成：请给出 --window-from 日期 --window-to 日期")
        }
        try insert("maintenance_modes", ["device": tag, "tier": tier.rawValue, "mode": scheduling.mode.rawValue,
                                         "window_from": scheduling.window?.from.description ?? "",
                                         "window_to": scheduling.window?.to.description ?? "",
                                         "at": at.seconds, "by": actor])
    }

    /// Defers the task of a rotation plan because the device is in use (R33), on the local day of
    /// this write. The task stays due: it is offered again, and the deferral is counted. Refused
    /// unless the plan is active and in rotation mode, and its task is offered (due within the
    /// due-soon days, or overdue): a task not yet offered cannot be put off.
    public func deferMaintenance(device tag: String, tier: MaintenanceTier, note: String = "", calendar: FacilityCalendar) throws {
        let work = ChecklistKind(maintenance: tier)           // its name in messages
        guard let interval = try activePlanInterval(tag, tier) else {
            throw StoreError.refused("R33", en: "\(tag) has no active \(work.englishName) plan", zh: "\(tag) 没有有效的\(work.chineseName)计划")
        }
        let mode = try String.fetchOne(db, sql: "SELECT mode FROM maintenance_modes WHERE device = ? AND tier = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [tag, tier.rawValue]) ?? MaintenanceMode.standard.rawValue
        guard mode == MaintenanceMode.rotation.rawValue else {
            throw StoreError.refused("R33", en: "only a plan in rotation mode is deferred (device in use); \(tag) \(tier.rawValue) is \(mode)",
                                     zh: "只有轮转保养的计划可因设备在用而推迟；\(tag) \(work.chineseName)为\(Self.modeZh(mode))")
        }
        let day = calendar.day(of: at)
        guard let inService = try String.fetchOne(db, sql: "SELECT in_service FROM equipment WHERE tag = ?", arguments: [tag]).flatMap(Day.init(parsing:)) else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        let base = InspectionSchedule.baseDay(inService: inService, since: storeSettings?.since ?? inService)
        let last = try String.fetchOne(db, sql: """
            SELECT MAX(day) FROM maintenance m WHERE device = ? AND tier = ? AND day <= ? AND day >= ?
              AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = m.id)
            """, arguments: [tag, tier.rawValue, day.description, base.description]).flatMap(Day.init(parsing:))
        let due = MaintenancePlan(device: tag, tier: tier, intervalDays: interval).nextDue(latest: last, base: base)
        let soon = try Store.ruleValues(db)[.dueSoonDays].flatMap(Int.init) ?? ScheduleRules.standard.dueSoonDays
        if case .ok = DueStatus(due: due, today: day, dueSoonDays: soon) {
            throw StoreError.refused("R33", en: "the \(work.englishName) of \(tag) is due \(due), not offered yet on \(day): nothing to defer",
                                     zh: "\(tag) 的\(work.chineseName) \(due) 到期，\(day) 尚未到安排时间，无需推迟")
        }
        try insert("maintenance_deferrals", ["device": tag, "tier": tier.rawValue, "reason": MaintenanceDeferrals.deviceInUse,
                                             "note": note, "day": day.description, "at": at.seconds, "by": actor])
    }

    /// The interval of the plan in force, when it is active.
    private func activePlanInterval(_ tag: String, _ tier: MaintenanceTier) throws -> Int? {
        guard let r = try Row.fetchOne(db, sql: "SELECT interval_days, active FROM maintenance_plans WHERE device = ? AND tier = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [tag, tier.rawValue]), r["active"] as Bool else { return nil }
        return r["interval_days"]
    }

    static func modeZh(_ m: String) -> String {
        switch MaintenanceMode(rawValue: m) { case .concentrated: "集中保养"; case .rotation: "轮转保养"; default: "按期保养" }
    }
}

extension Store {
    /// Each plan's scheduling in force, keyed `device\0tier` (plans never scheduled are standard).
    func maintenanceSchedulings() throws -> [String: MaintenanceScheduling] {
        try read { db in
            var out: [String: MaintenanceScheduling] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT m.* FROM maintenance_modes m
                WHERE m.id = (SELECT MAX(n.id) FROM maintenance_modes n WHERE n.device = m.device AND n.tier = m.tier)
                """) {
                guard let mode = MaintenanceMode(rawValue: r["mode"]) else { continue }
                let window = Day(parsing: r["window_from"]).flatMap { f in Day(parsing: r["window_to"]).flatMap { MaintenanceWindow(from: f, to: $0) } }
                out["\(r["device"] as String)\u{0}\(r["tier"] as String)"] = MaintenanceScheduling(mode: mode, window: window)
            }
            return out
        }
    }

    /// The days of every deferral on or before `day`, keyed `device\0tier`, oldest first.
    func maintenanceDeferralDays(through day: Day) throws -> [String: [Day]] {
        try read { db in
            var out: [String: [Day]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT device, tier, day FROM maintenance_deferrals WHERE day <= ? ORDER BY day, id",
                                      arguments: [day.description]) {
                if let d = Day(parsing: r["day"]) { out["\(r["device"] as String)\u{0}\(r["tier"] as String)", default: []].append(d) }
            }
            return out
        }
    }
}
