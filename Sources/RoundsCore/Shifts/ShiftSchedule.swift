/// A department's shifts (班次) and the days its devices owe a daily check (R22, R25).
///
/// Shifts are given by their local start times; each shift runs to the next start, the last one to
/// the first start of the next day. Defaults (each configurable per department with
/// `rounds department shifts`): key departments (emergency, ICU, theatres, delivery) work three
/// shifts, 08:00 / 16:00 / 00:00, and check every day; other departments work day and night,
/// 08:00 / 20:00, and check Monday to Friday.
///
/// ```swift
/// let s = ShiftSchedule(parsing: "08:00,16:00,00:00")!          // starts sorted: 00:00, 08:00, 16:00
/// s.slot(containing: cal.parseTime("2026-03-15T23:10")!, calendar: cal)
/// // 2026-03-15 16:00-00:00
/// ShiftSchedule.dayNight.slot(containing: cal.parseTime("2026-03-16T03:00")!, calendar: cal)
/// // 2026-03-15 20:00-08:00 (a night shift belongs to the day it started)
/// s.handoverSlot(at: cal.parseTime("2026-03-15T16:05")!, calendar: cal, previousSigned: { _ in false })
/// // 2026-03-15 08:00-16:00 (signed just after the change of shift)
/// ```
public struct ShiftSchedule: Hashable, Sendable, Codable {
    /// Start times as seconds after local midnight, ascending, distinct.
    public let starts: [Int]
    /// Which days a daily check is owed.
    public var workingDays: WorkingDays

    /// A schedule from start times (seconds after midnight); nil if empty or out of range.
    public init?(starts: [Int], workingDays: WorkingDays = .everyDay) {
        let sorted = Array(Set(starts)).sorted()
        guard !sorted.isEmpty, sorted.allSatisfy({ (0..<86_400).contains($0) }) else { return nil }
        self.starts = sorted
        self.workingDays = workingDays
    }

    /// Parses `08:00,16:00,00:00` (also `8:00`, spaces, `，`). Nil for anything else.
    public init?(parsing text: String, workingDays: WorkingDays = .everyDay) {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map(String.init)
        var seconds: [Int] = []
        for p in parts {
            let hm = p.split(separator: ":", omittingEmptySubsequences: false)
            guard hm.count == 2, (1...2).contains(hm[0].count), hm[1].count == 2,
                  hm.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let h = Int(hm[0]), let m = Int(hm[1]), h < 24, m < 60 else { return nil }
            seconds.append(h * 3600 + m * 60)
        }
        guard seconds.count == Set(seconds).count else { return nil }
        self.init(starts: seconds, workingDays: workingDays)
    }

    /// Three shifts, every day: the default of key departments.
    public static let threeShifts = ShiftSchedule(starts: [0, 8 * 3600, 16 * 3600], workingDays: .everyDay)!
    /// Day and night, Monday to Friday checks: the default of other departments.
    public static let dayNight = ShiftSchedule(starts: [8 * 3600, 20 * 3600], workingDays: .weekdays)!

    /// The default for a department that has not configured its own.
    public static func standard(isKey: Bool) -> ShiftSchedule { isKey ? threeShifts : dayNight }

    /// `08:00,16:00,00:00` in the order of the day, starting with the first start at or after 06:00
    /// (so a day shift reads first), which is also what `init(parsing:)` takes back.
    public var text: String {
        let morning = starts.firstIndex { $0 >= 6 * 3600 } ?? 0
        return (starts[morning...] + starts[..<morning]).map(Self.clock).joined(separator: ",")
    }

    /// `HH:MM` of seconds after midnight.
    public static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600 % 24, m = seconds / 60 % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// The shift an instant falls in.
    public func slot(containing instant: Instant, calendar: FacilityCalendar) -> ShiftSlot {
        let day = calendar.day(of: instant)
        let second = calendar.secondsIntoDay(instant)
        if let i = starts.lastIndex(where: { $0 <= second }) {
            return slot(day: day, index: i, calendar: calendar)
        }
        // Before the first start of the day: the previous day's last shift is still running.
        return slot(day: day.adding(days: -1), index: starts.count - 1, calendar: calendar)
    }

    /// The shift starting at `starts[index]` on `day`.
    public func slot(day: Day, index: Int, calendar: FacilityCalendar) -> ShiftSlot {
        let start = calendar.instant(day, secondOfDay: starts[index])
        let end = index + 1 < starts.count
            ? calendar.instant(day, secondOfDay: starts[index + 1])
            : calendar.instant(day.adding(days: 1), secondOfDay: starts[0])
        return ShiftSlot(day: day, start: start, end: end, startText: Self.clock(starts[index]),
                         endText: Self.clock(index + 1 < starts.count ? starts[index + 1] : starts[0]))
    }

    /// How long after a shift ends its handover can still be signed as that shift's.
    public static let lateSigningSeconds: Int64 = 2 * 3600

    /// The shift a handover signed at `instant` is for: the shift now running, except in the first
    /// two hours of a shift while the previous shift's handover is still unsigned — then the
    /// previous one (the outgoing nurse who signs at 16:05 hands over 08:00-16:00).
    public func handoverSlot(at instant: Instant, calendar: FacilityCalendar, previousSigned: (ShiftSlot) -> Bool) -> ShiftSlot {
        let current = slot(containing: instant, calendar: calendar)
        guard current.start.seconds(until: instant) < Self.lateSigningSeconds else { return current }
        let previous = slot(containing: current.start.adding(seconds: -1), calendar: calendar)
        return previousSigned(previous) ? current : previous
    }
}

/// One shift of one day: its local start day, start and end instants, and clock texts.
public struct ShiftSlot: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The local day the shift starts on (a night shift belongs to the day it started).
    public var day: Day
    public var start: Instant
    public var end: Instant
    public var startText: String
    public var endText: String

    public init(day: Day, start: Instant, end: Instant, startText: String, endText: String) {
        self.day = day; self.start = start; self.end = end; self.startText = startText; self.endText = endText
    }

    /// `2026-03-15 08:00-16:00` (ASCII hyphen: an en dash has ambiguous width in CJK terminals).
    public var description: String { "\(day) \(startText)-\(endText)" }
}
