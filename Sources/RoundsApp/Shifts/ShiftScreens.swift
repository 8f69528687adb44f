import RoundsCore
import RoundsStore
import TerminalUI

/// The department's shift screen: its in-service devices with today's daily check, one key per
/// healthy device, a note for a problem; the handover of the shift at the top.
public struct ShiftState: Sendable {
    public var department: Department
    /// The shift now running (shown in the header).
    public var shift: ShiftSlot
    /// The records as a handover sheet would show them now: today's checks, devices down, problems.
    public var sheet: HandoverSheet
    /// The signed handover of the shift a handover now would be for, if any.
    public var handover: HandoverRecord?
    /// The department's newest signed handover (shown while it waits for its acknowledgement).
    public var latest: HandoverRecord?
    /// Device → the oldest focused inspection still waiting for an engineer (R24).
    public var openProblems: [String: Int64]
    public var table: TableState
    /// The note being typed for a problem on the selected device.
    public var note: TextField?
    /// `/`: jumps to the first device whose tag, name or place contains the text.
    public var search = ListSearch()

    /// Selects the first device the search matches (the list keeps every device: the order is the walk).
    mutating func jumpToMatch() {
        if let i = sheet.checks.firstIndex(where: { search.matches([$0.device, $0.name, $0.nameEN, $0.location]) }) { table.select(i) }
    }

    static func load(_ store: Store, department: Department, now: Instant) throws -> ShiftState {
        let cal = store.settings.calendar
        let sheet = try store.handoverSheet(department: department.code, now: now)
        var open: [String: Int64] = [:]
        for p in try store.focusedInspections(department: department.code, openOnly: true, now: now) { open[p.device] = p.id }
        return ShiftState(department: department,
                          shift: try store.shiftSchedule(department: department.code).slot(containing: now, calendar: cal),
                          sheet: sheet, handover: try store.handover(department: department.code, shift: sheet.shift, now: now),
                          latest: try store.latestHandover(department: department.code, now: now),
                          openProblems: open, table: TableState(rowCount: sheet.checks.count), note: nil)
    }

    public var selected: HandoverSheet.CheckLine? {
        sheet.checks.indices.contains(table.selected) ? sheet.checks[table.selected] : nil
    }

    /// The first pending device after `index` (wrapping), if any.
    func nextPending(after index: Int) -> Int? {
        let n = sheet.checks.count
        guard n > 0 else { return nil }
        for step in 1...n {
            let i = (index + step) % n
            if sheet.checks[i].result == .pending { return i }
        }
        return nil
    }
}

/// A handover sheet on screen: the draft of the shift (live from the records) or a signed one.
public struct HandoverState: Sendable {
    public var department: Department
    public var sheet: HandoverSheet
    /// The signed handover shown; nil while it is a draft.
    public var record: HandoverRecord?
    /// The free note of the draft, signed with it.
    public var draftNote: String = ""
    public var note: TextField?
    public var scroll = 0
    public var names: [String: String] = [:]
    /// `rule.hazard-open-days`, to mark the sheet's open hazards overdue (R16).
    public var hazardOpenDays = HazardRules.standard.openDays

    /// The department's handover for the shift now: the signed one if there is one, else a draft.
    static func load(_ store: Store, department: Department, now: Instant, draftNote: String = "") throws -> HandoverState {
        let names = Dictionary(try store.people().map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sheet = try store.handoverSheet(department: department.code, now: now, note: draftNote)
        if let record = try store.handover(department: department.code, shift: sheet.shift, now: now) {
            return HandoverState(department: department, sheet: record.sheet, record: record, names: names,
                                 hazardOpenDays: try store.hazardRules().openDays)
        }
        return HandoverState(department: department, sheet: sheet, record: nil, draftNote: draftNote, names: names,
                             hazardOpenDays: try store.hazardRules().openDays)
    }

    static func signed(_ store: Store, id: Int64, department: Department, now: Instant) throws -> HandoverState? {
        guard let record = try store.handover(id, now: now) else { return nil }
        let names = Dictionary(try store.people().map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
        return HandoverState(department: department, sheet: record.sheet, record: record, names: names,
                             hazardOpenDays: try store.hazardRules().openDays)
    }

    func document(strings: Strings, calendar: FacilityCalendar, now: Instant) -> HandoverDocument {
        HandoverDocument(sheet: sheet, record: record, strings: strings, calendar: calendar, now: now, names: names,
                         hazardOpenDays: hazardOpenDays)
    }
}

/// Every handover of a department, newest first, searchable.
public struct HandoverListState: Sendable {
    public var department: Department
    public var filter: HandoverFilter
    public var records: [HandoverRecord]
    public var table: TableState
    public var search: TextField?
    public var searchBefore = ""
    public var names: [String: String] = [:]

    static func load(_ store: Store, department: Department, now: Instant) throws -> HandoverListState {
        var l = HandoverListState(department: department, filter: HandoverFilter(department: department.code), records: [],
                                  table: TableState(rowCount: 0))
        l.names = Dictionary(try store.people().map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
        try l.reload(store, now: now)
        return l
    }

    mutating func reload(_ store: Store, now: Instant) throws {
        let keep = selected?.id
        records = try store.handovers(filter, now: now)
        table.setRowCount(records.count)
        if let keep, let i = records.firstIndex(where: { $0.id == keep }) { table.select(i) } else { table.home() }
    }

    public var selected: HandoverRecord? { records.indices.contains(table.selected) ? records[table.selected] : nil }
}

enum ShiftView {
    /// `signer`: the name of the person whose signature each key records, shown with its meaning (R2).
    static func render(_ state: inout ShiftState, into frame: inout Frame, rect: Rect, strings s: Strings,
                       calendar: FacilityCalendar, now: Instant, signer: String) {
        var y = rect.y
        let x = rect.x + 1, width = rect.width - 2
        if state.department.isKey {
            // R20 / IMR 3.4b: the key department's dress requirements.
            frame.putLabel(s.t(.dressReminder), at: Point(x: x, y: y), role: .warning, maxWidth: width)
            y += 1
        }
        let sheet = state.sheet
        let problems = sheet.checks.filter { $0.result == .problem }.count
        var progress = "\(s.t(.shiftLabel)) \(state.shift)   \(s.t(.checkedLabel)) \(sheet.done.count)/\(sheet.checks.count)"
        progress += "  \(s.t(.problemLabel)) \(problems)  \(s.t(.pendingLabel)) \(sheet.pending.count)"
        frame.putLabel(progress, at: Point(x: x, y: y), role: .header, maxWidth: width)
        y += 1
        let meaning = s.isChinese ? SignatureMeaning.performedDailyCheck.chinese : SignatureMeaning.performedDailyCheck.english
        frame.putLabel("\(s.t(.signingMeans))\(meaning) — \(signer)", at: Point(x: x, y: y), role: .dim, maxWidth: width)
        y += 1
        let missed = sheet.missingYesterday.count
        var lineX = x
        if missed > 0 {
            lineX += frame.putLabel("\(s.t(.missedYesterday)) \(missed)   ", at: Point(x: x, y: y), role: .warning, maxWidth: width)
        }
        var status = "\(s.t(.handoverTitle)) \(sheet.shift.startText)-\(sheet.shift.endText): "
        var role: StyleRole = .dim
        if let h = state.handover {
            let doc = HandoverDocument(sheet: h.sheet, record: h, strings: s, calendar: calendar, now: now)
            status += "#\(h.id) \(s.t(.handoverSignedTag)) \(h.signedBy) \(String(calendar.format(h.signedAt).suffix(5))) \(doc.statusTag)"
            role = h.isAcknowledged ? .ok : .warning
        } else {
            status += s.t(.handoverNone)
            if let l = state.latest, !l.isAcknowledged {
                let doc = HandoverDocument(sheet: l.sheet, record: l, strings: s, calendar: calendar, now: now)
                status += "  #\(l.id) \(l.shift.startText)-\(l.shift.endText) \(doc.statusTag)"
                role = .warning
            }
        }
        frame.putLabel(status, at: Point(x: lineX, y: y), role: role, maxWidth: max(0, x + width - lineX))
        y += 1
        let english = !s.isChinese
        let down = Set(sheet.down.map(\.device))
        let missing = Set(sheet.missingYesterday)
        let checks = sheet.checks
        let columns = [
            TableColumn(s.t(.colTag), width: .fixed(10)),
            TableColumn(s.t(.colName), width: .flexible(min: 10, weight: 2, max: 30)),
            TableColumn(s.t(.colLocation), width: .flexible(min: 8, weight: 1, max: 24)),
            TableColumn(s.t(.colCheck), width: .fixed(s.isChinese ? 8 : 9)),
            TableColumn(s.t(.colTime), width: .fixed(5)),
            TableColumn(s.t(.colChecker), width: .fixed(8)),
            TableColumn(s.t(.colNote), width: .flexible(min: 8, weight: 3, max: 80)),
        ]
        var view = TableView(columns: columns, rowCount: checks.count, separator: " ") { i in
            let c = checks[i]
            var notes: [String] = c.note.isEmpty ? [] : [c.note]
            if down.contains(c.device) { notes.append(s.t(.tagDown)) }
            if missing.contains(c.device) { notes.append(s.t(.tagMissedYesterday)) }
            let tag: String, role: StyleRole?
            switch c.result {
            case .ok: tag = s.t(.tagCheckOK); role = .ok
            case .problem: tag = s.t(.tagCheckProblem); role = .overdue
            case .pending: tag = s.t(.tagCheckPending); role = nil
            }
            return TableRow([c.device, c.displayName(english: english), c.location, tag,
                             c.at.map { String(calendar.format($0).suffix(5)) } ?? "", c.by, notes.joined(separator: " ")],
                            cellRoles: [nil, nil, nil, role, nil, nil, notes.isEmpty ? nil : .warning])
        }
        view.emptyText = s.t(.shiftEmpty)
        let bottom = rect.maxY - 1
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: y, width: rect.width, height: bottom - y), state: state.table)
        if let note = state.note {
            let label = "\(s.t(.problemNoteLabel)) \(state.selected?.device ?? ""): "
            let used = frame.put(label, at: Point(x: x, y: bottom), role: .overdue)
            note.render(into: &frame, at: Point(x: x + used, y: bottom), width: max(1, width - used))
        } else if !checks.isEmpty && sheet.pending.isEmpty {
            frame.putLabel(s.t(.shiftAllChecked), at: Point(x: x, y: bottom), role: .ok, maxWidth: width)
        }
    }
}

enum HandoverView {
    static func render(_ state: inout HandoverState, into frame: inout Frame, rect: Rect, strings s: Strings,
                       calendar: FacilityCalendar, now: Instant) {
        let lines = state.document(strings: s, calendar: calendar, now: now).lines
        let height = rect.height - (state.note == nil ? 0 : 1)
        state.scroll = max(0, min(state.scroll, lines.count - height))
        for (i, line) in lines.dropFirst(state.scroll).prefix(height).enumerated() {
            frame.putLabel(line.text, at: Point(x: rect.x + 1, y: rect.y + i), role: line.role, maxWidth: rect.width - 2)
        }
        if let note = state.note {
            let label = "\(s.t(.secNotes)): "
            let y = rect.maxY - 1
            frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .normal)
            let used = frame.put(label, at: Point(x: rect.x + 1, y: y), role: .header)
            note.render(into: &frame, at: Point(x: rect.x + 1 + used, y: y), width: max(1, rect.width - 2 - used))
        }
    }
}

enum HandoverListView {
    static func render(_ state: inout HandoverListState, into frame: inout Frame, rect: Rect, strings s: Strings,
                       calendar: FacilityCalendar, now: Instant) {
        let x = rect.x + 1
        let head = "\(state.department.code) \(state.department.displayName(english: !s.isChinese))   \(state.records.count)"
        if let field = state.search {
            let used = frame.put("/ \(s.t(.searchPrompt)): ", at: Point(x: x, y: rect.y), role: .statusKey)
            field.render(into: &frame, at: Point(x: x + used, y: rect.y), width: max(1, rect.width - 2 - used))
        } else {
            let filter = state.filter.text.isEmpty ? "" : "   \(s.t(.searchPrompt))=\(state.filter.text)"
            frame.putLabel(head + filter, at: Point(x: x, y: rect.y), role: .header, maxWidth: rect.width - 2)
        }
        let records = state.records
        let names = state.names
        let columns = [
            TableColumn(s.t(.colNumber), width: .fixed(5), alignment: .right),
            TableColumn(s.t(.shiftLabel), width: .fixed(22)),
            TableColumn(s.t(.outgoingLabel), width: .flexible(min: 8, weight: 1, max: 20)),
            TableColumn(s.t(.colSignedAt), width: .fixed(s.isChinese ? 8 : 6)),
            TableColumn(s.t(.incomingLabel), width: .flexible(min: 8, weight: 1, max: 20)),
            TableColumn(s.t(.colAcknowledged), width: .flexible(min: 12, weight: 2, max: 30)),
        ]
        var view = TableView(columns: columns, rowCount: records.count, separator: " ") { i in
            let r = records[i]
            let doc = HandoverDocument(sheet: r.sheet, record: r, strings: s, calendar: calendar, now: now)
            let ack = r.acknowledgedAt.map { calendar.format($0) } ?? doc.statusTag
            return TableRow(["#\(r.id)", r.shift.description, names[r.signedBy] ?? r.signedBy,
                             String(calendar.format(r.signedAt).suffix(5)), r.acknowledgedBy.map { names[$0] ?? $0 } ?? "", ack],
                            cellRoles: [nil, nil, nil, nil, nil, r.isAcknowledged ? .ok : (r.isFlagged(now: now) ? .overdue : .warning)])
        }
        view.emptyText = s.t(.noHandovers)
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), state: state.table)
    }
}
