/// One recorded step of a repair ticket: what happened, with its data. Who and when are on the
/// `TicketEvent` that carries it. Steps are insert-only facts; a ticket is the list of its events.
///
/// Some steps move the ticket to another `TicketState` (assigned, received, started, repaired, …);
/// the others record facts the rules need (approvals, the damage-by-fault report, notifications,
/// substitutes). `kind` is the CLI and database spelling, also the key in the JSON form:
///
/// ```swift
/// let step = TicketStep.sentOffSite(destination: "GE Beijing depot", vendor: "GE", expectedReturn: nil)
/// step.kind.rawValue                 // "sent-off-site"
/// // JSON: {"sent-off-site":{"destination":"GE Beijing depot","vendor":"GE"}}
/// ```
public enum TicketStep: Hashable, Sendable, Codable {
    /// The repair request (维修申请单, R36). `damageByFault` nil = not asked yet (R46 asks before
    /// repair starts; R47 requires yes or no for large or valuable devices). `linkedTo` names the open
    /// ticket of the same device that this parallel request deliberately overrides (R103).
    case opened(device: String, fault: String, outOfService: Bool = true, damageByFault: DamageByFault? = nil,
                priority: TicketPriority = .routine, source: RequestSource = .request, linkedTo: TicketNumber? = nil)
    /// A further fault report for a device already under this ticket (R103: linked, not parallel).
    case additionalReport(fault: String)
    /// The equipment department assigns a repairer (R37). Again later = reassignment.
    case assigned(to: String)
    /// The repairer registers receipt of the device: its condition and accessories (R39).
    case received(condition: String = "")
    /// Repair work begins (→ in repair). Guarded by R46, R47 and R50.
    case started
    /// The answer to "damage by fault?" given or changed after the request (R46; R48 when changed to
    /// yes after the repair started).
    case damageClassified(answer: DamageByFault)
    /// The report of a damage by fault to hospital leadership (R46 a): leader, channel, content.
    case reportedToLeadership(leader: String, channel: String = "", content: String)
    /// The established facts of a damage by fault (查明情况, R46 b).
    case factsEstablished(facts: String)
    /// An approval given by the event's signer (R50, R51, R38, R63). `verbalAt`: a verbal approval
    /// recorded afterwards, with the time it was given (R50, DOMAIN §8 Q6).
    case approval(kind: ApprovalKind, note: String = "", verbalAt: Instant? = nil)
    /// The repairer is not hospital staff (R50): name, company, contact.
    case externalRepairer(name: String, company: String, contact: String = "")
    /// Emergency external repair: repair first, justify afterwards (先维修后论证, R49).
    case emergencyExternal(reason: String)
    /// The justification owed after an emergency external repair (R49).
    case justification(text: String)
    /// The device leaves the hospital for repair (R51; needs an off-site approval first).
    case sentOffSite(destination: String, vendor: String, expectedReturn: Day? = nil)
    /// The device is back from off-site repair, with the incoming inspection (R51).
    case backOnSite(inspection: String)
    case waitingParts(note: String = "")
    case waitingVendor(note: String = "")
    /// Back to work after waiting, after a deferral, or after a scrapping proposal is withdrawn.
    case resumed
    /// The manufacturer of a device under warranty was notified (R44); the event's time is when.
    case manufacturerNotified(channel: String = "")
    /// The manufacturer or vendor missed the agreement's terms (contract breach, R45).
    case vendorLate(note: String)
    /// Key equipment marked "cannot be repaired in time" by hand (R53), before the automatic limit.
    case cannotRepairInTime(note: String = "")
    /// The department or the head of the equipment section was told (R53 a).
    case notified(party: NotifiedParty, person: String)
    /// A substitute device was put in place (R53 b): an asset number or a description, and its source.
    case substitute(device: String, source: SubstituteSource)
    /// The substitute went back (R54).
    case substituteReturned(device: String)
    /// The equipment department overrides the priority (R104).
    case prioritySet(priority: TicketPriority)
    /// The repair record, signed by the repairer (R40–R43): the work done, the cause, the feedback to
    /// the clinical department (required when the cause is operation), and whether an important part
    /// was replaced (R78, radiation devices).
    case repaired(work: String, cause: RepairCause, feedback: String? = nil, majorPartReplaced: Bool = false)
    /// The department signs the device back into service (R42); this ends downtime.
    case returned(recipient: String)
    case closed
    case deferred(reason: String)
    case refused(reason: String)
    case cancelled(reason: CancelReason, text: String = "")
    case proposedForScrap(reason: String)

    /// The JSON keys are the kebab-case kinds.
    enum CodingKeys: String, CodingKey {
        case opened, additionalReport = "additional-report", assigned, received, started
        case damageClassified = "damage-classified", reportedToLeadership = "reported-to-leadership"
        case factsEstablished = "facts-established", approval, externalRepairer = "external-repairer"
        case emergencyExternal = "emergency-external", justification, sentOffSite = "sent-off-site"
        case backOnSite = "back-on-site", waitingParts = "waiting-parts", waitingVendor = "waiting-vendor"
        case resumed, manufacturerNotified = "manufacturer-notified", vendorLate = "vendor-late"
        case cannotRepairInTime = "cannot-repair-in-time", notified, substitute
        case substituteReturned = "substitute-returned", prioritySet = "priority-set", repaired, returned
        case closed, deferred, refused, cancelled, proposedForScrap = "proposed-for-scrap"
    }

    /// The kind of step, for a CLI subcommand or a database column.
    public var kind: TicketStepKind {
        switch self {
        case .opened: return .opened
        case .additionalReport: return .additionalReport
        case .assigned: return .assigned
        case .received: return .received
        case .started: return .started
        case .damageClassified: return .damageClassified
        case .reportedToLeadership: return .reportedToLeadership
        case .factsEstablished: return .factsEstablished
        case .approval: return .approval
        case .externalRepairer: return .externalRepairer
        case .emergencyExternal: return .emergencyExternal
        case .justification: return .justification
        case .sentOffSite: return .sentOffSite
        case .backOnSite: return .backOnSite
        case .waitingParts: return .waitingParts
        case .waitingVendor: return .waitingVendor
        case .resumed: return .resumed
        case .manufacturerNotified: return .manufacturerNotified
        case .vendorLate: return .vendorLate
        case .cannotRepairInTime: return .cannotRepairInTime
        case .notified: return .notified
        case .substitute: return .substitute
        case .substituteReturned: return .substituteReturned
        case .prioritySet: return .prioritySet
        case .repaired: return .repaired
        case .returned: return .returned
        case .closed: return .closed
        case .deferred: return .deferred
        case .refused: return .refused
        case .cancelled: return .cancelled
        case .proposedForScrap: return .proposedForScrap
        }
    }
}

/// The kind of a `TicketStep` without its data: the CLI and database spelling.
///
/// ```swift
/// TicketStepKind(rawValue: "back-on-site")   // .backOnSite
/// ```
public enum TicketStepKind: String, CaseIterable, Hashable, Sendable, Codable {
    case opened, additionalReport = "additional-report", assigned, received, started
    case damageClassified = "damage-classified", reportedToLeadership = "reported-to-leadership"
    case factsEstablished = "facts-established", approval, externalRepairer = "external-repairer"
    case emergencyExternal = "emergency-external", justification, sentOffSite = "sent-off-site"
    case backOnSite = "back-on-site", waitingParts = "waiting-parts", waitingVendor = "waiting-vendor"
    case resumed, manufacturerNotified = "manufacturer-notified", vendorLate = "vendor-late"
    case cannotRepairInTime = "cannot-repair-in-time", notified, substitute
    case substituteReturned = "substitute-returned", prioritySet = "priority-set", repaired, returned
    case closed, deferred, refused, cancelled, proposedForScrap = "proposed-for-scrap"
}
