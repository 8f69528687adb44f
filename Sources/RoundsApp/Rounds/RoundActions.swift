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

    /// Round-mode keys: one records "all normal" and moves on; h and f take a note first.
    func performRound(_ command: CommandID, _ r: inout RoundState) {
        if r.note != nil {
            switch command {
            case .confirm:
                let note = r.note!.text
                let result = r.pendingResult ?? .hazard
                r.note = nil
                r.pendingResult = nil
                record(result, note: note, in: &r)
            case .cancel:
                r.note = nil
                r.pendingResult = nil
            default: break
            }
            return
        }
        switch command {
        case .allNormal:
            guard let device = r.current else { return }
            // A device already recorded in this round (after moving back with k) is never recorded
            // again by a key: that would turn a fault into "normal" with its ticket still open.
            if case .inspected(let earlier)? = r.round.outcomes[device.tag] {
                askToRecordAgain(device, earlier: earlier, in: r)
                return
            }
            record(.ok, note: "", in: &r)
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
        record(.ok, note: "", in: &r, correcting: original)
        state.stack[state.stack.count - 1] = .round(r)
    }

    /// Records the current device's inspection in the round and moves to the next open device;
    /// `correcting`: the id of the earlier record in the round that this one corrects.
    func record(_ result: InspectionResult, note: String, in r: inout RoundState, correcting: Int64? = nil) {
        guard let device = r.current else { return }
        let now = environment.now()
        let stamp = WorkStamp(device: device.tag, at: now, by: environment.login, note: note)
        var ticket: TicketNumber?
        do {
            try environment.write(at: now) { rec in
                let recorded = try rec.recordInspection(stamp, kind: r.kind, result: result, calendar: environment.calendar, round: r.round.id,
                                                        correcting: correcting)
                ticket = recorded.fault?.number
                r.round.outcomes[device.tag] = .inspected(result)
                if r.isFinished { try rec.finishRound(r.round.id) }
            }
            if result == .hazard { state.message = state.strings.t(.recordedHazard) }
            if result == .fault {
                state.message = "\(state.strings.t(.recordedFault)) \(ticket.map(\.description) ?? "")"
                try? r.loadOpenTickets(store)
            }
        } catch {
            r.round.outcomes[device.tag] = nil
            state.message = state.strings.describe(error)
            return
        }
        advance(&r)
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
