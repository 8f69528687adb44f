/// When a piece of work was done against when it is entered (R4: two times on every record).
///
/// Entering a record long after the work is a late entry (补录): allowed, but only with a reason, and
/// listed by `rounds report late-entries`. A record of work in the future, beyond a small allowance for
/// clocks that differ, is refused: nobody can have done it yet.
///
/// ```swift
/// let rule = WorkTimeRule(lateEntryHours: 24)
/// rule.check(work: entered.adding(hours: -3), entered: entered)    // .onTime
/// rule.check(work: entered.adding(hours: -72), entered: entered)   // .late(seconds: 259_200)
/// rule.check(work: entered.adding(seconds: 600), entered: entered) // .future(seconds: 600)
/// ```
public struct WorkTimeRule: Sendable, Equatable {
    /// Work done more than this many hours before it is entered is a late entry (rule
    /// `late-entry-hours`, default 24).
    public var lateEntryHours: Int
    /// How far in the future a work time may be: clocks of two machines differ by a little.
    public static let futureAllowanceSeconds: Int64 = 5 * 60

    public init(lateEntryHours: Int = 24) { self.lateEntryHours = lateEntryHours }

    public enum Verdict: Equatable, Sendable {
        case onTime
        /// Entered this many seconds after the work: needs a reason.
        case late(seconds: Int64)
        /// The work time is this many seconds after the entry time: refused.
        case future(seconds: Int64)
        /// Outside the years the program accepts (``Day/acceptedYears``): refused.
        case outOfRange
    }

    public func check(work: Instant, entered: Instant) -> Verdict {
        guard Day.acceptedYears.contains(Day(dayNumber: Int(floorDiv(work.seconds, 86_400))).year) else { return .outOfRange }
        let lag = entered.seconds - work.seconds
        if lag < -Self.futureAllowanceSeconds { return .future(seconds: -lag) }
        if lag > Int64(lateEntryHours) * 3600 { return .late(seconds: lag) }
        return .onTime
    }
}
