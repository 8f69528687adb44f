import GRDB
import RoundsCore

/// A plan's standing on a day: when it was last done, when it is next due.
public struct MaintenanceDue: Sendable, Equatable {
    public var plan: MaintenancePlan
    public var department: String
    public var lastDone: Day?
    public var due: Day
    public var status: DueStatus
    /// How the plan is taken up (R33): standard, concentrated in a window, or rotation when idle.
    public var scheduling: MaintenanceScheduling = .standard
    /// The deferrals (device in use, R33) of the current task: after the last time it was done.
    public var deferrals: Int = 0
}

/// The maintenance report: every active plan's standing, and the key-department devices without an
/// active second-level plan (R31).
public struct MaintenanceReport: Sendable, Equatable {
    public var asOf: Day
    public var plans: [MaintenanceDue]
    public var lackingSecondLevel: [Equipment]

    public var overdue: [MaintenanceDue] {
        plans.filter { if case .overdue = $0.status { return true } else { return false } }
    }
}

extension Recorder {
    /// Sets the plan of a device for a tier (R26–R30); without an interval, the category's default
    /// (docs/rules.md, Data/maintenance-intervals.csv). A scrapped device takes no plan (R8).
    ///
    /// R114: changing the interval away from the recommended one (the category's default) needs
    /// `reason`, and the change is listed by `rounds config history`; lengthening the interval of a
    /// life-support device needs the equipment head's proven signature.
    @discardableResult
    public func setMaintenancePlan(device tag: String, tier: MaintenanceTier, intervalDays: Int?, active: Bool = true,
                                   reason: String = "") throws -> MaintenancePlan {
        guard let device = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        if device.status == .scrapped { throw StoreError.refused("R8", en: "device \(tag) is scrapped: it takes no maintenance plan", zh: "设备 \(tag) 已报废，不再制定保养计划") }
        let interval = intervalDays ?? MaintenanceDefaults.standard.intervalDays(tier: tier, category: device.category)
        guard interval > 0 else { throw StoreError.ruled(RuleText(en: "the interval must be at least 1 day", zh: "间隔至少为 1 天")) }
        let recommended = MaintenanceDefaults.standard.intervalDays(tier: tier, category: device.category)
        let current = try Int.fetchOne(db, sql: "SELECT interval_days FROM maintenance_plans WHERE device = ? AND tier = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [tag, tier.rawValue]) ?? recommended
        if interval != recommended, interval != current {
            let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !why.isEmpty else {
                throw StoreError.refused("R114", en: "\(interval) days is not the recommended \(recommended) for \(tag) (\(tier.rawValue)): give the justification with --reason",
                                         zh: "\(interval) 天不是 \(tag)（\(tier.rawValue)）的推荐间隔 \(recommended) 天：请用 --reason 说明理由")
            }
            let approver = device.lifeSupport && interval > current
                ? try approveLongerLifeSupportInterval(RuleText(en: "lengthening the \(tier.rawValue) maintenance of \(tag) from \(current) to \(interval) days",
                                                                zh: "将 \(tag) 的\(tier.rawValue)保养间隔从 \(current) 天延长到 \(interval) 天"))
                : ""
            _ = try recordChange("maintenance-plan \(tag) \(tier.rawValue)", from: String(current), to: String(interval), reason: why, approvedBy: approver)
        }
        try insert("maintenance_plans", ["device": tag, "tier": tier.rawValue, "interval_days": interval, "active": active,
                                         "at": at.seconds, "by": actor])
        return MaintenancePlan(device: tag, tier: tier, intervalDays: interval, active: active)
    }
}

extension Store {
    /// The plans in force: the latest row per device and tier.
    public func maintenancePlans() throws -> [MaintenancePlan] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.* FROM maintenance_plans p
                WHERE p.id = (SELECT MAX(q.id) FROM maintenance_plans q WHERE q.device = p.device AND q.tier = p.tier)
                ORDER BY p.device, p.tier
                """).compactMap { r in
                MaintenanceTier(rawValue: r["tier"]).map { MaintenancePlan(device: r["device"], tier: $0, intervalDays: r["interval_days"], active: r["active"]) }
            }
        }
    }

    /// The latest maintenance day per device and tier on or before `day`.
    func lastMaintenance(through day: Day) throws -> [String: Day] {
        try read { db in
            var out: [String: Day] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT device, tier, MAX(day) AS day FROM maintenance m WHERE day <= ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = m.id) GROUP BY device, tier",
                                      arguments: [day.description]) {
                out["\(r["device"] as String)\u{0}\(r["tier"] as String)"] = Day(parsing: r["day"])
            }
            return out
        }
    }

    /// Every active plan's next due day as of `today`, and the R31 list.
    public func maintenanceReport(today: Day) throws -> MaintenanceReport {
        let devices = Dictionary(uniqueKeysWithValues: try equipment().map { ($0.tag, $0) })
        let plans = try maintenancePlans()
        let last = try lastMaintenance(through: today)
        let rules = try scheduleRules()
        let schedulings = try maintenanceSchedulings()
        let deferrals = try maintenanceDeferralDays(through: today)
        var lines: [MaintenanceDue] = []
        for plan in plans where plan.active {
            guard let d = devices[plan.device], d.status.isTracked else { continue }
            let base = InspectionSchedule.baseDay(inService: d.inService, since: settings.since)
            let done = last["\(plan.device)\u{0}\(plan.tier.rawValue)"].flatMap { $0 >= base ? $0 : nil }
            guard let status = plan.status(latest: done, base: base, today: today, dueSoonDays: rules.dueSoonDays) else { continue }
            let key = "\(plan.device)\u{0}\(plan.tier.rawValue)"
            lines.append(MaintenanceDue(plan: plan, department: d.department, lastDone: done, due: plan.nextDue(latest: done, base: base), status: status,
                                        scheduling: schedulings[key] ?? .standard,
                                        deferrals: MaintenanceDeferrals.current(deferrals[key] ?? [], lastDone: done)))
        }
        lines.sort { ($0.due, $0.plan.device, $0.plan.tier) < ($1.due, $1.plan.device, $1.plan.tier) }
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        let lacking = MaintenanceCompliance.devicesLackingSecondLevelPlan(devices: Array(devices.values), keyDepartments: keys, plans: plans)
        return MaintenanceReport(asOf: today, plans: lines, lackingSecondLevel: lacking)
    }
}
