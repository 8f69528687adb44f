import RoundsCore
import RoundsStore
import TerminalUI

extension App {
    func startRound(_ kind: InspectionKind, in department: Department) {
        do {
            let round = try RoundState.start(environment, kind: kind, department: department, at: environment.now())
            push(.round(round))
        } catch {
            state.message = state.strings.describe(error)
        }
    }

    /// `r` on the overdue board: the round of that line's kind in its department, at its device.
    func startRound(at line: OverdueBoardState.Line) {
        guard let department = ((try? store.departments()) ?? []).first(where: { $0.code == line.department }) else { return }
        startRound(line.kind, in: department)
        guard case .round(var r) = state.stack.last, let i = r.devices.firstIndex(where: { $0.tag == line.device }) else { return }
        r.index = i
        state.stack[state.stack.count - 1] = .round(r)
    }

    /// Round-mode keys: one records "all normal" (every checklist item normal, stored item by item)
    /// and moves on; h and f take a note first; c opens the checklist to answer item by item.
    func performRound(_ command: CommandID, _ r: inout RoundState) {
        if r.note != nil {
            switch command {
            case .confirm:
                let note = r.note!.text
                r.note = nil
                if let pending = r.checklist?.pending {
                    // The note of an abnormal item, or the reason it does not apply.
                    r.checklist!.pending = nil
                    r.checklist!.finish(pending, text: note)
                    return
                }
                let result = r.pendingResult ?? .hazard
                r.pendingResult = nil
                record(.summary(result, note: note), in: &r)
            case .cancel:
                r.note = nil
                r.pendingResult = nil
                r.checklist?.pending = nil
            default: break
            }
            return
        }
        if r.checklist != nil { return performChecklist(command, &r) }
        switch command {
        case .allNormal:
            guard let device = r.current else { return }
            // A device already recorded in this round (after moving back with k) is never recorded
            // again by a key: that would turn a fault into "normal" with its ticket still open.
            if case .inspected(let earlier)? = r.round.outcomes[device.tag] {
                askToRecordAgain(device, earlier: earlier, in: r)
                return
            }
            record(.checklist(.allNormal), in: &r)
        case .openChecklist:
            guard let device = r.current else { return }
            guard r.round.outcomes[device.tag] == nil else {
                state.message = state.strings.t(.alreadyInRound)
                return
            }
            r.checklist = ChecklistEditor(items: r.checklistItems(for: device))
        case .hazard, .fault:
            guard r.current != nil, r.round.outcomes[r.current!.tag] == nil else { return }
            r.pendingResult = command == .hazard ? .hazard : .fault
            r.note = TextField()
        case .skip:
            guard r.current != nil, r.round.outcomes[r.current!.tag] == nil else { return }
            let reasons = SkipReason.allCases
            state.overlay = .picker(PickerState(purpose: .skipReason, title: state.strings.t(.chooseSkipReason),
                                                options: reasons.map { (state.strings.skipReason($0), $0.rawValue) },
                                                table: TableState(rowCount: reasons.count)))
        case .up: r.index = max(0, r.index - 1)
        case .down: r.index = min(max(0, r.devices.count - 1), r.index + 1)
        default: break
        }
    }

    /// Space on a device already inspected in this round (someone else's record, or one reached
    /// again with k): asks first, "no" being the default, and a "yes" records a correction of the
    /// earlier record — never a second record of the device in the round.
    func askToRecordAgain(_ device: Equipment, earlier: InspectionResult, in r: RoundState) {
        let s = state.strings
        guard let (id, by) = try? store.roundInspection(r.round.id, device: device.tag) else {
            state.message = s.t(.alreadyInRound)
            return
        }
        // A hazard or fault changed to normal is an amendment with its reason, and its ticket's fate.
        if earlier != .ok {
            let target = AmendTarget(record: .inspection, original: id, device: device.tag,
                                     ticket: earlier == .fault ? r.openTickets[device.tag]?.number : nil)
            return askToAmend(target, shown: s.resultName(earlier), by: by)
        }
        state.overlay = .picker(PickerState(purpose: .reinspect(device: device.tag, original: id),
                                            title: "\(device.tag) [\(s.resultName(earlier))] \(by) \(s.t(.recordAgainQuestion))",
                                            options: [(s.t(.keepRecord), nil), (s.t(.recordAgainYes), "yes")],
                                            table: TableState(rowCount: 2)))
    }

    /// The confirmed "yes": the device is recorded normal as a correction of its earlier record.
    func recordAgain(correcting original: Int64) {
        guard case .round(var r) = state.stack.last! else { return }
        record(.checklist(.allNormal), in: &r, correcting: original)
        state.stack[state.stack.count - 1] = .round(r)
    }

    /// The checklist's keys: answer the selected item, type a note or reason, record, or leave.
    func performChecklist(_ command: CommandID, _ r: inout RoundState) {
        switch command {
        case .up: r.checklist!.move(by: -1)
        case .down: r.checklist!.move(by: 1)
        case .itemNormal: r.checklist!.answer(.normal)
        case .itemHazard, .itemTicket:
            r.checklist!.pending = .abnormal(command == .itemHazard ? .hazard : .ticket)
            r.note = TextField()
        case .itemNotApplicable:
            r.checklist!.pending = .notApplicable
            r.note = TextField()
        case .recordChecklist:
            // A blank item is refused by the store, naming it (R18); the checklist stays open.
            if record(.checklist(.items(r.checklist!.answers)), in: &r) { r.checklist = nil }
        case .cancel: r.checklist = nil
        default: break
        }
    }

    /// What a key records for the current device: a summary result with a note (h, f), or its
    /// checklist (Space: all normal; Enter in the checklist: item by item).
    enum RoundEntry {
        case summary(InspectionResult, note: String)
        case checklist(ChecklistInput)
    }

    /// Records the current device's inspection in the round and moves to the next open device;
    /// `correcting`: the id of the earlier record in the round that this one corrects. Returns
    /// whether it was recorded (a refusal is the message).
    @discardableResult
    func record(_ entry: RoundEntry, in r: inout RoundState, correcting: Int64? = nil) -> Bool {
        guard let device = r.current else { return false }
        let now = environment.now()
        var note = ""
        if case .summary(_, let n) = entry { note = n }
        let stamp = WorkStamp(device: device.tag, at: now, by: environment.login, note: note)
        var made: RecordedInspection?
        var result = InspectionResult.ok
        do {
            try environment.write(at: now) { rec in
                switch entry {
                case .summary(let chosen, _):
                    made = try rec.recordInspection(stamp, kind: r.kind, result: chosen, calendar: environment.calendar, round: r.round.id,
                                                    correcting: correcting)
                    result = chosen
                case .checklist(let input):
                    made = try rec.recordInspection(stamp, kind: r.kind, checklist: input, calendar: environment.calendar, round: r.round.id,
                                                    correcting: correcting)
                    result = made?.fault != nil ? .fault : (made?.hazards.isEmpty ?? true) ? .ok : .hazard
                }
                r.round.outcomes[device.tag] = .inspected(result)
                if r.isFinished { try rec.finishRound(r.round.id) }
            }
            if result == .hazard { state.message = state.strings.t(.recordedHazard) }
            if result == .fault {
                state.message = "\(state.strings.t(.recordedFault)) \(made?.fault.map(\.number.description) ?? "")"
                try? r.loadOpenTickets(store)
            }
            if let rooms = try? store.answeredRooms(round: r.round.id) { r.answeredRooms = rooms }
        } catch {
            r.round.outcomes[device.tag] = nil
            state.message = state.strings.describe(error)
            return false
        }
        advance(&r)
        return true
    }

    func skipCurrent(_ reason: SkipReason) {
        guard case .round(var r) = state.stack.last!, let device = r.current else { return }
        do {
            try environment.write() { rec in
                try rec.recordSkip(round: r.round.id, device: device.tag, reason: reason)
                r.round.outcomes[device.tag] = .skipped(reason)
                if r.isFinished { try rec.finishRound(r.round.id) }
            }
        } catch {
            r.round.outcomes[device.tag] = nil
            state.message = state.strings.describe(error)
        }
        advance(&r)
        state.stack[state.stack.count - 1] = .round(r)
    }

    func advance(_ r: inout RoundState) {
        if let next = r.nextOpen(from: r.index + 1) { r.index = next }
    }
}
