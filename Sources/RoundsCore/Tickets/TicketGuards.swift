/// The rules that refuse a step (R101: "transitions that a rule forbids are rejected with a message
/// citing the rule"). Guards refuse only what must not happen yet; missed duties are exceptions
/// (`TicketExceptions`), never blocks on sign-off (CONTRACT "Record work").
///
/// Who may sign what:
/// - any known person opens a request, reports further faults, cancels, records notifications,
///   substitutes and vendor delays (R2: the signer must exist);
/// - the equipment department — the `engineer` or `equipment-head` role — assigns (R37), receives
///   (R39), starts, pauses, sends off site, records the repair (R41), proposes scrapping and closes;
///   the assignee must hold the `engineer` role (R37);
/// - approvals need `TicketRules.approverRole` (head of the equipment department), scrapping
///   `TicketRules.scrapApproverRole` (R50, R51, R38, R63);
/// - the recipient who signs a device back is a person of the device's department or its custodian
///   (R42).
///
/// ```swift
/// try TicketGuards(ticket: t, facts: t.facts, context: ctx).check(event)   // throws TicketRefusal
/// ```
struct TicketGuards {
    let ticket: Ticket
    let facts: TicketFacts
    let context: TicketContext

    /// Steps that are repair work, refused on a scrapped device (R8).
    static let repairWork: Set<TicketStepKind> = [
        .opened, .additionalReport, .assigned, .received, .started, .externalRepairer, .emergencyExternal,
        .sentOffSite, .backOnSite, .waitingParts, .waitingVendor, .resumed, .repaired, .returned,
    ]
    /// Records that may still be added to a closed or refused ticket: duties done late and facts
    /// established afterwards (a verbal approval recorded after the fact, R50; a justification, R49).
    static let lateRecords: Set<TicketStepKind> = [
        .approval, .justification, .substituteReturned, .manufacturerNotified, .notified, .vendorLate,
        .reportedToLeadership, .factsEstablished,
    ]
    /// States before the repair is recorded.
    static let beforeRepaired: Set<TicketState> = [
        .requested, .assigned, .received, .inRepair, .waitingParts, .waitingVendor, .offSite, .deferred,
    ]
    static let working: Set<TicketState> = [.inRepair, .waitingParts, .waitingVendor]
    static let notStarted: Set<TicketState> = [.requested, .assigned, .received]

    private var name: String { ticket.number.description }
    private var tag: String { context.device.tag }

    func check(_ e: TicketEvent) throws(TicketRefusal) {
        let isFirst = ticket.events.isEmpty
        if isFirst {
            guard case .opened = e.step else { throw TicketRefusal("R36", "a ticket starts with its repair request") }
        } else {
            if case .opened = e.step { throw TicketRefusal("R101", "\(name) is already open") }
            if let last = facts.lastAt, e.at < last {
                throw TicketRefusal("R4", "a step of \(name) cannot be dated before its previous step (\(last))")
            }
            guard context.device.tag == facts.device else {
                throw TicketRefusal("R36", "\(name) is for device \(facts.device), not \(context.device.tag)")
            }
            if facts.state == .cancelled {
                throw TicketRefusal("R101", "\(name) is cancelled; it takes no further steps")
            }
            if facts.state.isFinal, !Self.lateRecords.contains(e.kind) {
                throw TicketRefusal("R101", "\(name) is \(facts.state.rawValue); '\(e.kind.rawValue)' is not allowed any more")
            }
        }
        let signer = try person(e.by)
        if context.device.status == .scrapped, Self.repairWork.contains(e.kind) {
            throw TicketRefusal("R8", "device \(tag) is scrapped; it takes no repair requests or repair work")
        }
        try checkStep(e, signer: signer)
    }

    // MARK: Helpers

    private func person(_ login: String) throws(TicketRefusal) -> Person {
        guard let p = context.person(login) else { throw TicketRefusal("R2", "unknown person '\(login)'") }
        return p
    }

    /// The signer is of the equipment department (engineer or equipment head).
    private func requireStaff(_ p: Person, _ rule: String, _ doing: String) throws(TicketRefusal) {
        guard p.has(.engineer) || p.has(.equipmentHead) || p.has(context.rules.approverRole) else {
            throw TicketRefusal(rule, "only the equipment department (engineer or equipment head) may \(doing); \(p.login) may not")
        }
    }

    private func require(_ ok: Bool, _ rule: String, _ reason: @autoclosure () -> String) throws(TicketRefusal) {
        if !ok { throw TicketRefusal(rule, reason()) }
    }

    private func requireText(_ s: String, _ rule: String, _ what: String) throws(TicketRefusal) {
        try require(!s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, rule, "\(what) is required")
    }

    private func requireState(_ allowed: Set<TicketState>, _ e: TicketEvent) throws(TicketRefusal) {
        guard allowed.contains(facts.state) else {
            throw TicketRefusal("R101", "\(name) is \(facts.state.rawValue); '\(e.kind.rawValue)' is not allowed from there")
        }
    }

    // MARK: The steps

    private func checkStep(_ e: TicketEvent, signer: Person) throws(TicketRefusal) {
        let rules = context.rules
        switch e.step {
        case let .opened(device, fault, _, damage, _, _, linkedTo):
            try require(device == tag, "R36", "the request is for \(device) but the context is for \(tag)")
            try requireText(fault, "R36", "a fault description")
            try require(!(damage == .undetermined && context.damageQuestionMandatory), "R47",
                        "\(tag) is large or valuable: damage by fault must be answered yes or no, not undetermined")
            let others = context.openTicketsOfDevice.filter { $0 != ticket.number }
            if let linkedTo {
                try require(others.contains(linkedTo), "R103", "\(linkedTo) is not an open ticket of \(tag)")
            } else if let first = others.first {
                throw TicketRefusal("R103", "\(tag) already has open ticket \(first); add this report to it, or open a ticket linked to it")
            }

        case let .additionalReport(fault):
            try requireText(fault, "R36", "a fault description")
            try require(facts.state.deviceAwaitsRepair, "R103",
                        "\(name) is \(facts.state.rawValue): \(tag) is back in service; open a new ticket")

        case let .assigned(to):
            try requireStaff(signer, "R37", "assign repairs")
            let assignee = try person(to)
            try require(assignee.has(.engineer), "R37", "\(to) is not a repairer (engineer role)")
            try requireState(Self.beforeRepaired, e)

        case .received:
            try requireStaff(signer, "R39", "register receipt of a device")
            try require(facts.state != .requested, "R37", "assign a repairer to \(name) before the device is received")
            try requireState([.assigned], e)

        case .started:
            try requireStaff(signer, "R39", "start a repair")
            try require(!Self.notStarted.subtracting([.received]).contains(facts.state), "R39",
                        "register receipt of \(tag) (received) before the repair starts")
            try requireState([.received], e)
            try require(!(context.damageQuestionMandatory && (facts.damage == nil || facts.damage == .undetermined)), "R47",
                        "\(tag) is large or valuable: answer whether this is damage by fault (yes or no) before repair starts")
            if facts.damage == .yes {
                var missing: [String] = []
                if facts.leadershipReportedAt == nil { missing.append("the report to leadership") }
                if facts.factsEstablishedAt == nil { missing.append("the established facts") }
                try require(missing.isEmpty, "R46",
                            "damage by fault must be reported to leadership with the established facts before repair starts (missing: \(missing.joined(separator: ", ")))")
            }
            if let who = facts.externalRepairer {
                try require(facts.externalApprovedAt != nil || facts.emergencyExternalAt != nil, "R50",
                            "\(who) is not hospital repair staff: the head of the equipment department must approve before work starts")
            }

        case let .damageClassified(answer):
            try requireStaff(signer, "R46", "classify damage by fault")
            try require(!(answer == .undetermined && context.damageQuestionMandatory), "R47",
                        "\(tag) is large or valuable: damage by fault must be answered yes or no, not undetermined")

        case let .reportedToLeadership(leader, _, content):
            try requireText(leader, "R46", "the leader reported to")
            try requireText(content, "R46", "the content of the report to leadership")

        case let .factsEstablished(text):
            try requireText(text, "R46", "the established facts")

        case let .approval(kind, _, verbalAt):
            let role = rules.approverRole(for: kind)
            try require(signer.has(role), kind.rule,
                        "only the \(role.rawValue) may approve \(kind.rawValue); \(signer.login) is not")
            if let verbalAt {
                try require(verbalAt <= e.at, "R50", "a verbal approval is recorded after it was given, not before (\(verbalAt))")
            }
            if kind == .scrapping {
                try require(facts.state == .proposedScrap, "R62", "propose scrapping \(tag) before approving it")
            }

        case let .externalRepairer(repairer, company, _):
            try requireText(repairer, "R50", "the external repairer's name")
            try requireText(company, "R50", "the external repairer's company")
            try requireState(Self.beforeRepaired, e)
            if Self.working.union([.offSite]).contains(facts.state) {
                try require(facts.externalApprovedAt != nil || facts.emergencyExternalAt != nil, "R50",
                            "\(repairer) is not hospital repair staff: the head of the equipment department must approve before work starts")
            }

        case let .emergencyExternal(reason):
            try requireStaff(signer, "R49", "declare an emergency external repair")
            try requireText(reason, "R49", "the reason for the emergency external repair")
            try requireState(Self.beforeRepaired, e)

        case let .justification(text):
            try requireStaff(signer, "R49", "justify an emergency external repair")
            try requireText(text, "R49", "the justification")
            try require(facts.emergencyExternalAt != nil, "R49", "\(name) has no emergency external repair to justify")

        case let .sentOffSite(destination, _, _):
            try requireStaff(signer, "R51", "send a device off site")
            try require(!Self.notStarted.subtracting([.received]).contains(facts.state), "R39",
                        "register receipt of \(tag) (received) before sending it off site")
            try requireState(Self.working.union([.received]), e)
            try requireText(destination, "R51", "the off-site destination")
            try require(facts.unusedApprovals.contains(.offSite), "R51",
                        "off-site repair of \(tag) needs the approval of the head of the equipment department first")

        case let .backOnSite(inspection):
            try requireStaff(signer, "R51", "register a device back from off-site repair")
            try requireState([.offSite], e)
            try requireText(inspection, "R51", "the incoming inspection on return")

        case .waitingParts, .waitingVendor:
            try requireStaff(signer, "R101", "pause a repair")
            try requireState(Self.working, e)

        case .resumed:
            try requireStaff(signer, "R101", "resume a repair")
            try requireState([.waitingParts, .waitingVendor, .proposedScrap, .deferred], e)

        case .manufacturerNotified:
            break

        case let .vendorLate(note):
            try requireText(note, "R45", "what the vendor failed to do")

        case .cannotRepairInTime:
            try requireState(Self.beforeRepaired.union([.proposedScrap]), e)

        case let .notified(party, login):
            let p = try person(login)
            switch party {
            case .equipmentHead:
                try require(p.has(.equipmentHead), "R53", "\(login) is not the head of the equipment section")
            case .department:
                try require(p.department == context.device.department, "R53",
                            "\(login) is not of \(tag)'s department \(context.device.department)")
            }

        case let .substitute(sub, _):
            try requireText(sub, "R53", "the substitute device (asset number or description)")
            try require(sub != tag, "R54", "\(tag) cannot substitute for itself")
            try require(!facts.activeSubstitutes.contains(sub), "R54", "\(sub) is already in place as a substitute on \(name)")
            try require(facts.state.deviceAwaitsRepair, "R54", "\(tag) is back in service; no substitute is needed")

        case let .substituteReturned(sub):
            try require(facts.activeSubstitutes.contains(sub), "R54", "\(sub) is not a substitute in place on \(name)")

        case .prioritySet:
            try requireStaff(signer, "R104", "change a ticket's priority")

        case let .repaired(work, cause, feedback, _):
            try requireStaff(signer, "R41", "sign a repair record")
            try require(facts.state != .offSite, "R51",
                        "record \(tag)'s return and its incoming inspection (back-on-site) before the repair")
            try requireState([.inRepair], e)
            try requireText(work, "R40", "the repair content (work done)")
            if cause == .operation {
                try require(!(feedback ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "R43",
                            "cause 'operation' (incorrect operation) requires the feedback given to the clinical department")
            }

        case let .returned(recipient):
            try require(!Self.beforeRepaired.union([.proposedScrap]).contains(facts.state), "R42",
                        "\(tag) can be signed back only after the repair is recorded (\(name) is \(facts.state.rawValue))")
            try requireState([.repaired], e)
            let p = try person(recipient)
            try require(p.department == context.device.department || p.login == context.device.custodian, "R42",
                        "\(recipient) is neither of \(tag)'s department \(context.device.department) nor its custodian")
            if context.device.radiation, let repair = facts.repair, repair.majorPartReplaced {
                let passed = context.lastPassedAcceptanceTest.map { $0 > repair.at } ?? false
                try require(passed, "R78",
                            "an important part of radiation device \(tag) was replaced: an acceptance test passed after the repair must be recorded before sign-off")
            }

        case .closed:
            try requireStaff(signer, "R101", "close a ticket")
            try require(facts.state != .repaired && !Self.beforeRepaired.contains(facts.state), "R42",
                        "the department must sign \(tag) back (returned) before \(name) is closed")
            try requireState([.returned, .proposedScrap], e)
            if facts.state == .proposedScrap {
                try require(facts.unusedApprovals.contains(.scrapping), "R63",
                            "scrapping \(tag) needs the approval of the \(rules.scrapApproverRole.rawValue) before \(name) is closed")
            }
            try require(facts.emergencyExternalAt == nil || facts.justifiedAt != nil, "R49",
                        "the emergency external repair must be justified before \(name) is closed")

        case let .deferred(reason):
            try requireState(Self.notStarted, e)
            try requireText(reason, "R38", "a reason for deferring")
            try require(signer.has(rules.approverRole) || facts.unusedApprovals.contains(.deferral), "R38",
                        "deferring a request needs the approval of the head of the equipment department")

        case let .refused(reason):
            try requireState(Self.notStarted.union([.deferred]), e)
            try requireText(reason, "R38", "a reason for refusing")
            try require(signer.has(rules.approverRole) || facts.unusedApprovals.contains(.refusal), "R38",
                        "refusing a request needs the approval of the head of the equipment department")

        case let .cancelled(reason, text):
            try requireState(Self.notStarted.union([.deferred]), e)
            if reason == .other { try requireText(text, "R101", "an explanation of the cancellation") }

        case let .proposedForScrap(reason):
            try requireStaff(signer, "R62", "propose scrapping")
            try requireState(Self.working.union([.received]), e)
            try requireText(reason, "R62", "the reason for scrapping")
        }
    }
}
