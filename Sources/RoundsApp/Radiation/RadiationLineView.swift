import TerminalUI

/// The dashboard's radiation QC line, drawn only when something is due, overdue or restricted:
/// `[RADIATION QC] Due 1  Overdue 0  Failed, restricted 1  (R radiation QC)`.
enum RadiationLineView {
    /// Draws the line and returns the rows used (0 when there is nothing to say).
    static func render(_ counts: RadiationCounts, into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        guard !counts.isEmpty else { return 0 }
        var x = point.x + 1
        let parts = [("\(s.t(.qcLineTag)) \(s.t(.qcDueLabel)) \(counts.due)", counts.due > 0 ? StyleRole.dueSoon : .ok),
                     ("\(s.t(.qcOverdueLabel)) \(counts.overdue)", counts.overdue > 0 ? .overdue : .ok),
                     ("\(s.t(.qcFailedLabel)) \(counts.restricted)", counts.restricted > 0 ? .overdue : .ok)]
        for (text, role) in parts where x < point.x + width {
            x += frame.put(text, at: Point(x: x, y: point.y), role: role, maxWidth: max(0, point.x + width - x)) + 2
        }
        let hint = "(\(CommandTable.keyName(.radiation, in: .dashboard)) \(s.t(.cmdRadiation)))"
        if x + displayWidth(hint) <= point.x + width { frame.put(hint, at: Point(x: x, y: point.y), role: .dim) }
        return 1
    }
}
