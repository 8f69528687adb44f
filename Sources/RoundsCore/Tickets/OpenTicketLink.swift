/// R103: a repair request for a device already under an open ticket joins that ticket
/// (`TicketStep.additionalReport`) instead of opening a parallel one; opening one anyway is an
/// explicit override that names it (`TicketStep.opened(linkedTo:)`).
///
/// "Open" here means the device is still with the repair side: a ticket that is open and not yet
/// signed back (`TicketState.deviceAwaitsRepair`). A device that was signed back and fails again is
/// a new failure with a new ticket, even if the old ticket is not closed yet.
///
/// ```swift
/// OpenTicketLink.target(forDevice: "ICU-V01", among: tickets)?.number   // WX-2026-000007
/// ctx.openTicketsOfDevice = OpenTicketLink.open(forDevice: "ICU-V01", among: tickets).map(\.number)
/// ```
public enum OpenTicketLink {
    /// The device's tickets that a new request would duplicate, oldest first.
    public static func open(forDevice tag: String, among tickets: [Ticket]) -> [Ticket] {
        tickets.filter { $0.device == tag && $0.state.deviceAwaitsRepair }
            .sorted { ($0.openedAt ?? Instant(seconds: 0), $0.number) < ($1.openedAt ?? Instant(seconds: 0), $1.number) }
    }

    /// The ticket a new request for the device should join: the oldest open one that is not itself a
    /// linked override (else the oldest), or nil when the device has none.
    public static func target(forDevice tag: String, among tickets: [Ticket]) -> Ticket? {
        let candidates = open(forDevice: tag, among: tickets)
        return candidates.first { $0.linkedTo == nil } ?? candidates.first
    }
}
