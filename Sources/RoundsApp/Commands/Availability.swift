import RoundsCore
import RoundsStore
import TerminalUI

/// Why a command cannot act here and now (issue #11: keys that ignore state).
///
/// One answer serves three places, so they cannot disagree: the status bar dims the key, the `?`
/// help gives the reason beside it, and the key itself says the reason instead of opening a form
/// the rules would refuse once filled in.
extension App {
    /// Commands that record or sign something.
    static let writingCommands: Set<CommandID> = [
        .round, .allNormal, .hazard, .fault, .skip, .openChecklist, .recordChecklist, .newRequest, .assign, .start, .repaired, .signBack, .close,
        .checkNormal, .checkProblem, .ackProblem, .handoverNote, .signHandover, .ackHandover, .moreSteps, .recordQC,
    ]

    /// The reason `command` is disabled in the current state, in the rule's own words; nil when it
    /// may run.
    func whyDisabled(_ command: CommandID) -> String? {
        if Self.writingCommands.contains(command) {
            if let refusal = environment.writeRefusal { return refusal }
            if let person = environment.person, let problem = Permissions.writeProblem(person) { return problem.text(chinese: state.strings.isChinese) }
        }
        let formFromTheCommandLine = command == .commandLine || command == .moreSteps || command == .recordQC
            || (command == .newRequest && state.context == .tickets)
        if formFromTheCommandLine, environment.commandRunner == nil {
            return state.strings.t(.commandLineUnavailable)
        }
        if case .ticket(let d) = state.stack.last, state.overlay == nil, let step = probeStep(command, on: d) {
            return ticketRefusal(step.step, by: step.signer, on: d)
        }
        return nil
    }

    /// The step a ticket key would record, with who would sign it, to ask the rules before a form
    /// opens (the form's own values are checked again when it is sent).
    func probeStep(_ command: CommandID, on d: TicketDetailState) -> (step: TicketStep, signer: String?)? {
        switch command {
        case .assign:
            let engineer = d.people.first { $0.has(.engineer) }?.login ?? environment.login
            return (.assigned(to: engineer), nil)
        case .start: return (d.ticket.state == .received ? .started : .received(), nil)
        case .repaired: return (.repaired(work: "-", cause: .other), nil)
        case .signBack:
            let recipient = signBackRecipients(d).first?.login ?? environment.login
            return (.returned(recipient: recipient), recipient)
        case .close: return (.closed, nil)
        default: return nil
        }
    }

    /// Who may take a device back: its department's people and its custodian, the person at the
    /// keyboard first.
    func signBackRecipients(_ d: TicketDetailState) -> [Person] {
        let department = d.device?.department ?? "", custodian = d.device?.custodian ?? ""
        let people = d.people.filter { $0.department == department || $0.login == custodian }
        return people.filter { $0.login == environment.login } + people.filter { $0.login != environment.login }
    }

    /// Why the rules refuse `step` on the ticket now, or nil (R37–R43, R101).
    func ticketRefusal(_ step: TicketStep, by signer: String? = nil, on d: TicketDetailState) -> String? {
        guard let context = d.context else { return nil }
        do {
            _ = try d.ticket.apply(TicketEvent(at: environment.now(), by: signer ?? environment.login, step: step), context: context)
            return nil
        } catch {
            return error.message(chinese: state.strings.isChinese)
        }
    }

    /// Status-bar hints of the current context, a disabled one dimmed.
    func hints(strings s: Strings) -> [KeyHint] {
        CommandTable.commands(in: state.context).filter(\.inStatusBar).map {
            KeyHint(key: $0.keys[0].name, title: statusTitle($0, s), enabled: whyDisabled($0.id) == nil)
        }
    }

    /// A command's title in the status bar: its table title, except `m` on the uptime screen,
    /// which names the method it switches to (as `L` names the language), so the bar also says
    /// which method is shown.
    func statusTitle(_ c: Command, _ s: Strings) -> String {
        guard c.id == .uptimeMethod, case .uptime(let u)? = state.stack.last else { return s.t(c.title) }
        return UptimeBoardView.methodName(u.summary.method == .scheduled ? .time : .scheduled, s)
    }
}
