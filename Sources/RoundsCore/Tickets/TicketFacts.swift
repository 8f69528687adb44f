/// What a ticket's events add up to: its state and every fact the guards, the timeline and the
/// exception lists read. Built by replaying the events in order; total (any list of events gives an
/// answer), so tickets stored under older rules still load.
///
/// ```swift
/// let f = TicketFacts(ticket.events)
/// f.state               // .inRepair
/// f.startedAt           // when repair began
/// ```
struct TicketFacts: Sendable {
    struct Change: Sendable { var state: TicketState; var at: Instant }
    struct Substitute: Sendable { var device: String; var at: Instant }
    struct Repair: Sendable { var at: Instant; var cause: RepairCause; var feedback: String?; var majorPartReplaced: Bool }

    var device = ""
    var openedAt = Instant(seconds: 0)
    var outOfService = true
    var priority = TicketPriority.routine
    /// When the priority last became `deferred` (R104), nil when it is not deferred.
    var deferredPrioritySince: Instant?
    var linkedTo: TicketNumber?
    var state = TicketState.requested
    /// The state a deferral interrupted (`resumed` goes back to it).
    var beforeDeferral: TicketState?
    var changes: [Change] = []
    var assignee: String?
    var firstAssignedAt: Instant?
    var damage: DamageByFault?
    /// When the answer last became "yes" (R46, R100 damage-by-fault list).
    var damageYesAt: Instant?
    /// A damage-by-fault "yes" given after repair started (R48).
    var damageYesAfterStartAt: Instant?
    var leadershipReportedAt: Instant?
    var factsEstablishedAt: Instant?
    var startedAt: Instant?
    var sentOffSiteAt: Instant?
    var externalRepairer: String?
    var externalApprovedAt: Instant?
    var approvalsSeen: Set<ApprovalKind> = []
    /// Approvals given and not yet used by the step they allow (off-site, deferral, refusal, scrapping).
    var unusedApprovals: Set<ApprovalKind> = []
    var emergencyExternalAt: Instant?
    var justifiedAt: Instant?
    var manufacturerNotifiedAt: Instant?
    var vendorLate: [(at: Instant, note: String)] = []
    var cannotRepairInTimeAt: Instant?
    var notifiedAt: [NotifiedParty: Instant] = [:]
    var substitutes: [Substitute] = []
    var activeSubstitutes: [String] = []
    var repair: Repair?
    var returnedAt: Instant?
    /// When a final state (closed, refused, cancelled) was reached.
    var finalAt: Instant?
    var lastAt: Instant?

    init(_ events: [TicketEvent]) {
        for e in events { apply(e) }
    }

    private mutating func move(to s: TicketState, at: Instant) {
        if s != state || changes.isEmpty { changes.append(Change(state: s, at: at)) }
        state = s
        if s.isFinal, finalAt == nil { finalAt = at }
    }

    private mutating func apply(_ e: TicketEvent) {
        lastAt = e.at
        switch e.step {
        case let .opened(device, _, outOfService, damageByFault, priority, _, linkedTo):
            self.device = device; openedAt = e.at; self.outOfService = outOfService
            damage = damageByFault; self.priority = priority; self.linkedTo = linkedTo
            if damageByFault == .yes { damageYesAt = e.at }
            if priority == .deferred { deferredPrioritySince = e.at }
            move(to: .requested, at: e.at)
        case .additionalReport: break
        case let .assigned(to):
            assignee = to
            if firstAssignedAt == nil { firstAssignedAt = e.at }
            if state == .requested { move(to: .assigned, at: e.at) }
        case .received: move(to: .received, at: e.at)
        case .started:
            if startedAt == nil { startedAt = e.at }
            move(to: .inRepair, at: e.at)
        case let .damageClassified(answer):
            if answer == .yes, damage != .yes {
                damageYesAt = e.at
                if startedAt != nil || sentOffSiteAt != nil { damageYesAfterStartAt = e.at }
            }
            damage = answer
        case .reportedToLeadership:
            if leadershipReportedAt == nil { leadershipReportedAt = e.at }
        case .factsEstablished:
            if factsEstablishedAt == nil { factsEstablishedAt = e.at }
        case let .approval(kind, _, verbalAt):
            approvalsSeen.insert(kind)
            if kind == .externalRepairer {
                if externalApprovedAt == nil { externalApprovedAt = verbalAt ?? e.at }
            } else {
                unusedApprovals.insert(kind)
            }
        case let .externalRepairer(name, company, _):
            externalRepairer = company.isEmpty ? name : "\(name) (\(company))"
        case .emergencyExternal:
            if emergencyExternalAt == nil { emergencyExternalAt = e.at }
        case .justification:
            if justifiedAt == nil { justifiedAt = e.at }
        case .sentOffSite:
            unusedApprovals.remove(.offSite)
            if sentOffSiteAt == nil { sentOffSiteAt = e.at }
            move(to: .offSite, at: e.at)
        case .backOnSite: move(to: .inRepair, at: e.at)
        case .waitingParts: move(to: .waitingParts, at: e.at)
        case .waitingVendor: move(to: .waitingVendor, at: e.at)
        case .resumed:
            if state == .deferred {
                move(to: beforeDeferral ?? .requested, at: e.at)
                beforeDeferral = nil
            } else {
                move(to: .inRepair, at: e.at)
            }
        case .manufacturerNotified:
            if manufacturerNotifiedAt == nil { manufacturerNotifiedAt = e.at }
        case let .vendorLate(note): vendorLate.append((e.at, note))
        case .cannotRepairInTime:
            if cannotRepairInTimeAt == nil { cannotRepairInTimeAt = e.at }
        case let .notified(party, _):
            if notifiedAt[party] == nil { notifiedAt[party] = e.at }
        case let .substitute(device, _):
            substitutes.append(Substitute(device: device, at: e.at))
            if !activeSubstitutes.contains(device) { activeSubstitutes.append(device) }
        case let .substituteReturned(device):
            activeSubstitutes.removeAll { $0 == device }
        case let .prioritySet(p):
            if p == .deferred, priority != .deferred { deferredPrioritySince = e.at }
            if p != .deferred { deferredPrioritySince = nil }
            priority = p
        case let .repaired(_, cause, feedback, major):
            repair = Repair(at: e.at, cause: cause, feedback: feedback, majorPartReplaced: major)
            move(to: .repaired, at: e.at)
        case .returned:
            if returnedAt == nil { returnedAt = e.at }
            move(to: .returned, at: e.at)
        case .closed:
            unusedApprovals.remove(.scrapping)
            move(to: .closed, at: e.at)
        case .deferred:
            unusedApprovals.remove(.deferral)
            beforeDeferral = state
            move(to: .deferred, at: e.at)
        case .refused:
            unusedApprovals.remove(.refusal)
            move(to: .refused, at: e.at)
        case .cancelled: move(to: .cancelled, at: e.at)
        case .proposedForScrap: move(to: .proposedScrap, at: e.at)
        }
    }

    /// The first time the ticket entered one of `states` at or after `from`.
    func firstChange(into states: Set<TicketState>, from: Instant) -> Instant? {
        changes.first { $0.at >= from && states.contains($0.state) }?.at
    }

    /// Work on the device has begun (in the workshop or off site).
    var repairBegunAt: Instant? {
        [startedAt, sentOffSiteAt].compactMap { $0 }.min()
    }

    /// When downtime ends (CONTRACT "Running intact rate"): the department's sign-off; for a ticket
    /// that ends without one (cancelled, refused, closed after scrapping), the moment it ended.
    var downtimeEnd: Instant? { returnedAt ?? finalAt }
}
