import RoundsCore
import RoundsCore
import RoundsStore
import TerminalUI

enum RoundView {
    /// `signer`: the name of the person whose signature each key records, shown with its meaning.
    static func render(_ state: inout RoundState, into frame: inout Frame, rect: Rect, strings s: Strings, border: BorderStyle,
                       signer: String) {
        var y = rect.y
        let x = rect.x + 1, width = rect.width - 2
        if state.department.isKey {
            // R20 / IMR 3.4b: inspection staff follow the key department's dress requirements.
            frame.putLabel(s.t(.dressReminder), at: Point(x: x, y: y), role: .warning, maxWidth: width)
            y += 1
        }
        let c = state.counts()
        let progress = "\(s.t(.progress)) \(state.done)/\(state.devices.count)   \(s.t(.resultOK)) \(c.ok)  \(s.t(.resultHazard)) \(c.hazard)  \(s.t(.resultFault)) \(c.fault)  \(s.t(.skipped)) \(c.skipped)"
        frame.putLabel(progress, at: Point(x: x, y: y), role: .header, maxWidth: width)
        y += 1
        frame.put(String(repeating: border.horizontal, count: max(0, width)), at: Point(x: x, y: y), role: .border)
        y += 1
        guard let device = state.current else {
            frame.putLabel(s.t(.roundEmpty), at: Point(x: x, y: y), role: .dim, maxWidth: width)
            return
        }
        if state.isFinished {
            frame.putLabel(s.t(.roundFinished), at: Point(x: x, y: y), role: .ok, maxWidth: width)
            y += 2
        }
        let tagLine = "\(state.index + 1)/\(state.devices.count)  \(device.tag)  \(device.displayName(english: !s.isChinese))  "
        let used = frame.putLabel(tagLine, at: Point(x: x, y: y), role: .title, maxWidth: width)
        if let t = state.openTickets[device.tag] {
            // Down for repair, whatever its registry status says.
            frame.put("[\(s.t(.underRepair))] \(t.number) \(s.priority(t.priority))", at: Point(x: x + used, y: y), role: .warning,
                      maxWidth: max(0, width - used))
        } else {
            frame.putLabel(s.statusTag(device.status), at: Point(x: x + used, y: y), role: .title, maxWidth: max(0, width - used))
        }
        y += 1
        let info = "\(s.t(.fModel)) \(device.model)   \(s.t(.fSerial)) \(device.serial)   \(s.t(.fLocation)) \(device.location)"
        frame.putLabel(info, at: Point(x: x, y: y), maxWidth: width)
        y += 1
        let last = state.lastInspected[device.tag].map(\.description) ?? s.t(.none)
        var outcome = ""
        switch state.round.outcomes[device.tag] {
        case .inspected(let r)?: outcome = "   [\(s.resultName(r))]"
        case .skipped(let r)?: outcome = "   [\(s.t(.skipped)): \(s.skipReason(r))]"
        case nil: break
        }
        frame.putLabel("\(s.t(.lastInspected)) \(last)\(outcome)", at: Point(x: x, y: y), role: .dim, maxWidth: width)
        y += 1
        // Each key is a signature (R2): say whose, and what it means.
        let meaning = s.isChinese ? SignatureMeaning.performedInspection.chinese : SignatureMeaning.performedInspection.english
        frame.putLabel("\(s.t(.signingMeans))\(meaning) — \(signer)", at: Point(x: x, y: y), role: .dim, maxWidth: width)
        y += 2
        let rows = max(1, rect.maxY - 2 - (y + 1))
        if let editor = state.checklist {
            renderEditor(editor, into: &frame, x: x, y: y, width: width, rows: rows, strings: s)
        } else {
            frame.putLabel(s.t(.checklist), at: Point(x: x, y: y), role: .header, maxWidth: width)
            for (i, item) in state.checklistItems(for: device).prefix(rows).enumerated() {
                let suffix = item.scope == .room ? " (\(s.t(.oncePerRoom)))" : ""
                frame.putLabel("\(i + 1). \(item.text(chinese: s.isChinese))\(suffix)", at: Point(x: x + 1, y: y + 1 + i), maxWidth: width - 1)
            }
        }
        if let note = state.note {
            let row = rect.maxY - 1
            let label: String, role: StyleRole
            switch state.checklist?.pending {
            case .abnormal(let finding)?:
                label = "\(s.t(finding == .hazard ? .answerHazard : .answerTicket)) \(s.t(.noteLabel)): "
                role = finding == .ticket ? .down : .warning
            case .notApplicable?:
                label = "\(s.t(.answerNotApplicable)) \(s.t(.reasonLabel)): "
                role = .dim
            case nil:
                guard let pending = state.pendingResult else { return }
                label = "\(s.resultName(pending)) \(s.t(.noteLabel)): "
                role = pending == .fault ? .down : .warning
            }
            let used = frame.put(label, at: Point(x: x, y: row), role: role)
            note.render(into: &frame, at: Point(x: x + used, y: row), width: max(1, width - used))
        }
    }

    /// The checklist being answered: a header with the blank count, then a window of items around
    /// the selected one, each with its answer's tag (never by colour alone).
    static func renderEditor(_ editor: ChecklistEditor, into frame: inout Frame, x: Int, y: Int, width: Int, rows: Int, strings s: Strings) {
        let head = "\(s.t(.checklist))  \(s.t(.checklistBlanks)) \(editor.blankCount)/\(editor.items.count)  \(s.t(.checklistHint))"
        frame.putLabel(head, at: Point(x: x, y: y), role: .header, maxWidth: width)
        let first = max(0, min(editor.selected - rows / 2, editor.items.count - rows))
        for (offset, item) in editor.items.dropFirst(first).prefix(rows).enumerated() {
            let i = first + offset
            let selected = i == editor.selected
            let (tag, role) = answerTag(editor.answers[item.code], strings: s)
            let room = item.scope == .room ? " (\(s.t(.oncePerRoom)))" : ""
            var line = "\(selected ? ">" : " ") \(i + 1). \(tag) \(item.text(chinese: s.isChinese))\(room)"
            switch editor.answers[item.code] {
            case .abnormal(let note, _)?: line += " — \(note)"
            case .notApplicable(let reason)?: line += " — \(reason)"
            default: break
            }
            frame.putLabel(line, at: Point(x: x, y: y + 1 + offset), role: selected ? .selected : role, maxWidth: width)
        }
    }

    static func answerTag(_ a: ChecklistAnswer?, strings s: Strings) -> (String, StyleRole) {
        switch a {
        case nil: return (s.t(.answerBlank), .dim)
        case .normal?: return (s.t(.answerNormal), .ok)
        case .abnormal(_, .hazard)?: return (s.t(.answerHazard), .warning)
        case .abnormal(_, .ticket)?: return (s.t(.answerTicket), .down)
        case .notApplicable?: return (s.t(.answerNotApplicable), .dim)
        }
    }
}

extension Strings {
    public func resultName(_ r: InspectionResult) -> String {
        switch r {
        case .ok: return t(.resultOK)
        case .hazard: return t(.resultHazard)
        case .fault: return t(.resultFault)
        }
    }

    public func skipReason(_ r: SkipReason) -> String {
        switch r {
        case .inUse: return t(.skipInUse)
        case .notFound: return t(.skipNotFound)
        case .other: return t(.skipOther)
        }
    }
}
