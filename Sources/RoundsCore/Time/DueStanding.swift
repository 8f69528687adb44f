/// Where a dated duty stands on a day: days left to its due day, the tightest reminder step reached,
/// or overdue from the day after (a radiation status test, R79; a licence verification, R91).
///
/// ```swift
/// DueStanding(due: Day(2026, 6, 30)!, today: Day(2026, 6, 1)!, reminderDays: [60, 30, 7])
/// // daysLeft 29, reminder 30, not overdue
/// DueStanding(due: Day(2026, 6, 30)!, today: Day(2026, 7, 1)!, reminderDays: [60, 30, 7])
/// // daysLeft -1, no reminder, overdue by one day
/// ```
public struct DueStanding: Hashable, Sendable {
    public var due: Day
    /// Days from today to the due day (negative: overdue by that many).
    public var daysLeft: Int
    /// The tightest reminder step reached, nil before the first or once overdue.
    public var reminder: Int?
    public var overdue: Bool

    public init(due: Day, daysLeft: Int, reminder: Int?, overdue: Bool) {
        self.due = due; self.daysLeft = daysLeft; self.reminder = reminder; self.overdue = overdue
    }

    /// The standing on `today` of a duty due on `due`, with reminders `reminderDays` before it.
    public init(due: Day, today: Day, reminderDays: [Int]) {
        let left = today.days(until: due)
        self.init(due: due, daysLeft: left, reminder: left < 0 ? nil : reminderDays.sorted(by: >).last { left <= $0 }, overdue: left < 0)
    }
}
