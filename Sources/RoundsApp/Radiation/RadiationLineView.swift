import TerminalUI

/// The dashboard's radiation QC counts, drawn only when something is due, overdue or restricted:
/// `[RADIATION QC] Due 1 Overdue 0 Failed 1 (R)`. It sits on the table's footer row, left of the
/// position, so a full dashboard at 80x24 keeps every department and the hospital total.
enum RadiationLineView {
    /// Draws the counts from `point` in at most `width` columns; returns the columns used (0 when
    /// there is nothing to say).
    static func render(_ counts: RadiationCounts, into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        guard !counts.isEmpty, width > 0 else { return 0 }
        let parts: [(String, StyleRole)] = [
            ("\(s.t(.qcLineTag)) \(s.t(.qcDueLabel)) \(counts.due)", counts.due > 0 ? .dueSoon : .ok),
            (" \(s.t(.qcOverdueLabel)) \(counts.overdue)", counts.overdue > 0 ? .overdue : .ok),
            (" \(s.t(.qcFailedLabel)) \(counts.restricted)", counts.restricted > 0 ? .overdue : .ok),
            (" (\(CommandTable.keyName(.radiation, in: .dashboard)))", .dim),
        ]
        return DashboardFooter.put(parts, into: &frame, at: point, width: width)
    }
}

/// Draws the dashboard footer's parts one after another, each cut to the room left.
enum DashboardFooter {
    static func put(_ parts: [(String, StyleRole)], into frame: inout Frame, at point: Point, width: Int) -> Int {
        var used = 0
        for (text, role) in parts where used < width {
            used += frame.putLabel(text, at: Point(x: point.x + used, y: point.y), role: role, maxWidth: width - used)
        }
        return used
    }
}
