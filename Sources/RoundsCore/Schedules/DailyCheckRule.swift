/// Missing daily checks (R22, R23; IMR 1.3).
///
/// A device owes one daily check by its custodian or operator on each working day of its department
/// (`WorkingDays`), from its base day B on. A working day D with no check is "daily check missing" the
/// next morning: D is listed once today > D, so today itself is never listed.
///
/// ```swift
/// // Weekday department, B = Thu 2026-03-12, checks on Thu 12 only, today Tue 2026-03-17:
/// DailyCheckRule.missingChecks(workingDays: .weekdays, checkDays: [Day(2026, 3, 12)!],
///                              base: Day(2026, 3, 12)!, today: Day(2026, 3, 17)!)
/// // [2026-03-13 (Fri), 2026-03-16 (Mon)]: the weekend is not owed; Tue 17 is still today.
/// ```
public enum DailyCheckRule {
    /// The working days D with base <= D < today that have no check. Check days outside that range
    /// (before B, or today and later) change nothing. Ascending.
    public static func missingChecks(workingDays: WorkingDays, checkDays: Set<Day>, base: Day, today: Day) -> [Day] {
        guard base < today else { return [] }
        return (base.dayNumber..<today.dayNumber).lazy.map(Day.init(dayNumber:))
            .filter { workingDays.isWorkingDay($0) && !checkDays.contains($0) }
    }

    /// The same for a device: B = max(in service, since). Only devices `in-service` in the registry owe
    /// daily checks (R22 "each in-service device"): standby, stopped and scrapped devices owe none.
    public static func missingChecks(device: Equipment, since: Day, workingDays: WorkingDays,
                                     checkDays: Set<Day>, today: Day) -> [Day] {
        guard device.status == .inService else { return [] }
        return missingChecks(workingDays: workingDays, checkDays: checkDays,
                             base: InspectionSchedule.baseDay(inService: device.inService, since: since), today: today)
    }
}
