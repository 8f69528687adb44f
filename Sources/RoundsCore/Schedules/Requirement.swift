/// One inspection a device owes: its kind and the day it falls due (CONTRACT "Which inspections are
/// due"). Built by `InspectionSchedule.requirements(...)`.
///
/// ```swift
/// let r = Requirement(device: "ICU-V01", department: "ICU", kind: .tenDay, due: Day(2026, 3, 11)!)
/// r.status(today: Day(2026, 3, 15)!)   // .overdue(daysOverdue: 4)
/// r.status(today: Day(2026, 3, 8)!)    // .dueSoon(daysLeft: 3)
/// r.status(today: Day(2026, 3, 1)!)    // .ok (10 days left, beyond the 7-day warning)
/// ```
public struct Requirement: Hashable, Sendable, Codable {
    public var device: String
    public var department: String
    public var kind: InspectionKind
    public var due: Day
    /// The latest counting inspection on or after B that the due day was computed from (nil: none,
    /// the due day comes from B).
    public var lastInspection: Day?

    public init(device: String, department: String, kind: InspectionKind, due: Day, lastInspection: Day? = nil) {
        self.device = device; self.department = department; self.kind = kind; self.due = due
        self.lastInspection = lastInspection
    }

    /// Where the requirement stands on `today`: overdue when today > due (days overdue = today − due,
    /// CONTRACT); due soon when 0 <= due − today <= `dueSoonDays`; otherwise ok.
    public func status(today: Day, dueSoonDays: Int = ScheduleRules.standard.dueSoonDays) -> DueStatus {
        DueStatus(due: due, today: today, dueSoonDays: dueSoonDays)
    }
}

/// Where a requirement stands on a day (see `Requirement.status(today:dueSoonDays:)`).
public enum DueStatus: Hashable, Sendable {
    /// today > due; `daysOverdue` = today − due (>= 1).
    case overdue(daysOverdue: Int)
    /// due − today = `daysLeft`, between 0 (due today) and the due-soon window.
    case dueSoon(daysLeft: Int)
    case ok

    /// Overdue when today > due (days overdue = today − due); due soon when 0 <= due − today <=
    /// `dueSoonDays`; otherwise ok. Shared by inspections and maintenance plans.
    public init(due: Day, today: Day, dueSoonDays: Int = ScheduleRules.standard.dueSoonDays) {
        let left = today.days(until: due)
        if left < 0 { self = .overdue(daysOverdue: -left) }
        else if left <= dueSoonDays { self = .dueSoon(daysLeft: left) }
        else { self = .ok }
    }
}
