/// A department's working calendar for daily checks (R22): which local days a check is owed.
///
/// 24 × 7 departments (ICU, emergency) check every day; others Monday to Friday. Public holidays
/// (e.g. the Spring Festival) can be taken out and the make-up working days (调休, a Saturday or Sunday
/// worked in exchange) put in; a make-up day wins over a holiday listed for the same day.
///
/// ```swift
/// WorkingDays.everyDay.isWorkingDay(Day(2026, 3, 14)!)   // true (a Saturday, but 24 × 7)
/// WorkingDays.weekdays.isWorkingDay(Day(2026, 3, 14)!)   // false
/// let cny = WorkingDays.weekdays(holidays: [Day(2026, 2, 17)!], makeUpDays: [Day(2026, 2, 14)!])
/// cny.isWorkingDay(Day(2026, 2, 14)!)                    // true: a Saturday worked as make-up
/// ```
public struct WorkingDays: Hashable, Sendable, Codable {
    public enum Pattern: String, Hashable, Sendable, Codable, CaseIterable {
        /// Every day of the week (24 × 7 departments).
        case everyDay = "every-day"
        /// Monday to Friday (ISO weekdays 1–5).
        case mondayToFriday = "monday-to-friday"
    }

    public var pattern: Pattern
    /// Days taken out of the pattern (applied to either pattern if given).
    public var holidays: Set<Day>
    /// Days added to the pattern, e.g. a weekend worked in exchange for a holiday.
    public var makeUpDays: Set<Day>

    public init(pattern: Pattern, holidays: Set<Day> = [], makeUpDays: Set<Day> = []) {
        self.pattern = pattern; self.holidays = holidays; self.makeUpDays = makeUpDays
    }

    /// Every day: 24 × 7 departments.
    public static let everyDay = WorkingDays(pattern: .everyDay)
    /// Monday to Friday, no holidays.
    public static let weekdays = WorkingDays(pattern: .mondayToFriday)

    /// Monday to Friday with holidays taken out and make-up days put in.
    public static func weekdays(holidays: Set<Day>, makeUpDays: Set<Day> = []) -> WorkingDays {
        WorkingDays(pattern: .mondayToFriday, holidays: holidays, makeUpDays: makeUpDays)
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if makeUpDays.contains(day) { return true }
        if holidays.contains(day) { return false }
        switch pattern {
        case .everyDay: return true
        case .mondayToFriday: return day.weekday <= 5
        }
    }
}
