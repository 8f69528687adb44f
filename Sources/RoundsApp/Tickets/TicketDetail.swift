import RoundsCore
import RoundsStore
import TerminalUI

/// One ticket: what, where, who; the time spent in each state (R102); every step with who and when;
/// the duties missed so far (exceptions, R100).
public struct TicketDetailState: Sendable {
    public var ticket: Ticket
    public var device: Equipment?
    public var exceptions: [TicketException]
    /// Each step's signature (who, role, meaning, proof: R2), by the step's time, signer and kind.
    var signatures: [String: StoredSignature] = [:]
    /// What the ticket rules need to know about its device, and the people who may act: read with
    /// the ticket (again after any write), so asking whether a key may act costs no query per frame.
    var context: TicketContext?
    var people: [Person] = []
    public var scroll = 0

    static func key(_ e: TicketEvent) -> String { "\(e.at.seconds)|\(e.by)|\(e.kind.rawValue)" }

    static func load(_ store: Store, number: TicketNumber, now: Instant) throws -> TicketDetailState? {
        guard let stored = try store.ticket(number) else { return nil }
        let t = stored.asOf(now)
        let context = try store.ticketContext(device: t.device)
        var state = TicketDetailState(ticket: t, device: try store.device(t.device), exceptions: t.exceptions(now: now, context: context))
        state.context = context
        state.people = try store.people()
        for (e, signed) in zip(stored.events, try store.signedSteps(number)) {
            if let g = signed.signature { state.signatures[key(e)] = g }
        }
        return state
    }

    func lines(strings s: Strings, calendar: FacilityCalendar, now: Instant) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        let t = ticket
        out.append(("\(t.number)  \(s.ticketState(t.state))  \(s.priority(t.priority))", .title))
        let name = device.map { "\($0.tag) \($0.displayName(english: !s.isChinese))  \($0.department)  \($0.location)" } ?? t.device
        out.append(("\(s.t(.fName)): \(name)", .normal))
        out.append(("\(s.t(.colFault)): \(t.fault)", .normal))
        out.append(("\(s.t(.assignee)): \(t.assignee ?? "-")   \(s.t(.outOfServiceLabel)): \(s.yesNo(t.outOfService))", .normal))
        out.append(("", .normal))
        out.append((s.t(.timeInStates), .header))
        for span in t.timeline {
            let end = span.end.map { calendar.format($0) } ?? s.t(.untilNow)
            let seconds = (span.end ?? now).seconds - span.start.seconds
            out.append(("  \(fit(s.ticketState(span.state), width: 12)) \(calendar.format(span.start)) .. \(end)  \(TicketListView.hours(seconds))", .normal))
        }
        out.append(("", .normal))
        out.append((s.t(.steps), .header))
        for e in t.events {
            out.append(("  \(calendar.format(e.at))  \(fit(e.by, width: 12)) \(s.step(e.kind))", .normal))
            if let g = signatures[Self.key(e)] {
                let meaning = g.meaning.map { s.isChinese ? $0.chinese : $0.english } ?? ""
                out.append(("      \(g.name) · \(meaning) · \(g.proof.map(s.proof) ?? "")", .dim))
            }
        }
        if !exceptions.isEmpty {
            out.append(("", .normal))
            out.append((s.t(.exceptionsTitle), .header))
            for x in exceptions { out.append(("  \(x.message(chinese: s.isChinese))", .warning)) }
        }
        return out
    }
}

enum TicketDetailView {
    static func render(_ state: inout TicketDetailState, into frame: inout Frame, rect: Rect, strings s: Strings,
                       calendar: FacilityCalendar, now: Instant) {
        TextPage.render(state.lines(strings: s, calendar: calendar, now: now), scroll: &state.scroll, into: &frame, rect: rect)
    }
}

extension Strings {
    /// How a signature was proven, in words.
    public func proof(_ p: SignatureProof) -> String {
        switch p {
        case .osAccount: return t(.proofOS)
        case .pin: return t(.proofPIN)
        case .unproven: return t(.proofUnproven)
        case .generated: return t(.proofGenerated)
        }
    }

    public func priority(_ p: TicketPriority) -> String {
        switch p {
        case .emergency: return t(.prEmergency)
        case .urgent: return t(.prUrgent)
        case .routine: return t(.prRoutine)
        case .deferred: return t(.prDeferred)
        }
    }
}
