/// Maintenance completion (R96; WHO 5.4.1): of the planned maintenance that fell due in a period,
/// how much was done on time.
///
/// A plan's due days float from completion (`MaintenancePlan.nextDue`): the first is base +
/// interval, each next one the last done day + interval. Walking a plan's done days in order, each
/// due day inside from…to is one scheduled task:
///
/// - **on time** when the next record is on or before the due day;
/// - **late** when it comes after the due day, but inside the period and by today;
/// - **pending** (not counted) when nothing is done yet and the due day is today or later;
/// - **missed** otherwise.
///
/// An undone task stays due (an overdue plan does not move on), so the walk stops at it.
///
/// ```swift
/// // Second-level every 90 days from 2026-01-01: due 04-01; done 03-20 → on time; next due 06-18.
/// MaintenanceCompletion.tally(plan: p, base: Day(2026, 1, 1)!, done: [Day(2026, 3, 20)!],
///                             from: Day(2026, 1, 1)!, to: Day(2026, 6, 30)!, today: Day(2026, 7, 1)!)
/// // onTime 1, missed 1 (06-18 not done)
/// ```
public enum MaintenanceCompletion {
    public static func tally(plan: MaintenancePlan, base: Day, done: [Day], from: Day, to: Day, today: Day) -> ComplianceTally {
        var t = ComplianceTally()
        guard plan.active, plan.intervalDays > 0 else { return t }
        let records = done.filter { $0 >= base }.sorted()
        var last = base
        var next = 0
        while true {
            let due = last.adding(days: plan.intervalDays)
            if due > to { break }
            let record = next < records.count ? records[next] : nil
            if due >= from {
                if let r = record, r <= due { t.onTime += 1 }
                else if let r = record, r <= to, r <= today { t.late += 1 }
                else if due >= today { t.pending += 1 }
                else { t.missed += 1 }
            }
            guard let r = record else { break }
            last = r
            next += 1
        }
        return t
    }
}

extension ComplianceTally {
    /// The sum of two tallies.
    public static func + (a: ComplianceTally, b: ComplianceTally) -> ComplianceTally {
        ComplianceTally(onTime: a.onTime + b.onTime, late: a.late + b.late, missed: a.missed + b.missed, pending: a.pending + b.pending)
    }
}
