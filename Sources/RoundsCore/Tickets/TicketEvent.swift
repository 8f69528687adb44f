/// One recorded step of a ticket with its signature: when (`at`, from the injected clock, R4) and by
/// whom (`by`, the login of the signer, R2). Events are appended, never edited (R3).
///
/// ```swift
/// TicketEvent(at: now, by: "zhang.wei", step: .assigned(to: "li.na"))
/// ```
public struct TicketEvent: Hashable, Sendable, Codable {
    public var at: Instant
    public var by: String
    public var step: TicketStep

    public init(at: Instant, by: String, step: TicketStep) { self.at = at; self.by = by; self.step = step }

    public var kind: TicketStepKind { step.kind }
}
