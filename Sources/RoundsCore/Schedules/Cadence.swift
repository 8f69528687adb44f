/// How one inspection kind falls due under a set of rules: which records count for it, the first due
/// day from the base day B, and the next due day after an inspection (CONTRACT "Which inspections are
/// due"; R12, R13, R17).
///
/// Both due functions are non-decreasing and always land after their input, which is what lets the
/// overdue rule and the compliance walk (`ComplianceReport`) share them.
///
/// ```swift
/// let monthly = Cadence(kind: .monthly)
/// monthly.initialDue(base: Day(2026, 3, 1)!)       // 2026-03-31: March starts on B
/// monthly.initialDue(base: Day(2026, 3, 2)!)       // 2026-04-30: the first month starting on/after B
/// monthly.due(afterInspectionOn: Day(2026, 1, 31)!) // 2026-02-28
/// Cadence(kind: .tenDay).due(afterInspectionOn: Day(2026, 3, 1)!) // 2026-03-11
/// ```
public struct Cadence: Hashable, Sendable {
    public let kind: InspectionKind
    public let rules: ScheduleRules

    public init(kind: InspectionKind, rules: ScheduleRules = .standard) {
        self.kind = kind; self.rules = rules
    }

    /// Whether a record of `recordKind` satisfies this cadence. CONTRACT: any kind counts for the
    /// ten-day and monthly rules (the monthly one configurable, R15, §8 Q12); only `quarterly`
    /// records count for the quarterly rule (R17).
    public func counts(_ recordKind: InspectionKind) -> Bool {
        switch kind {
        case .tenDay: return true
        case .monthly: return rules.monthlyCountsAnyKind || recordKind == .monthly
        case .quarterly: return recordKind == .quarterly
        }
    }

    /// The due day when no counting inspection exists on or after the base day B.
    ///
    /// - ten-day (rolling): B + 10 (R13 "first due date = 10 days after the device entered service").
    /// - ten-day (旬): the end of the first 旬 that starts on or after B.
    /// - monthly: the last day of the first calendar month that starts on or after B
    ///   (B = 2026-03-01 → 2026-03-31; B = 2026-03-02 → 2026-04-30). Rolling variant: B + 30.
    /// - quarterly: the last day of the first calendar quarter that starts on or after B.
    public func initialDue(base b: Day) -> Day {
        switch kind {
        case .tenDay:
            switch rules.tenDayPeriod {
            case .rolling: return b.adding(days: rules.tenDayInterval)
            case .calendarXun: return b.isFirstOfXun ? b.lastOfXun : b.endOfNextXun
            }
        case .monthly:
            switch rules.monthlyPeriod {
            case .calendarMonth: return b.day == 1 ? b.lastOfMonth : b.endOfNextMonth
            case .rolling: return b.adding(days: rules.monthlyRollingDays)
            }
        case .quarterly:
            return b == b.firstOfQuarter ? b.lastOfQuarter : b.endOfNextQuarter
        }
    }

    /// The due day after a counting inspection on `day`.
    ///
    /// - ten-day (rolling): day + 10; (旬): the end of the 旬 after the inspection's 旬.
    /// - monthly: the last day of the following month (Jan 31 → Feb 28, or Feb 29 in 2028).
    /// - quarterly: the last day of the following quarter (2026-03-31 → 2026-06-30; 2026-04-01 → 2026-09-30).
    public func due(afterInspectionOn day: Day) -> Day {
        switch kind {
        case .tenDay:
            switch rules.tenDayPeriod {
            case .rolling: return day.adding(days: rules.tenDayInterval)
            case .calendarXun: return day.endOfNextXun
            }
        case .monthly:
            switch rules.monthlyPeriod {
            case .calendarMonth: return day.endOfNextMonth
            case .rolling: return day.adding(days: rules.monthlyRollingDays)
            }
        case .quarterly:
            return day.endOfNextQuarter
        }
    }

    /// The most days `due(afterInspectionOn:)` can lie after its day, rounded up: an inspection more
    /// than this before a due day cannot satisfy it (the compliance walk's marks rely on it).
    public var longestStep: Int {
        switch kind {
        case .tenDay: return rules.tenDayPeriod == .rolling ? rules.tenDayInterval : 22     // a 旬 and the next
        case .monthly: return rules.monthlyPeriod == .rolling ? rules.monthlyRollingDays : 62 // Jul 1 → Aug 31
        case .quarterly: return 184                                                         // Jul 1 → Dec 31
        }
    }

    /// The due day given the latest counting inspection on or after B, if any.
    public func due(base: Day, latest: Day?) -> Day {
        latest.map(due(afterInspectionOn:)) ?? initialDue(base: base)
    }

    /// The days of the records that count for this cadence: this kind counts them, and
    /// B <= day <= today (CONTRACT: "only records dated on or before today count"; "the latest
    /// inspection on or after B"). Sorted ascending, duplicates kept.
    public func countingDays(_ records: [InspectionRecord], base: Day, today: Day) -> [Day] {
        countingDays(kindsAndDays: records.lazy.map { ($0.kind, $0.day) }, base: base, today: today)
    }

    /// The same from bare (kind, day) pairs: what a window of many devices' records keeps, at half
    /// the memory of whole records.
    public func countingDays<S: Sequence>(kindsAndDays records: S, base: Day, today: Day) -> [Day] where S.Element == (InspectionKind, Day) {
        records.filter { counts($0.0) && $0.1 >= base && $0.1 <= today }.map(\.1).sorted()
    }
}
