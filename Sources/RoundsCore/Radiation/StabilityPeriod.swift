/// How often a stability test item is repeated (R80): monthly, quarterly or half-yearly, as the
/// item's row in ``QCStabilityItems`` says.
///
/// The next test of an item is due that many months after the last one, on the same day of the
/// month or the month's last day when it is shorter (a month after 31 January is 28 or 29
/// February), as the status test's year is (R79).
///
/// ```swift
/// StabilityPeriod.quarterly.due(after: Day(2026, 1, 15)!)   // 2026-04-15
/// StabilityPeriod.monthly.due(after: Day(2026, 1, 31)!)     // 2026-02-28
/// ```
public enum StabilityPeriod: String, CaseIterable, Hashable, Sendable {
    case monthly
    case quarterly
    case halfYearly = "half-yearly"

    public var months: Int {
        switch self {
        case .monthly: return 1
        case .quarterly: return 3
        case .halfYearly: return 6
        }
    }

    public var name: RuleText {
        switch self {
        case .monthly: return RuleText(en: "monthly", zh: "每月")
        case .quarterly: return RuleText(en: "quarterly", zh: "每季度")
        case .halfYearly: return RuleText(en: "half-yearly", zh: "每半年")
        }
    }

    public func due(after last: Day) -> Day {
        let index = last.year * 12 + (last.month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(y, m, min(last.day, Day.daysIn(year: y, month: m)))!
    }
}
