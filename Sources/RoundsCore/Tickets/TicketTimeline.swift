/// A stretch of a ticket's life in one state (R102: "elapsed time in each state").
///
/// ```swift
/// // opened 08:00, assigned 08:30:
/// TicketStateSpan(state: .requested, start: t0800, end: t0830).seconds(closingAt: now)   // 1800
/// ```
public struct TicketStateSpan: Hashable, Sendable {
    public var state: TicketState
    public var start: Instant
    /// When the ticket left the state; nil while it is still in it.
    public var end: Instant?

    public init(state: TicketState, start: Instant, end: Instant?) {
        self.state = state; self.start = start; self.end = end
    }

    /// Seconds spent in the state, an open span closed at `now` (never negative).
    public func seconds(closingAt now: Instant) -> Int64 { max(0, start.seconds(until: end ?? now)) }
}

extension Ticket {
    /// The states the ticket went through, in order, with when each began and ended. A final state
    /// (closed, refused, cancelled) is a point, `end == start`: a finished ticket stops ageing.
    ///
    /// ```swift
    /// t.timeline.map(\.state)   // [.requested, .assigned, .received, .inRepair, .repaired, .returned, .closed]
    /// ```
    public var timeline: [TicketStateSpan] {
        let changes = facts.changes
        return changes.indices.map { i in
            let c = changes[i]
            let end = i + 1 < changes.count ? changes[i + 1].at : (c.state.isFinal ? c.at : nil)
            return TicketStateSpan(state: c.state, start: c.at, end: end)
        }
    }

    /// Total seconds spent in each state as of `now` (a state entered twice adds up; steps dated after
    /// `now` are left out).
    ///
    /// ```swift
    /// t.secondsInEachState(now: now)[.requested]   // 1800 for a request assigned after 30 minutes
    /// ```
    public func secondsInEachState(now: Instant) -> [TicketState: Int64] {
        asOf(now).timeline.reduce(into: [:]) { $0[$1.state, default: 0] += $1.seconds(closingAt: now) }
    }

    /// The downtime this ticket causes (CONTRACT "Running intact rate"): from the request to the
    /// department's sign-off (R42), only when the request took the device out of service; nil
    /// otherwise. The end is nil while the device is not signed back. Being repaired does not end
    /// downtime — the sign-off does. A ticket that ends without a sign-off ends its downtime when it
    /// ends: cancelled (a duplicate or false report), refused, or closed after scrapping.
    ///
    /// ```swift
    /// t.downtime   // DowntimeInterval(start: opened, end: returned)
    /// ```
    public var downtime: DowntimeInterval? {
        let f = facts
        guard !events.isEmpty, f.outOfService else { return nil }
        return DowntimeInterval(start: f.openedAt, end: f.downtimeEnd)
    }
}
