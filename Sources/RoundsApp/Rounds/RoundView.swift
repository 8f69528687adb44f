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
        frame.putLabel(s.t(.checklist), at: Point(x: x, y: y), role: .header, maxWidth: width)
        y += 1
        let items = Checklist.items(for: state.kind, device: device).filter { !$0.perRoom || state.isFirstInRoom }
        for (i, item) in items.enumerated() where y < rect.maxY - 2 {
            let suffix = item.perRoom ? " (\(s.t(.oncePerRoom)))" : ""
            frame.putLabel("\(i + 1). \(item.text(s))\(suffix)", at: Point(x: x + 1, y: y), maxWidth: width - 1)
            y += 1
        }
        if let note = state.note, let pending = state.pendingResult {
            let row = rect.maxY - 1
            let label = "\(s.resultName(pending)) \(s.t(.noteLabel)): "
            let used = frame.put(label, at: Point(x: x, y: row), role: pending == .fault ? .down : .warning)
            note.render(into: &frame, at: Point(x: x + used, y: row), width: max(1, width - used))
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
