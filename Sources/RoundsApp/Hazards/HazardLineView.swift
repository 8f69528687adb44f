import RoundsCore
import RoundsStore
import TerminalUI

/// The hospital's open hidden hazards and how many are over `rule.hazard-open-days` (R16), as the
/// dashboard shows them.
public struct HazardCounts: Sendable, Equatable {
    public var open = 0, overdue = 0
    /// The limit in days a hazard may stay open (R16).
    public var openDays = HazardRules.standard.openDays

    public init(open: Int = 0, overdue: Int = 0, openDays: Int = HazardRules.standard.openDays) {
        self.open = open; self.overdue = overdue; self.openDays = openDays
    }

    /// The counts as of `now`: hazards neither resolved nor converted, and those older than the limit.
    static func load(_ store: Store, now: Instant) throws -> HazardCounts {
        let rules = try store.hazardRules()
        let open = try store.hazards(HazardFilter(openOnly: true), asOf: now)
        let calendar = store.settings.calendar
        return HazardCounts(open: open.count, overdue: open.filter { $0.isOverdue(asOf: now, calendar: calendar, rules: rules) }.count,
                            openDays: rules.openDays)
    }
}

/// The dashboard's line of open hazards, drawn only when one is open:
/// `[HAZARDS] Open 5  overdue (> 3 d) 4`, the overdue count marked in text, not colour alone.
enum HazardLineView {
    /// Draws the counts at `point` in at most `width` columns; returns the rows used (0 or 1).
    static func render(_ counts: HazardCounts, into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        guard counts.open > 0, width > 1 else { return 0 }
        let limit = s.isChinese ? "超过 \(counts.openDays) 天" : "> \(counts.openDays) d"
        _ = DashboardFooter.put([(" \(s.t(.hazLineTag)) \(s.t(.hazOpenLabel)) \(counts.open)", .warning),
                                 ("  \(s.t(.hazOverdueLabel)) (\(limit)) \(counts.overdue)", counts.overdue > 0 ? .overdue : .ok)],
                                into: &frame, at: point, width: width - 1)
        return 1
    }
}
