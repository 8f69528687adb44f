import RoundsCore
import RoundsStore
import TerminalUI

extension App {
    func openTicketList(_ scope: TicketListState.Scope) {
        guard let list = try? TicketListState.load(store, scope: scope, login: environment.login, now: environment.now()) else { return }
        push(.tickets(list))
    }

    func performTicketList(_ command: CommandID, _ l: inout TicketListState) {
        if l.table.navigate(command, page: page) { return }
        switch command {
        case .nextTab:
            let all = TicketListState.Scope.allCases
            let next = all[(all.firstIndex(of: l.scope)! + 1) % all.count]
            if let n = try? TicketListState.load(store, scope: next, login: environment.login, now: environment.now()) { l = n }
        case .search:
            l.search.open()
        case .newRequest:
            // A new ticket for any device: the command line's own `ticket open` form.
            openCommandForm(["ticket", "open"], given: [])
        case .open:
            guard !l.tickets.isEmpty,
                  let d = try? TicketDetailState.load(store, number: l.tickets[l.table.selected].number, now: environment.now()) else { return }
            push(.ticket(d))
        default: break
        }
    }

    /// Ticket steps from the detail view. Forms collect what a step needs; the rules decide.
    func performTicket(_ command: CommandID, _ d: inout TicketDetailState) {
        let s = state.strings
        let number = d.ticket.number.description
        if let moved = scrolled(d.scroll, by: command) { d.scroll = moved; return }
        switch command {
        case .moreSteps: openTicketStepPicker(number)
        case .assign:
            let engineers = d.people.filter { $0.has(.engineer) }
            state.overlay = .form(FormState(title: s.t(.formAssign), purpose: .assign(ticket: number), meaning: .ticketStep, fields: [
                .choice(s.t(.fieldRepairer), options: engineers.map { ("\($0.name) \($0.login)", $0.login) },
                        selected: engineers.firstIndex { $0.login == environment.login } ?? 0),
            ]))
        case .start:
            let now = environment.now()
            let steps: [TicketStep] = d.ticket.state == .received ? [.started] : [.received(), .started]
            recordSteps(d.ticket.number, steps.map { TicketEvent(at: now, by: environment.login, step: $0) })
        case .repaired:
            let causes: [(String, String)] = RepairCause.allCases.map { (s.cause($0), $0.rawValue) }
            state.overlay = .form(FormState(title: s.t(.formRepaired), purpose: .repaired(ticket: number), meaning: .repaired, fields: [
                .text(s.t(.fieldWork), required: true),
                .choice(s.t(.fieldCause), options: causes),
                .text(s.t(.fieldFeedback)),
            ]))
        case .signBack:
            let people = signBackRecipients(d)
            state.overlay = .form(FormState(title: s.t(.formSignBack), purpose: .signBack(ticket: number), meaning: .receivedBack, fields: [
                .choice(s.t(.fieldRecipient), options: people.map { ("\($0.name) \($0.login)", $0.login) },
                        selected: people.firstIndex { $0.login == environment.login } ?? 0),
                // R2: the recipient signs with their own PIN when they have one.
                .secret(s.t(.fieldRecipientPIN)),
            ]))
        case .close:
            recordSteps(d.ticket.number, [TicketEvent(at: environment.now(), by: environment.login, step: .closed)])
        default: break
        }
    }

    /// A repair request for the device on screen (R36): the form opens with the fault line focused.
    func openRepairRequestForm(tag: String) {
        let s = state.strings
        state.overlay = .form(FormState(title: "\(s.t(.formRequest)) \(tag)", purpose: .repairRequest(tag: tag), meaning: .reportedFault, fields: [
            .text(s.t(.fieldFault), required: true),
            .choice(s.t(.fieldOutOfService), options: [(s.t(.yes), "yes"), (s.t(.no), "no")]),
        ]))
    }

    /// Enter on a form: validate, then record; a refusal stays on the form with its rule.
    func submitForm(_ form: FormState) {
        var form = form
        if let bad = form.firstInvalid {
            form.focus = bad
            form.error = "\(form.fields[bad].label): \(state.strings.t(.required))"
            state.overlay = .form(form)
            return
        }
        let now = environment.now()
        let me = environment.login
        do {
            switch form.purpose {
            case .repairRequest(let tag):
                let report = try environment.write(at: now) { rec in
                    try rec.reportFault(device: tag, fault: form.value(0), at: now, by: me, source: .request,
                                        outOfService: form.value(1) == "yes", calendar: environment.calendar)
                }
                state.overlay = nil
                state.message = "\(state.strings.t(report.linked ? .ticketLinked : .ticketOpened)) \(report.number)"
                if let d = try TicketDetailState.load(store, number: report.number, now: now) { push(.ticket(d)) }
                return
            case .assign(let number):
                try record(number, [TicketEvent(at: now, by: me, step: .assigned(to: form.value(0)))])
            case .repaired(let number):
                let feedback = form.value(2)
                try record(number, [TicketEvent(at: now, by: me, step: .repaired(work: form.value(0), cause: RepairCause(rawValue: form.value(1)) ?? .other,
                                                                                  feedback: feedback.isEmpty ? nil : feedback))])
            case .signBack(let number):
                let recipient = form.value(0)
                guard let n = TicketNumber(parsing: number) else { break }
                try environment.write(at: now, pins: [recipient: form.value(1)]) { rec in
                    try rec.recordTicketStep(n, TicketEvent(at: now, by: recipient, step: .returned(recipient: recipient)), calendar: environment.calendar)
                }
                reloadTop()
            case .shift(let purpose):
                submitShiftForm(form, purpose)
                return
            case .switchUser:
                submitSwitchUser(form)
                return
            case .amend(let target):
                submitAmendForm(form, target)
                return
            case .command(let path, let arguments):
                runCommand(CommandForm.words(path: path, arguments: arguments, form: form), from: form)
                return
            }
            state.overlay = nil
            state.message = state.strings.t(.stepRecorded)
        } catch {
            form.error = state.strings.describe(error)
            state.overlay = .form(form)
        }
    }

    /// Records steps on a ticket and refreshes the ticket on screen; a refusal shows its rule.
    func recordSteps(_ number: TicketNumber, _ events: [TicketEvent]) {
        do {
            try record(number.description, events)
            state.message = state.strings.t(.stepRecorded)
        } catch {
            state.message = state.strings.describe(error)
        }
    }

    func record(_ number: String, _ events: [TicketEvent]) throws {
        guard let n = TicketNumber(parsing: number) else { return }
        try environment.write() { rec in
            for e in events { try rec.recordTicketStep(n, e, calendar: environment.calendar) }
        }
        reloadTop()
    }
}

extension Strings {
    public func cause(_ c: RepairCause) -> String {
        switch c {
        case .component: return t(.causeComponent)
        case .wear: return t(.causeWear)
        case .operation: return t(.causeOperation)
        case .environment: return t(.causeEnvironment)
        case .other: return t(.causeOther)
        }
    }
}
