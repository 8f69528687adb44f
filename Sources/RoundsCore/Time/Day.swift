import Foundation

/// A calendar day in the facility's time zone, with no time of day.
///
/// Days are the unit of every schedule rule: "due on 2026-03-11", "overdue by 4 days". A `Day` is a
/// plain value (year, month, day) with arithmetic done on a day number (days since 1970-01-01), so it
/// never depends on the machine's clock or time zone.
///
/// ```swift
/// let d = Day(2026, 1, 31)!
/// d.adding(days: 10)        // 2026-02-10
/// d.endOfNextMonth          // 2026-02-28
/// Day(parsing: "2028-02-29") // valid: 2028 is a leap year
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day if the parts form a real date in the proleptic Gregorian calendar.
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
              (1...Day.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Creates the day with the given day number (0 = 1970-01-01).
    public init(dayNumber n: Int) {
        // Howard Hinnant's civil_from_days.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = m <= 2 ? y + 1 : y
        self.month = m
        self.day = d
    }

    /// The years a date typed, imported or given on the command line may fall in (CONTRACT "Two
    /// times"): a device put in service in 9999 or a repair opened in year 1 is a typing error.
    public static let acceptedYears = 1950...2099

    /// A day after every day a record can carry: "no today yet" for walks that use every record.
    public static let distantFuture = Day(9999, 12, 31)!

    /// Parses `YYYY-MM-DD`; also `YYYY/MM/DD` and unpadded months and days (`2024/1/5`), as Excel
    /// writes them. Returns nil for anything else, including impossible dates such as 2026-02-30 and
    /// years outside ``acceptedYears``.
    public init?(parsing text: String) {
        guard let d = Day(anyYear: text), Day.acceptedYears.contains(d.year) else { return nil }
        self = d
    }

    /// ``init(parsing:)`` without the range of accepted years.
    init?(anyYear text: String) {
        // Fast path for the stored form `YYYY-MM-DD` (reports read millions of these).
        let u = text.utf8
        if u.count == 10 {
            var parts = (0, 0, 0), ok = true
            for (i, b) in u.enumerated() {
                if i == 4 || i == 7 { if b != UInt8(ascii: "-") { ok = false; break }; continue }
                guard b >= 48 && b <= 57 else { ok = false; break }
                let v = Int(b) - 48
                if i < 4 { parts.0 = parts.0 * 10 + v } else if i < 7 { parts.1 = parts.1 * 10 + v } else { parts.2 = parts.2 * 10 + v }
            }
            if ok {
                self.init(parts.0, parts.1, parts.2)
                return
            }
        }
        let s = text.trimmingCharacters(in: .whitespaces)
        let sep: Character = s.contains("/") ? "/" : "-"
        let parts = s.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[1].count <= 2, parts[2].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(y, m, d)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days n: Int) -> Day { Day(dayNumber: dayNumber + n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday … 7 = Sunday (R107: the week starts on Monday).
    public var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var firstOfMonth: Day { Day(year, month, 1)! }
    public var lastOfMonth: Day { Day(year, month, Day.daysIn(year: year, month: month))! }
    /// The first day of the following month.
    public var firstOfNextMonth: Day { lastOfMonth.adding(days: 1) }
    /// The last day of the following month: 2026-01-31 → 2026-02-28.
    public var endOfNextMonth: Day { firstOfNextMonth.lastOfMonth }

    /// Calendar quarter, 1…4.
    public var quarter: Int { (month - 1) / 3 + 1 }
    public var firstOfQuarter: Day { Day(year, (quarter - 1) * 3 + 1, 1)! }
    public var lastOfQuarter: Day { Day(year, quarter * 3, 1)!.lastOfMonth }
    public var firstOfNextQuarter: Day { lastOfQuarter.adding(days: 1) }
    public var endOfNextQuarter: Day { firstOfNextQuarter.lastOfQuarter }

    /// Earlier day first: the same order as the day numbers, compared part by part (the schedule
    /// walks compare days millions of times for a large hospital; a day number costs a division chain).
    public static func < (a: Day, b: Day) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.month != b.month { return a.month < b.month }
        return a.day < b.day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(parsing: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a day: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
