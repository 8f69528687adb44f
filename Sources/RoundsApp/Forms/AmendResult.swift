import RoundsCore
import RoundsStore
import TerminalUI

/// A non-normal result recorded by mistake (a hazard, a fault, a daily-check problem) changed to
/// normal: never by a stray key. The person confirms, gives the reason, and decides what becomes of
/// the ticket it opened — kept, or cancelled as a false report — and all of it is stored as an
/// amendment with who, when and why (issue #11; Evidence/Amendments.swift in the store).
public struct AmendTarget: Sendable, Equatable {
    public var record: CorrectableRecord
    public var original: Int64
    public var device: String
    /// The open ticket the result raised, if any.
    public var ticket: TicketNumber?
}

extension App {
    /// The question before the form: "ICU-V01 [FAULT] by 王芳: record normal instead?" (default: no).
    func askToAmend(_ target: AmendTarget, shown: String, by: String) {
        let s = state.strings
        state.overlay = .picker(PickerState(purpose: .amend(target), title: "\(target.device) [\(shown)] \(by) \(s.t(.amendQuestion))",
                                            options: [(s.t(.keepRecord), nil), (s.t(.amendYes), "yes")],
                                            table: TableState(rowCount: 2)))
    }

    /// The form: why the earlier result is wrong, and the ticket's fate.
    func openAmendForm(_ target: AmendTarget) {
        let s = state.strings
        var fields: [FormState.Field] = [.text(s.t(.fieldAmendReason), required: true)]
        if let ticket = target.ticket {
            fields.append(.choice("\(s.t(.fieldTicketFate)) \(ticket)", options: [(s.t(.ticketKeep), "keep"), (s.t(.ticketCancelFalse), "cancel")]))
        }
        state.overlay = .form(FormState(title: "\(s.t(.formAmend)) \(target.device)", purpose: .amend(target),
                                        meaning: .performedInspection, fields: fields))
    }

    func submitAmendForm(_ form: FormState, _ target: AmendTarget) {
        var form = form
        let now = environment.now()
        let cancel = target.ticket.flatMap { form.fields.count > 1 && form.value(1) == "cancel" ? $0 : nil }
        do {
            try environment.write(at: now) { rec in
                try rec.amendToNormal(target.record, original: target.original,
                                      stamp: WorkStamp(device: target.device, at: now, by: environment.login, note: ""),
                                      reason: form.value(0), ticket: cancel.map(TicketOnAmendment.cancel) ?? .keep,
                                      calendar: environment.calendar)
            }
        } catch {
            form.error = state.strings.describe(error)
            state.overlay = .form(form)
            return
        }
        state.overlay = nil
        reloadAll()
        // In a round, on to the next device to record, as after any record.
        if case .round(var r) = state.stack.last {
            advance(&r)
            state.stack[state.stack.count - 1] = .round(r)
        }
        let s = state.strings
        let fate = target.ticket.map { " \($0) " + s.t(cancel == nil ? .ticketKept : .ticketCancelled) } ?? ""
        state.message = "\(s.t(.amendedToNormal)) \(target.device)\(fate)"
    }
}
