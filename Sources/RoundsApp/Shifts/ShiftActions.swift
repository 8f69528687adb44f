import Foundation
import RoundsCore
import RoundsStore
import TerminalUI

/// The shift screens' keys: daily checks at one key per healthy device, a problem with a note, the
/// engineer's response, the handover sheet with its two signatures, history and export.
extension App {
    /// Opens the shift screen of a department: the one selected on the dashboard, else the user's.
    func openShift(department code: String?) {
        let mine = (try? store.person(environment.login))?.department
        guard let code = code ?? (mine?.isEmpty == false ? mine : nil),
              let department = try? store.departments().first(where: { $0.code == code }) else {
            state.message = state.strings.t(.noDepartment)
            return
        }
        do {
            var s = try ShiftState.load(store, department: department, now: environment.now())
            if let first = s.sheet.checks.firstIndex(where: { $0.result == .pending }) { s.table.select(first) }
            push(.shift(s))
        } catch {
            state.message = state.strings.describe(error)
        }
    }

    func shiftScreenTitle(_ s: Strings) -> String {
        switch state.stack.last! {
        case .shift(let x): return "\(s.t(.shiftTitle)) \(x.department.code) \(x.department.displayName(english: !s.isChinese))"
        case .handover(let h): return "\(s.t(.handoverTitle)) \(h.department.code)" + (h.record.map { " #\($0.id)" } ?? "")
        case .handovers(let l): return "\(s.t(.handoversTitle)) \(l.department.code)"
        default: return ""
        }
    }

    func renderShiftScreen(at index: Int, into frame: inout Frame, rect: Rect, strings s: Strings) {
        let cal = environment.calendar, now = environment.now()
        switch state.stack[index] {
        case .shift(var x):
            ShiftView.render(&x, into: &frame, rect: rect, strings: s, calendar: cal, now: now,
                             signer: environment.person?.name ?? environment.login)
            state.stack[index] = .shift(x)
        case .handover(var h):
            HandoverView.render(&h, into: &frame, rect: rect, strings: s, calendar: cal, now: now)
            state.stack[index] = .handover(h)
        case .handovers(var l):
            HandoverListView.render(&l, into: &frame, rect: rect, strings: s, calendar: cal, now: now)
            state.stack[index] = .handovers(l)
        default: break
        }
    }

    func reloadedShiftScreen(_ screen: Screen) -> Screen {
        let now = environment.now()
        switch screen {
        case .shift(let old):
            guard var n = try? ShiftState.load(store, department: old.department, now: now) else { return screen }
            n.table.select(old.table.selected)
            n.note = old.note
            return .shift(n)
        case .handover(let old):
            let fresh: HandoverState?
            if let record = old.record {
                fresh = try? HandoverState.signed(store, id: record.id, department: old.department, now: now)
            } else {
                fresh = try? HandoverState.load(store, department: old.department, now: now, draftNote: old.draftNote)
            }
            guard var n = fresh else { return screen }
            n.scroll = old.scroll
            n.note = old.note
            return .handover(n)
        case .handovers(var l):
            try? l.reload(store, now: now)
            return .handovers(l)
        default:
            return screen
        }
    }

    /// Text typed into a problem note, a handover note or the history search. True when used.
    func handleShiftText(_ key: Key, context: Context) -> Bool {
        guard context == .note || context == .search, CommandTable.command(for: key, in: context) == nil else { return false }
        let i = state.stack.count - 1
        switch state.stack[i] {
        case .shift(var x) where x.note != nil:
            x.note!.handle(key)
            state.stack[i] = .shift(x)
        case .handover(var h) where h.note != nil:
            h.note!.handle(key)
            state.stack[i] = .handover(h)
        case .handovers(var l) where l.search != nil:
            l.search!.handle(key)
            l.filter.text = l.search!.text
            try? l.reload(store, now: environment.now())
            state.stack[i] = .handovers(l)
        default:
            return false
        }
        return true
    }

    func performShift(_ command: CommandID, at index: Int) {
        switch state.stack[index] {
        case .shift(var x):
            performShiftScreen(command, &x)
            if case .shift = state.stack[index] { state.stack[index] = .shift(x) }
        case .handover(var h):
            performHandover(command, &h)
            if case .handover = state.stack[index] { state.stack[index] = .handover(h) }
        case .handovers(var l):
            performHandoverList(command, &l)
            if case .handovers = state.stack[index] { state.stack[index] = .handovers(l) }
        default: break
        }
    }

    // MARK: The shift screen

    func performShiftScreen(_ command: CommandID, _ x: inout ShiftState) {
        let s = state.strings
        if x.note != nil {
            switch command {
            case .confirm:
                let text = x.note!.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { state.message = s.t(.noteRequired); return }
                x.note = nil
                recordCheck(problem: true, note: text, in: &x)
            case .cancel:
                x.note = nil
            default: break
            }
            return
        }
        if x.table.navigate(command, page: page) { return }
        switch command {
        case .checkNormal:
            guard let line = x.selected else { return }
            if line.result == .ok || line.result == .problem {
                // Already checked today: no second record. A problem stays a problem unless the
                // person confirms and says why (an amendment, its ticket kept or cancelled).
                if line.result == .problem, let check = try? store.currentDailyCheck(device: line.device, day: state.day), check.problem {
                    let ticket = (try? store.ticket(openedByDailyCheck: check.id)) ?? nil
                    let open = ((try? store.tickets(TicketFilter(openOnly: true, device: line.device))) ?? []).map(\.number)
                    askToAmend(AmendTarget(record: .dailyCheck, original: check.id, device: line.device,
                                           ticket: ticket.flatMap { open.contains($0) ? $0 : nil }),
                               shown: s.t(.tagCheckProblem).trimmingCharacters(in: CharacterSet(charactersIn: "[]")), by: line.by)
                    return
                }
                if let next = x.nextPending(after: x.table.selected) { x.table.select(next) }
                return
            }
            recordCheck(problem: false, note: "", in: &x)
        case .checkProblem:
            guard x.selected != nil else { return }
            x.note = TextField()
        case .ackProblem:
            guard let line = x.selected, let id = x.openProblems[line.device] else {
                state.message = s.t(.noOpenProblem)
                return
            }
            let now = environment.now()
            do {
                let seconds = try environment.write(at: now) { rec in
                    try rec.acknowledgeProblem(id, by: environment.login, at: now)
                }
                state.message = "\(s.t(.problemAcked)) \(seconds / 60) \(s.t(.minutesShort))"
                reloadShift(&x)
            } catch {
                state.message = state.strings.describe(error)
            }
        case .handoverSheet:
            do { push(.handover(try HandoverState.load(store, department: x.department, now: environment.now()))) }
            catch { state.message = state.strings.describe(error) }
        case .handoverHistory:
            openHandoverHistory(x.department)
        case .search:
            x.search.open()
        default: break
        }
    }

    /// Records the selected device's daily check; a healthy one moves to the next pending device.
    func recordCheck(problem: Bool, note: String, in x: inout ShiftState) {
        guard let line = x.selected else { return }
        let now = environment.now()
        let stamp = WorkStamp(device: line.device, at: now, by: environment.login, note: note)
        do {
            let recorded = try environment.write(at: now) { rec in
                try rec.checkDevice(stamp, problem: problem, calendar: environment.calendar)
            }
            if let fault = recorded.fault {
                state.message = "\(state.strings.t(.recordedProblem)) \(fault.number)"
            }
        } catch {
            state.message = state.strings.describe(error)
            return
        }
        let at = x.table.selected
        reloadShift(&x)
        x.table.select(at)
        if !problem, let next = x.nextPending(after: at) { x.table.select(next) }
    }

    func reloadShift(_ x: inout ShiftState) {
        guard let n = try? ShiftState.load(store, department: x.department, now: environment.now()) else { return }
        let selected = x.table.selected, search = x.search
        x = n
        x.search = search
        x.table.select(selected)
    }

    func openHandoverHistory(_ department: Department) {
        do { push(.handovers(try HandoverListState.load(store, department: department, now: environment.now()))) }
        catch { state.message = state.strings.describe(error) }
    }

    // MARK: The handover sheet

    func performHandover(_ command: CommandID, _ h: inout HandoverState) {
        let s = state.strings
        if h.note != nil {
            switch command {
            case .confirm:
                h.draftNote = h.note!.text.trimmingCharacters(in: .whitespaces)
                h.note = nil
                if let n = try? HandoverState.load(store, department: h.department, now: environment.now(), draftNote: h.draftNote) {
                    let scroll = h.scroll
                    h = n
                    h.scroll = scroll
                }
            case .cancel:
                h.note = nil
            default: break
            }
            return
        }
        switch command {
        case .up: h.scroll = max(0, h.scroll - 1)
        case .down: h.scroll += 1
        case .pageUp: h.scroll = max(0, h.scroll - page)
        case .pageDown: h.scroll += page
        case .top: h.scroll = 0
        case .bottom: h.scroll = Int.max / 2
        case .handoverNote:
            guard h.record == nil else { state.message = s.t(.signedReadOnly); return }
            h.note = TextField(text: h.draftNote)
        case .signHandover:
            guard h.record == nil else { state.message = s.t(.signedReadOnly); return }
            openSignForm(h)
        case .ackHandover:
            openAckForm(h.record)
        case .handoverHistory:
            openHandoverHistory(h.department)
        case .exportText, .exportCSV:
            exportHandover(h.document(strings: s, calendar: environment.calendar, now: environment.now()), csv: command == .exportCSV)
        default: break
        }
    }

    func openSignForm(_ h: HandoverState) {
        let s = state.strings
        let me = environment.login
        let needsPIN = store.settings.requirePIN || ((try? store.hasPIN(me)) ?? false)
        var form = FormState(title: "\(s.t(.formSignHandover)) \(h.department.code) \(h.sheet.shift)",
                             purpose: .shift(.sign(department: h.department.code, note: h.draftNote)), meaning: .handedOver, fields: [
            .choice(s.t(.fieldOutgoing), options: [("\(h.names[me] ?? me) \(me)", me)]),
            .secret(s.t(.fieldPIN), required: needsPIN),
        ])
        form.focus = 1
        state.overlay = .form(form)
    }

    /// The incoming person's form: who they are (anyone but the signer, their department first) and
    /// their own PIN.
    func openAckForm(_ record: HandoverRecord?) {
        let s = state.strings
        guard let record else { state.message = s.t(.signFirst); return }
        guard !record.isAcknowledged else { state.message = s.t(.alreadyAcknowledged); return }
        let people = ((try? store.people()) ?? []).filter { $0.login != record.signedBy }
            .sorted { ($0.department == record.department ? 0 : 1, $0.login) < ($1.department == record.department ? 0 : 1, $1.login) }
        guard !people.isEmpty else { state.message = s.t(.noOtherPerson); return }
        state.overlay = .form(FormState(title: "\(s.t(.formAckHandover)) #\(record.id) \(record.department) \(record.shift)",
                                        purpose: .shift(.acknowledge(handover: record.id)), meaning: .receivedHandover, fields: [
            .choice(s.t(.fieldIncoming), options: people.map { ("\($0.name) \($0.login)", $0.login) }),
            .secret(s.t(.fieldPIN), required: true),
        ]))
    }

    /// Enter on a sign or acknowledge form: the store checks the PIN and the rules (R2, R25); a
    /// refusal stays on the form.
    func submitShiftForm(_ form: FormState, _ purpose: ShiftForm) {
        var form = form
        let now = environment.now()
        let me = environment.login
        do {
            switch purpose {
            case .sign(let department, let note):
                let sheet = try store.handoverSheet(department: department, now: now, note: note)
                let id = try environment.write(at: now) { rec in
                    try rec.signHandover(sheet, pin: form.value(1), requirePIN: store.settings.requirePIN)
                }
                state.overlay = nil
                state.message = "\(state.strings.t(.handoverSigned)) #\(id)"
                // Show the sheet as signed, ready for the incoming person's acknowledgement.
                if case .handover(let h) = state.stack.last!,
                   let signed = try HandoverState.signed(store, id: id, department: h.department, now: now) {
                    state.stack[state.stack.count - 1] = .handover(signed)
                    return
                }
            case .acknowledge(let id):
                let incoming = form.value(0)
                try environment.write(actor: incoming, at: now) { rec in
                    try rec.acknowledgeHandover(id, pin: form.value(1), keyboard: me)
                }
                state.overlay = nil
                state.message = "\(state.strings.t(.handoverAcked)) #\(id) \(incoming)"
            }
            reloadTop()
        } catch {
            form.error = state.strings.describe(error)
            state.overlay = .form(form)
        }
    }

    func exportHandover(_ doc: HandoverDocument, csv: Bool) {
        let shift = doc.sheet.shift
        let id = doc.record.map { "\($0.id)" } ?? "draft"
        let name = "rounds-handover-\(doc.sheet.department)-\(shift.day)-\(shift.startText.replacingOccurrences(of: ":", with: ""))-\(id)-\(doc.strings.language.rawValue).\(csv ? "csv" : "txt")"
        let path = environment.exportDirectory + "/" + name
        do {
            let text = csv ? doc.csv : try TextDocument.sealed(doc.text, store: store, at: environment.now(), login: environment.login)
            export(text, to: path, csv: csv)
        } catch {
            state.message = "\(path): \(error.localizedDescription)"
        }
    }

    // MARK: History

    func performHandoverList(_ command: CommandID, _ l: inout HandoverListState) {
        let now = environment.now()
        if l.search != nil {
            switch command {
            case .confirm: l.search = nil
            case .cancel:
                l.search = nil
                l.filter.text = l.searchBefore
                try? l.reload(store, now: now)
            default: break
            }
            return
        }
        if l.table.navigate(command, page: page) { return }
        switch command {
        case .open:
            guard let r = l.selected, let h = try? HandoverState.signed(store, id: r.id, department: l.department, now: now) else { return }
            push(.handover(h))
        case .search:
            l.searchBefore = l.filter.text
            l.search = TextField(text: l.filter.text)
        case .ackHandover:
            openAckForm(l.selected)
        case .exportText, .exportCSV:
            guard let r = l.selected else { return }
            exportHandover(HandoverDocument(sheet: r.sheet, record: r, strings: state.strings, calendar: environment.calendar,
                                            now: now, names: l.names), csv: command == .exportCSV)
        default: break
        }
    }
}
