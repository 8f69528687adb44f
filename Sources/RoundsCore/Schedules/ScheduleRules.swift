/// The configurable defaults of the inspection schedule (CONTRACT "Which inspections are due";
/// DOMAIN §8 open questions 1, 2 and 12). Every field is a named rule with the contract's default.
///
/// ```swift
/// var rules = ScheduleRules()            // the contract's defaults
/// rules.tenDayPeriod = .calendarXun      // 旬 periods instead of a rolling 10 days (§8 Q2)
/// rules.dueSoonDays = 3                  // warn three days ahead instead of seven
/// ```
public struct ScheduleRules: Hashable, Sendable, Codable {
    /// How the ten-day cycle is counted (R13, §8 Q2).
    public enum TenDayPeriod: String, Hashable, Sendable, Codable, CaseIterable {
        /// Default: due = the latest inspection (else B) + `tenDayInterval` days.
        case rolling
        /// The Chinese 旬 (days 1–10, 11–20, 21–end of month): due = the end of the 旬 after the one
        /// of the latest inspection, else the end of the first 旬 that starts on or after B.
        case calendarXun = "calendar-xun"
    }

    /// How the monthly round is counted (R12, §8 Q1).
    public enum MonthlyPeriod: String, Hashable, Sendable, Codable, CaseIterable {
        /// Default (CONTRACT): due = the last day of the month after the latest inspection's month.
        case calendarMonth = "calendar-month"
        /// Alternative (R12 "rolling 30 days"): due = the latest inspection (else B) + `monthlyRollingDays`.
        case rolling
    }

    /// R13: days from one ten-day check to the next (rolling mode). Default 10.
    public var tenDayInterval: Int = 10
    /// R13 / §8 Q2: rolling (default) or calendar 旬.
    public var tenDayPeriod: TenDayPeriod = .rolling
    /// R12 / §8 Q1: calendar month (default) or rolling days.
    public var monthlyPeriod: MonthlyPeriod = .calendarMonth
    /// R12: days of the rolling monthly alternative. Default 30.
    public var monthlyRollingDays: Int = 30
    /// R15 / §8 Q12 / CONTRACT: any inspection record (ten-day, monthly or quarterly) satisfies the
    /// monthly round. Default true; when false only `monthly` records count for it. (The ten-day rule
    /// always counts every kind, as the contract says; the quarterly rule only `quarterly` records.)
    public var monthlyCountsAnyKind: Bool = true
    /// A requirement is "due soon" when it falls due within this many days (today counts as 0).
    public var dueSoonDays: Int = 7

    public init(tenDayInterval: Int = 10, tenDayPeriod: TenDayPeriod = .rolling,
                monthlyPeriod: MonthlyPeriod = .calendarMonth, monthlyRollingDays: Int = 30,
                monthlyCountsAnyKind: Bool = true, dueSoonDays: Int = 7) {
        self.tenDayInterval = tenDayInterval; self.tenDayPeriod = tenDayPeriod
        self.monthlyPeriod = monthlyPeriod; self.monthlyRollingDays = monthlyRollingDays
        self.monthlyCountsAnyKind = monthlyCountsAnyKind; self.dueSoonDays = dueSoonDays
    }

    /// The contract's defaults.
    public static let standard = ScheduleRules()
}
