import Foundation

/// The facility's calendar: converts between instants and local days in its time zone.
///
/// Every day, month, quarter and 10-day boundary is in this zone (default `Asia/Shanghai`), whatever
/// the machine's own zone is. Pure: it only reads the zone's rules.
///
/// ```swift
/// let cal = FacilityCalendar(timeZoneID: "Asia/Shanghai")!
/// cal.day(of: Instant(seconds: 0))        // 1970-01-01 (08:00 local)
/// cal.startOfDay(Day(2026, 3, 15)!)       // 2026-03-14T16:00:00Z
/// ```
public struct FacilityCalendar: Sendable, Hashable {
    public let timeZone: TimeZone

    public init?(timeZoneID: String) {
        guard let tz = TimeZone(identifier: timeZoneID) else { return nil }
        self.timeZone = tz
    }

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// Asia/Shanghai, UTC+8 all year.
    public static let shanghai = FacilityCalendar(timeZoneID: "Asia/Shanghai")!

    public var identifier: String { timeZone.identifier }

    /// Offset from UTC in seconds at an instant.
    public func offset(at instant: Instant) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds))))
    }

    /// The local day an instant falls on.
    public func day(of instant: Instant) -> Day {
        let local = instant.seconds + offset(at: instant)
        return Day(dayNumber: Int(floorDiv(local, 86_400)))
    }

    /// Seconds since local midnight of an instant's day.
    public func secondsIntoDay(_ instant: Instant) -> Int {
        let local = instant.seconds + offset(at: instant)
        return Int(local - floorDiv(local, 86_400) * 86_400)
    }

    /// The instant a local wall-clock time happens (`secondOfDay` from local midnight).
    public func instant(_ day: Day, secondOfDay: Int = 0) -> Instant {
        let localSeconds = Int64(day.dayNumber) * 86_400 + Int64(secondOfDay)
        // Guess with the offset at the naive UTC reading, then correct once for DST edges.
        var guess = localSeconds - offset(at: Instant(seconds: localSeconds))
        let corrected = localSeconds - offset(at: Instant(seconds: guess))
        if corrected != guess { guess = corrected }
        return Instant(seconds: guess)
    }

    /// Local 00:00:00 of a day.
    public func startOfDay(_ day: Day) -> Instant { instant(day) }

    /// Local 23:59:59 of a day: what `--now YYYY-MM-DD` means.
    public func endOfDay(_ day: Day) -> Instant { instant(day, secondOfDay: 86_399) }

    /// `YYYY-MM-DD HH:MM` in local time, for screens and reports.
    public func format(_ instant: Instant, seconds withSeconds: Bool = false) -> String {
        let d = day(of: instant)
        let s = secondsIntoDay(instant)
        let base = "\(d) \(two(s / 3600)):\(two(s / 60 % 60))"
        return withSeconds ? base + ":\(two(s % 60))" : base
    }

    /// Parses the contract's clock forms: `YYYY-MM-DD` (the end of that local day, 23:59:59),
    /// `YYYY-MM-DDTHH:MM[:SS]` (local), or either with `Z` or an offset such as `+08:00`.
    public func parseTime(_ text: String) -> Instant? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let d = Day(parsing: s), !s.contains("T") { return endOfDay(d) }
        let parts = s.split(separator: "T", maxSplits: 1).map(String.init)
        guard parts.count == 2, let d = Day(parsing: parts[0]) else { return nil }
        var clock = parts[1]
        var explicitOffset: Int64?
        if clock.hasSuffix("Z") || clock.hasSuffix("z") {
            explicitOffset = 0; clock.removeLast()
        } else if let signIndex = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let off = String(clock[signIndex...]); clock = String(clock[..<signIndex])
            let sign: Int64 = off.hasPrefix("-") ? -1 : 1
            let hm = off.dropFirst().split(separator: ":").map(String.init)
            let digits = hm.count == 1 && hm[0].count == 4 ? [String(hm[0].prefix(2)), String(hm[0].suffix(2))] : hm
            guard digits.count == 2, let h = Int64(digits[0]), let m = Int64(digits[1]), h <= 14, m < 60 else { return nil }
            explicitOffset = sign * (h * 3600 + m * 60)
        }
        let hms = clock.split(separator: ":").map(String.init)
        guard (2...3).contains(hms.count), hms.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(hms[0]), let m = Int(hms[1]), h < 24, m < 60 else { return nil }
        let sec = hms.count == 3 ? Int(hms[2]) ?? 60 : 0
        guard sec < 60 else { return nil }
        let secondOfDay = h * 3600 + m * 60 + sec
        if let off = explicitOffset {
            return Instant(seconds: Int64(d.dayNumber) * 86_400 + Int64(secondOfDay) - off)
        }
        return instant(d, secondOfDay: secondOfDay)
    }

    public static func == (a: FacilityCalendar, b: FacilityCalendar) -> Bool { a.identifier == b.identifier }
    public func hash(into h: inout Hasher) { h.combine(identifier) }
}
