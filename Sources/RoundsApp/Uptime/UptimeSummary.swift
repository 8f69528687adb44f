import RoundsCore
import RoundsStore

/// This month's running intact rate and the last twelve months per department, as the dashboard
/// and the uptime screen show them (R68–R69, R120): time-based by default (CONTRACT), or over
/// each device's operating calendar (`scheduled`, the `m` key of the uptime screen), with the
/// calendars in force beside them.
public struct UptimeSummary: Sendable {
    /// Month to date: the first of this month through today, as of now.
    public var month: UptimeReport
    /// The twelve calendar months ending with this one, oldest first.
    public var months: [Day]
    /// Per department code: the rate of each of the twelve months (nil = no exposure that month).
    public var trend: [String: [Double?]]
    /// The whole hospital's rate per month.
    public var fleetTrend: [Double?]
    public var exposures: [DeviceExposure]
    /// `time` or `scheduled` (the others are reports of the command line).
    public var method: UptimeMethod = .time
    /// The operating calendars in force (`config calendar list`), departments first.
    public var calendars: [OperatingCalendarSetting] = []

    /// Reads the month and the trend by `method`: `.scheduled` narrows every device's exposure,
    /// downtime and planned downtime to its operating calendar (its own, else its department's,
    /// else 24x7), month by month; any other method is time-based.
    static func load(_ store: Store, now: Instant, method: UptimeMethod = .time) throws -> UptimeSummary {
        let cal = store.settings.calendar
        let today = cal.day(of: now)
        let months = twelveMonths(endingWith: today)
        // Only downtime that reaches into the twelve months can count in them.
        let exposures = try store.exposures(now: now, since: cal.startOfDay(months[0]))
        let calendars = try store.operatingCalendars()
        let periods = months.map { (from: $0, to: min($0.lastOfMonth, today)) }
        let month: UptimeReport, totals: [UptimeReport]
        if method == .scheduled {
            let operating = try store.operatingCalendarResolver()
            func scheduled(_ p: (from: Day, to: Day)) -> UptimeReport {
                UptimeCalculator.scheduled(from: p.from, to: p.to, now: now, calendar: cal, devices: exposures, operating: operating)
            }
            month = scheduled((today.firstOfMonth, today))
            totals = periods.map(scheduled)
        } else {
            month = UptimeCalculator.timeBased(from: today.firstOfMonth, to: today, now: now, calendar: cal, devices: exposures)
            totals = UptimeCalculator.timeBasedTotals(periods: periods, now: now, calendar: cal, devices: exposures)
        }
        var trend: [String: [Double?]] = [:]
        var fleet: [Double?] = []
        for (i, r) in totals.enumerated() {
            fleet.append(r.fleet?.rate)
            for line in r.departments { trend[line.key, default: Array(repeating: nil, count: 12)][i] = line.rate }
        }
        return UptimeSummary(month: month, months: months, trend: trend, fleetTrend: fleet, exposures: exposures,
                             method: method == .scheduled ? .scheduled : .time, calendars: calendars)
    }

    func line(department: String) -> UptimeLine? { month.departments.first { $0.key == department } }

    /// Nothing read yet: the twelve months with no rates (the dashboard's first frame).
    static func empty(now: Instant, calendar: FacilityCalendar) -> UptimeSummary {
        let today = calendar.day(of: now)
        let months = twelveMonths(endingWith: today)
        return UptimeSummary(month: UptimeReport(from: today.firstOfMonth, to: today, method: .time, fleet: nil, departments: [], devices: []),
                             months: months, trend: [:], fleetTrend: Array(repeating: nil, count: months.count), exposures: [])
    }

    /// The first days of the twelve calendar months ending with `today`'s, oldest first.
    static func twelveMonths(endingWith today: Day) -> [Day] {
        var first = today.firstOfMonth
        var months: [Day] = []
        for _ in 0..<12 {
            months.insert(first, at: 0)
            first = first.adding(days: -1).firstOfMonth
        }
        return months
    }
}

/// A twelve-month trend as text that reads the same in colour, in monochrome and beside Chinese
/// labels: one ASCII character a month (no block glyphs, which many CJK terminals draw double wide).
///
/// `!` not compliant (≤ 95 %), `~` warning (≤ 96 %), `-` ≤ 98 %, `=` < 99.5 %, `#` ≥ 99.5 %, `.` no data.
public enum TrendText {
    public static func char(_ rate: Double?) -> Character {
        guard let r = rate else { return "." }
        if r <= 0.95 { return "!" }
        if r <= 0.96 { return "~" }
        if r <= 0.98 { return "-" }
        if r < 0.995 { return "=" }
        return "#"
    }

    public static func text(_ rates: [Double?]) -> String { String(rates.map(char)) }

    /// The months a trend covers, as its column's heading: `25-12..26-11` (oldest first, one
    /// character a month below it), so the characters can be read as months.
    public static func heading(_ months: [Day]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        func short(_ d: Day) -> String { String(format: "%02d-%02d", d.year % 100, d.month) }
        return "\(short(first))..\(short(last))"
    }
}
