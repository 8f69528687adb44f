/// A repair ticket (维修单): its number and the events recorded on it, oldest first. Everything
/// else — state, timeline, downtime, priority, exceptions — is derived from the events, because the
/// store only ever inserts records (R3).
///
/// Record a step with `apply`, which checks the rules (`TicketGuards`) and returns the longer ticket,
/// or throws a `TicketRefusal` that names the rule:
///
/// ```swift
/// var t = try Ticket.open(number: n, TicketEvent(at: t0, by: "nurse",
///             step: .opened(device: "ICU-V01", fault: "alarm", priority: ctx.defaultPriority)), context: ctx)
/// t = try t.apply(TicketEvent(at: t1, by: "head", step: .assigned(to: "eng")), context: ctx)
/// t.state                   // .assigned
/// try t.apply(TicketEvent(at: t2, by: "eng", step: .returned(recipient: "nurse")), context: ctx)
/// // throws "R42: … can be signed back only after the repair is recorded …"
/// ```
public struct Ticket: Hashable, Sendable, Codable {
    public let number: TicketNumber
    public private(set) var events: [TicketEvent]

    /// A ticket from stored events, without checking them (they were checked when recorded; the
    /// rules may have changed since).
    public init(number: TicketNumber, events: [TicketEvent]) {
        self.number = number; self.events = events
    }

    /// Opens a ticket with its request (R36), checking the rules for a new request.
    public static func open(number: TicketNumber, _ request: TicketEvent,
                            context: TicketContext) throws(TicketRefusal) -> Ticket {
        try Ticket(number: number, events: []).apply(request, context: context)
    }

    /// The ticket with `event` recorded, if the rules allow it now; otherwise a refusal naming the rule.
    public func apply(_ event: TicketEvent, context: TicketContext) throws(TicketRefusal) -> Ticket {
        try TicketGuards(ticket: self, facts: facts, context: context).check(event)
        var next = self
        next.events.append(event)
        return next
    }

    /// The ticket as it stood at `now`: events dated after it are left out (CONTRACT: records dated
    /// after `--now` are ignored by every report).
    public func asOf(_ now: Instant) -> Ticket {
        Ticket(number: number, events: events.filter { $0.at <= now })
    }

    var facts: TicketFacts { TicketFacts(events) }

    // MARK: What the events say

    public var state: TicketState { facts.state }
    public var isOpen: Bool { state.isOpen }
    /// The device's asset number.
    public var device: String { facts.device }
    public var openedAt: Instant? { events.first?.at }
    /// The fault as first reported.
    public var fault: String {
        if case let .opened(_, fault, _, _, _, _, _)? = events.first?.step { return fault }
        return ""
    }
    public var outOfService: Bool { facts.outOfService }
    /// The priority now: the request's, or the latest override (R104).
    public var priority: TicketPriority { facts.priority }
    /// The repairer assigned last (R37).
    public var assignee: String? { facts.assignee }
    /// The open ticket this one was deliberately opened beside (R103 override).
    public var linkedTo: TicketNumber? { facts.linkedTo }
    public var damageByFault: DamageByFault? { facts.damage }
    public var repairedAt: Instant? { facts.repair?.at }
    public var returnedAt: Instant? { facts.returnedAt }
    /// Substitute devices in place and not yet returned (R53, R54).
    public var activeSubstitutes: [String] { facts.activeSubstitutes }
}
