import RoundsCore
import RoundsStore
import TerminalUI

/// What a form of the shift screens is for.
public enum ShiftForm: Sendable, Equatable {
    /// The outgoing person signs the department's handover sheet, with the draft note.
    case sign(department: String, note: String)
    /// The incoming person acknowledges handover `id` under their own identity and PIN.
    case acknowledge(handover: Int64)
}

/// The dashboard's daily-check line: yesterday's missed checks (R23, flagged this morning) and the
/// handovers still unacknowledged an hour after their signature.
public struct ShiftFlags: Sendable, Equatable {
    public var missedYesterday = 0
    public var unacknowledged = 0

    public init(missedYesterday: Int = 0, unacknowledged: Int = 0) {
        self.missedYesterday = missedYesterday; self.unacknowledged = unacknowledged
    }

    static func load(_ store: Store, today: Day, now: Instant) throws -> ShiftFlags {
        let yesterday = today.adding(days: -1)
        return ShiftFlags(missedYesterday: try store.missingCheckCount(from: yesterday, through: yesterday, today: today),
                          unacknowledged: try store.flaggedHandovers(now: now).count)
    }
}

enum ShiftFlagsView {
    /// Draws the line and returns the columns used from `point`.
    static func render(_ flags: ShiftFlags, into frame: inout Frame, at point: Point, width: Int, strings s: Strings) -> Int {
        var x = point.x + 1
        x += frame.put("\(s.t(.missingChecksShort)) \(flags.missedYesterday)", at: Point(x: x, y: point.y),
                       role: flags.missedYesterday > 0 ? .warning : .ok, maxWidth: max(0, point.x + width - x))
        x += 2
        if x < point.x + width {
            x += frame.put("\(s.t(.unackedShort)) \(flags.unacknowledged)", at: Point(x: x, y: point.y),
                           role: flags.unacknowledged > 0 ? .warning : .ok, maxWidth: max(0, point.x + width - x))
        }
        let hint = "  (c \(s.t(.cmdShift)))"
        if x + displayWidth(hint) <= point.x + width { x += frame.put(hint, at: Point(x: x, y: point.y), role: .dim) }
        return x - point.x
    }
}
