import TerminalUI

/// The dashboard's missed-duty line, drawn only when there is one:
/// `[MISSED DUTIES] 3  to the equipment head 1  (x missed duties)`.
enum MissedDutyLineView {
    static func render(_ counts: (all: Int, escalated: Int), into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        guard counts.all > 0 else { return 0 }
        var x = point.x + 1
        x += frame.put("\(s.t(.excLineTag)) \(counts.all)", at: Point(x: x, y: point.y), role: .warning, maxWidth: max(0, width - 1)) + 2
        if x < point.x + width {
            x += frame.put("\(s.t(.excEscalatedLabel)) \(counts.escalated)", at: Point(x: x, y: point.y),
                           role: counts.escalated > 0 ? .overdue : .ok, maxWidth: max(0, point.x + width - x)) + 2
        }
        let hint = "(\(CommandTable.keyName(.exceptions, in: .dashboard)) \(s.t(.cmdExceptions)))"
        if x + displayWidth(hint) <= point.x + width { frame.put(hint, at: Point(x: x, y: point.y), role: .dim) }
        return 1
    }
}
