import RoundsCore
import RoundsStore

/// The device file (设备档案, R9) in words: the screen's lines, and `rounds equipment file` as a
/// table for people (printed, it ends with the seal line), CSV or JSON for programs (R5).
///
/// The kind of each line is said in the reader's language and a ticket step by its name
/// (开始维修 / repair started); what was done otherwise keeps the command line's words, and the
/// note is what the person wrote.
public enum DeviceFileOutput {
    /// The machine columns of CSV and JSON, in this order.
    static let fields = ["at", "by", "kind", "reference", "what", "note", "answers"]

    /// A checklist as one text: `V1 normal; V2 abnormal: leak; V3 na: no battery`.
    static func answersText(_ sheet: ChecklistSheet) -> String {
        sheet.entries.map { e in
            switch e.answer {
            case .normal: return "\(e.code) normal"
            case .abnormal(let note, _): return "\(e.code) abnormal: \(note)"
            case .notApplicable(let reason): return "\(e.code) na: \(reason)"
            }
        }.joined(separator: "; ")
    }

    /// What was done, in the reader's words where the program has them (ticket steps).
    static func what(_ e: DeviceFileEntry, strings s: Strings) -> String {
        if e.kind == .ticket, let step = TicketStepKind(rawValue: e.what) { return s.step(step) }
        if e.kind == .status, let status = EquipmentStatus(rawValue: e.what) { return s.status(status) }
        if e.kind == .archive { return s.historyAction(e.what == "created" ? "insert" : "update") }
        return e.what
    }

    /// The note and the checklist answers together, for the table and the screen.
    static func note(_ e: DeviceFileEntry, strings s: Strings) -> String {
        // A new record's note is its first status: said in the reader's words.
        let own = e.kind == .archive ? (EquipmentStatus(rawValue: e.note).map(s.status) ?? e.note) : e.note
        return [own, e.answers.map(answersText) ?? ""].filter { !$0.isEmpty }.joined(separator: " | ")
    }

    /// The table rows: when, who, kind, reference, what, note.
    public static func rows(_ entries: [DeviceFileEntry], strings s: Strings, calendar: FacilityCalendar) -> [[String]] {
        entries.map { e -> [String] in [calendar.format(e.at), e.by, s.fileKind(e.kind), e.reference, what(e, strings: s), note(e, strings: s)] }
    }

    public static func header(strings s: Strings) -> [String] {
        [s.t(.colWhen), s.t(.colBy), s.t(.colKind), s.t(.colReference), s.t(.colWhat), s.t(.colNote)]
    }

    public static func render(_ device: Equipment, _ entries: [DeviceFileEntry], format: OutputFormat,
                              calendar: FacilityCalendar, chinese: Bool) -> String {
        switch format {
        case .json:
            let items: [JSONValue] = entries.map { e -> JSONValue in
                let answers: JSONValue = e.answers.map { .array($0.entries.map(answerJSON)) } ?? .null
                return .object([("at", .string(calendar.format(e.at, seconds: true))), ("by", .string(e.by)), ("kind", .string(e.kind.rawValue)),
                         ("reference", .string(e.reference)), ("what", .string(e.what)), ("note", .string(e.note)),
                         ("answers", answers)])
            }
            return JSONValue.object([("device", .string(device.tag)), ("name", .string(device.name)), ("count", .int(entries.count)),
                                     ("entries", .array(items))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: entries.map { e -> [String] in
                [calendar.format(e.at, seconds: true), e.by, e.kind.rawValue, e.reference, e.what, e.note, e.answers.map(answersText) ?? ""]
            })
        case .table:
            let s = Strings(chinese: chinese)
            let title = "\(s.t(.deviceFile))  \(device.tag)  \(device.displayName(english: !chinese))\n"
            if entries.isEmpty { return title + s.t(.deviceFileEmpty) + "\n" }
            return title + TextTable.render(header: header(strings: s), rows: rows(entries, strings: s, calendar: calendar))
        }
    }

    static func answerJSON(_ e: ChecklistSheet.Entry) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("item", .string(e.code)), ("answer", .string(e.answer.word))]
        switch e.answer {
        case .normal: break
        case .abnormal(let note, let raises): pairs += [("note", .string(note)), ("raises", .string(raises.rawValue))]
        case .notApplicable(let reason): pairs.append(("reason", .string(reason)))
        }
        return .object(pairs)
    }
}

extension Strings {
    /// A kind of record of the device file in words: 巡检 / inspection.
    public func fileKind(_ kind: DeviceFileEntry.Kind) -> String {
        switch kind {
        case .archive: return t(.fileArchive)
        case .status: return t(.fileStatus)
        case .inspection: return t(.fileInspection)
        case .dailyCheck: return t(.fileDailyCheck)
        case .maintenance: return t(.fileMaintenance)
        case .hazard: return t(.fileHazard)
        case .ticket: return t(.fileTicket)
        case .part: return t(.filePart)
        case .qcTest: return t(.fileQCTest)
        case .correction: return t(.fileCorrection)
        }
    }
}
