/// When a missed duty goes to the equipment head (R100; `rule.escalate-*`, docs/rules.md): a
/// ticket's duty once `ticketHours` hours have passed since it fell due, an overdue life-support
/// inspection, or a rescue device's record without its powered test (R32), once it is
/// `inspectionDays` days old, a radiation QC test overdue or failed once
/// `qcDays` days have passed.
///
/// ```swift
/// // No substitute due 2026-03-15 08:00, now 2026-03-16 08:00, ticketHours 24: escalated.
/// MissedDutyEscalation.standard.isEscalated(duty, now: now)   // true
/// ```
public struct MissedDutyEscalation: Hashable, Sendable {
    public var ticketHours: Int
    public var inspectionDays: Int
    public var qcDays: Int

    public init(ticketHours: Int, inspectionDays: Int, qcDays: Int) {
        self.ticketHours = ticketHours; self.inspectionDays = inspectionDays; self.qcDays = qcDays
    }

    /// The defaults: a working day for a ticket's duty, three days for an inspection, a week for QC.
    public static let standard = MissedDutyEscalation(ticketHours: 24, inspectionDays: 3, qcDays: 7)

    public func isEscalated(_ d: MissedDuty, now: Instant) -> Bool {
        let age = d.age(now: now)
        switch d.kind {
        case .lateAssignment, .noSubstitute, .unjustifiedEmergencyRepair, .vendorLate: return age.hours >= Int64(ticketHours)
        case .lifeSupportInspectionOverdue, .poweredTestMissing: return age.days >= inspectionDays
        case .qcOverdue, .qcFailed: return age.days >= qcDays
        }
    }

    /// The duties with ``MissedDuty/escalated`` set, escalated first, then oldest first.
    public func apply(_ duties: [MissedDuty], now: Instant) -> [MissedDuty] {
        duties.map { var d = $0; d.escalated = isEscalated($0, now: now); return d }
            .sorted { ($0.escalated ? 0 : 1, $0.since, $0.kind.rawValue, $0.subject) < ($1.escalated ? 0 : 1, $1.since, $1.kind.rawValue, $1.subject) }
    }
}
