import GRDB
import RoundsCore

/// Maintenance completion of a period (R96), overall and by tier and department.
public struct MaintenanceCompletionReport: Sendable, Equatable {
    public var overall = ComplianceTally()
    public var byTier: [MaintenanceTier: ComplianceTally] = [:]
    public var byDepartment: [String: ComplianceTally] = [:]
    /// The deferrals (device in use, R33) on the period's days, per plan with any, by device then tier.
    public var deferrals: [MaintenanceDeferralCount] = []
}


extension Store {
    /// Every active plan of a tracked device (of `department`, when given) walked over from…to as of
    /// `today` (``MaintenanceCompletion``), from the same base as the maintenance report: the later of
    /// the in-service day and `--since`. Voided and corrected records do not count.
    public func maintenanceCompletion(from: Day, to: Day, today: Day, department: String? = nil) throws -> MaintenanceCompletionReport {
        let devices = Dictionary(uniqueKeysWithValues: try equipment(EquipmentFilter(department: department)).map { ($0.tag, $0) })
        let done: [String: [Day]] = try read { db in
            var out: [String: [Day]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT device, tier, day FROM maintenance m WHERE day <= ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = m.id)",
                                      arguments: [to.description]) {
                if let d = Day(parsing: r["day"]) { out["\(r["device"] as String)\u{0}\(r["tier"] as String)", default: []].append(d) }
            }
            return out
        }
        var report = MaintenanceCompletionReport()
        let deferrals = try maintenanceDeferralDays(through: min(to, today))
        for plan in try maintenancePlans() where plan.active {
            guard let d = devices[plan.device], d.status.isTracked else { continue }
            let base = InspectionSchedule.baseDay(inService: d.inService, since: settings.since)
            let t = MaintenanceCompletion.tally(plan: plan, base: base, done: done["\(plan.device)\u{0}\(plan.tier.rawValue)"] ?? [],
                                                from: from, to: to, today: today)
            report.overall = report.overall + t
            report.byTier[plan.tier, default: ComplianceTally()] = report.byTier[plan.tier, default: ComplianceTally()] + t
            report.byDepartment[d.department, default: ComplianceTally()] = report.byDepartment[d.department, default: ComplianceTally()] + t
            let deferred = MaintenanceDeferrals.inPeriod(deferrals["\(plan.device)\u{0}\(plan.tier.rawValue)"] ?? [], from: from, to: to)
            if deferred > 0 { report.deferrals.append(MaintenanceDeferralCount(device: plan.device, tier: plan.tier, department: d.department, count: deferred)) }
        }
        return report
    }
}
