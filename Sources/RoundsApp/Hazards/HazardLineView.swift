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

/// The dashboard's open hazards, drawn only when one is open: `[HAZARDS] Open 5  overdue (> 3 d) 4`,
/// the overdue count marked in text, not colour alone. They sit at the right of the checks row when
/// there is room there, else on a row of their own below it while the department table still fits
/// in full or scrolls anyway (a full dashboard at 80x24 keeps every department and the hospital total).
enum HazardLineView {
    /// The words, with the limit (`Open 5  overdue (> 3 d) 4`) or, `short`, without (`Open 5 overdue 4`).
    static func parts(_ counts: HazardCounts, strings s: Strings, short: Bool = false) -> [(String, StyleRole)] {
        let limit = short ? "" : (s.isChinese ? " (超过 \(counts.openDays) 天)" : " (> \(counts.openDays) d)")
        return [("\(s.t(.hazLineTag)) \(s.t(.hazOpenLabel)) \(counts.open)", .warning),
                ("\(short ? " " : "  ")\(s.t(.hazOverdueLabel))\(limit) \(counts.overdue)", counts.overdue > 0 ? .overdue : .ok)]
    }

    /// Draws the counts on the checks row at `point.y - 1` when they fit right of its
    /// `besideColumns`, else at `point` when `tableRows` (with its header and footer) still fit in the
    /// `rowsBelow` left; returns the rows it added (0 or 1).
    static func render(_ counts: HazardCounts, into frame: inout Frame, at point: Point, width: Int, besideColumns: Int,
                       tableRows: Int, rowsBelow: Int, strings s: Strings) -> Int {
        guard counts.open > 0, width > 1 else { return 0 }
        let parts = parts(counts, strings: s)
        for beside in [parts, Self.parts(counts, strings: s, short: true)] {
            let needed = beside.map { displayWidth($0.0) }.reduce(0, +)
            if besideColumns + 2 + needed <= width - 1 {
                _ = DashboardFooter.put(beside, into: &frame, at: Point(x: point.x + besideColumns + 2, y: point.y - 1), width: needed)
                return 0
            }
        }
        // A table that scrolls anyway loses nothing more by a row.
        guard rowsBelow - 1 >= tableRows + 2 || rowsBelow < tableRows + 2 else { return 0 }
        _ = DashboardFooter.put([(" ", .normal)] + parts, into: &frame, at: point, width: width - 1)
        return 1
    }
}
