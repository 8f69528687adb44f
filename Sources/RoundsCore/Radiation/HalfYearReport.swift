/// The half-year reporting of tests (R88, seed J21-5): before 10 January and 10 July each testing
/// organisation reports every test of the preceding two quarters. Half-year 1 is January–June
/// (reported before 10 July), half-year 2 is July–December (reported before 10 January next year).
///
/// ```swift
/// HalfYear(containing: Day(2026, 3, 5)!)      // 2026 H1: 2026-01-01…2026-06-30, report by 2026-07-10
/// HalfYear.reminder(today: Day(2026, 6, 20)!)  // 2026 H1, 20 days before the deadline
/// ```
public struct HalfYear: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1 or 2.
    public var half: Int

    public init(year: Int, half: Int) { self.year = year; self.half = half }

    public init(containing day: Day) { self.init(year: day.year, half: day.month <= 6 ? 1 : 2) }

    /// `2026-H1`, and parsing it back.
    public var description: String { "\(year)-H\(half)" }
    public init?(parsing text: String) {
        let p = text.uppercased().split(separator: "-")
        guard p.count == 2, let y = Int(p[0]), p[1] == "H1" || p[1] == "H2" else { return nil }
        self.init(year: y, half: p[1] == "H1" ? 1 : 2)
    }

    public var first: Day { Day(year, half == 1 ? 1 : 7, 1)! }
    public var last: Day { Day(year, half == 1 ? 6 : 12, half == 1 ? 30 : 31)! }
    /// The report is due before this day: 10 July for H1, 10 January of the next year for H2.
    public var deadline: Day { half == 1 ? Day(year, 7, 10)! : Day(year + 1, 1, 10)! }

    public var previous: HalfYear { half == 2 ? HalfYear(year: year, half: 1) : HalfYear(year: year - 1, half: 2) }

    /// How many days before the deadline the reminder starts.
    public static let reminderDays = 30

    /// The half-year whose report is due within ``reminderDays`` of `today` (the deadline not yet
    /// reached), with the days left; nil outside those windows. The window before 10 July opens
    /// while the half-year is still running, so the list can be prepared.
    public static func reminder(today: Day) -> (period: HalfYear, daysLeft: Int)? {
        let candidates = [HalfYear(year: today.year - 1, half: 2), HalfYear(year: today.year, half: 1), HalfYear(year: today.year, half: 2)]
        for p in candidates {
            let left = today.days(until: p.deadline)
            if left > 0 && left <= reminderDays { return (p, left) }
        }
        return nil
    }
}
