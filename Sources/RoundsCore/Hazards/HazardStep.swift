/// One step in the life of a hidden hazard (隐患, R16) after it was found on a round.
///
/// A hazard is found open; it may be assigned to an engineer (again later: reassigned), and it ends
/// either resolved — with what was done — or converted into a repair ticket.
public enum HazardStep: Hashable, Sendable {
    /// An engineer is made responsible for it (`to` is their login).
    case assigned(to: String)
    /// It was dealt with; `action` says what was done (required, R16).
    case resolved(action: String)
    /// It needs a repair: a repair request was opened (or joined, R103) and `ticket` keeps its number.
    case converted(ticket: TicketNumber)

    /// The word stored in `hazard_events.step`.
    public var kind: Kind {
        switch self {
        case .assigned: return .assigned
        case .resolved: return .resolved
        case .converted: return .converted
        }
    }

    /// The stored name of a step.
    public enum Kind: String, CaseIterable, Sendable {
        case assigned, resolved, converted
    }
}

/// A step as recorded: when it was done, by whom, and what.
public struct HazardEvent: Hashable, Sendable {
    public var at: Instant
    public var by: String
    public var step: HazardStep

    public init(at: Instant, by: String, step: HazardStep) {
        self.at = at; self.by = by; self.step = step
    }
}
