/// When a radiation device's next status test is due (R79): twelve months after the last one, on
/// the same day of the month. A year after 29 February is 28 February of the next year (the last day
/// of that February: the test must not fall due later than twelve months; docs/DECISIONS.md).
///
/// ```swift
/// StatusTestSchedule.due(after: Day(2028, 2, 29)!)    // 2029-02-28
/// StatusTestSchedule().reminder(due: Day(2027, 3, 1)!, today: Day(2026, 12, 31)!)   // .days60 (60 days before)
/// ```
public struct StatusTestSchedule: Hashable, Sendable {
    /// The reminder steps, in days before the due day (R79: 60, 30 and 7).
    public var reminderDays: [Int]

    public init(reminderDays: [Int] = [60, 30, 7]) { self.reminderDays = reminderDays.sorted(by: >) }

    public static func due(after last: Day) -> Day {
        let y = last.year + 1
        return Day(y, last.month, min(last.day, Day.daysIn(year: y, month: last.month)))!
    }

    /// The device's standing on `today`, given its last status test (or, when it never had one, the
    /// day it was accepted or entered service, from which the first year runs).
    public func standing(last: Day, today: Day) -> QCDueStanding {
        DueStanding(due: Self.due(after: last), today: today, reminderDays: reminderDays)
    }
}

/// A device's next status test as of a day (R79).
public typealias QCDueStanding = DueStanding
