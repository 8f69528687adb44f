import TerminalUI

/// The dashboard's missed-duty count, drawn only when there is one: `[EXCEPTIONS] 8 to head 7 (x)`,
/// on the table's footer row beside the radiation QC counts (RadiationLineView).
enum MissedDutyLineView {
    /// Draws the count from `point` in at most `width` columns; returns the columns used.
    static func render(_ counts: (all: Int, escalated: Int), into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        guard counts.all > 0, width > 0 else { return 0 }
        return DashboardFooter.put([("\(s.t(.excLineTag)) \(counts.all)", .warning),
                                    (" \(s.t(.excEscalatedLabel)) \(counts.escalated)", counts.escalated > 0 ? .overdue : .ok),
                                    (" (\(CommandTable.keyName(.exceptions, in: .dashboard)))", .dim)],
                                   into: &frame, at: point, width: width)
    }
}
