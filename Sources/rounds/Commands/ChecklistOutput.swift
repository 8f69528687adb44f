import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// The printed forms of `rounds checklist show` (a template) and `rounds inspection show` (a record
/// with its answers): `table` for people in their language, `csv` and `json` for programs (English
/// keys and words, both texts of every item).
struct ChecklistOutput {
    let chinese: Bool

    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    /// A template's columns (the CSV header and JSON keys), as in Data/checklists.csv.
    static let templateFields = ["kind", "code", "scope", "when", "zh", "en"]

    func template(_ kind: ChecklistKind, category: String, profile: ChecklistProfile, format: OutputFormat) -> String {
        let items = ChecklistTemplates.items(kind, for: profile)
        let rows = items.map { [kind.rawValue, $0.code, $0.scope.rawValue, $0.when.rawValue, $0.zh, $0.en] }
        switch format {
        case .json:
            return JSONValue.object([("kind", .string(kind.rawValue)), ("category", .string(category)),
                                     ("powered", .bool(profile.powered)), ("optical", .bool(profile.optical)), ("rescue", .bool(profile.rescue)),
                                     ("rule", .string(kind.rule)),
                                     ("items", .array(rows.map { .object(zip(Self.templateFields, $0.map(JSONValue.string)).map { $0 }) }))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: Self.templateFields, rows: rows)
        case .table:
            let name = category.isEmpty ? l("default", "默认") : DeviceCategory.name(of: category, chinese: chinese)
            let title = l("Checklist of the \(kind.englishName) for \(name) (\(kind.rule)): \(items.count) items",
                          "\(name)的\(kind.chineseName)检查表（\(kind.rule)）：\(items.count) 项")
            return title + "\n" + TextTable.render(
                header: [l("#", "#"), l("CODE", "代码"), l("ITEM", "检查项目"), l("ONCE PER", "范围")],
                rows: items.enumerated().map { i, item in
                    [String(i + 1), item.code, item.text(chinese: chinese), item.scope == .room ? l("room (R19)", "每房间一次（R19）") : l("device", "每台设备")]
                }, rightAligned: [0])
        }
    }

    /// One sheet's entries as JSON objects: item, answer, and the note, reason and what it raised.
    func entries(_ sheet: ChecklistSheet, scope: ChecklistItem.Scope) -> [JSONValue] {
        sheet.entries.map { e in
            var pairs: [(String, JSONValue)] = [("item", .string(e.code)), ("scope", .string(scope.rawValue)), ("answer", .string(e.answer.word))]
            switch e.answer {
            case .normal: break
            case .abnormal(let note, let raises): pairs += [("raises", .string(raises.rawValue)), ("note", .string(note))]
            case .notApplicable(let reason): pairs += [("reason", .string(reason))]
            }
            return .object(pairs)
        }
    }

    /// The text of an answer in the reader's language: 正常 / 异常：… / 不适用：….
    func answerText(_ a: ChecklistAnswer) -> String {
        switch a {
        case .normal: return l("normal", "正常")
        case .abnormal(let note, let raises):
            return l("ABNORMAL (\(raises == .hazard ? "hazard" : "ticket")): \(note)", "异常（\(raises == .hazard ? "隐患" : "报修")）：\(note)")
        case .notApplicable(let reason): return l("n/a: \(reason)", "不适用：\(reason)")
        }
    }

    func inspection(_ d: InspectionDetail, calendar: FacilityCalendar, format: OutputFormat) -> String {
        let kind = ChecklistKind(inspection: d.kind)
        let texts = Dictionary(ChecklistTemplates.all(kind).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let times = TicketOutput(calendar: calendar, now: d.at, chinese: chinese)
        let sections: [(ChecklistItem.Scope, ChecklistSheet)] = [d.answers.map { (.device, $0) }, d.room.map { (.room, $0.sheet) }].compactMap { $0 }
        switch format {
        case .json:
            let answers: JSONValue = d.answers == nil && d.room == nil ? .null
                : .array(sections.flatMap { entries($0.1, scope: $0.0) })
            return JSONValue.object([("id", .int(Int(d.id))), ("device", .string(d.device)), ("department", .string(d.department)),
                                     ("location", .string(d.location)), ("kind", .string(d.kind.rawValue)), ("result", .string(d.result.rawValue)),
                                     ("note", .string(d.note)), ("at", .string(times.iso(d.at))), ("by", .string(d.by)),
                                     ("round", d.round.map { .int(Int($0)) } ?? .null),
                                     ("room_answered_by", d.room.map { .int(Int($0.inspection)) } ?? .null),
                                     ("answers", answers)]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["item", "scope", "answer", "raises", "text"], rows: sections.flatMap { scope, sheet in
                sheet.entries.map { e -> [String] in
                    switch e.answer {
                    case .normal: return [e.code, scope.rawValue, "normal", "", ""]
                    case .abnormal(let note, let raises): return [e.code, scope.rawValue, "abnormal", raises.rawValue, note]
                    case .notApplicable(let reason): return [e.code, scope.rawValue, "na", "", reason]
                    }
                }
            })
        case .table:
            var lines = [l("inspection \(d.id) \(d.kind.rawValue) \(d.result.rawValue): \(d.device) (\(d.department), \(d.location)), \(calendar.format(d.at)) by \(d.by)",
                           "巡检 \(d.id) \(kind.chineseName) \(d.result.rawValue)：\(d.device)（\(d.department)，\(d.location)），\(calendar.format(d.at)) 由 \(d.by) 记录")]
            if !d.note.isEmpty { lines.append("  " + d.note) }
            if d.answers == nil { lines.append(l("  no itemised checklist (summary record)", "  无逐项检查表（汇总记录）")) }
            for (scope, sheet) in sections {
                if scope == .room, let room = d.room {
                    lines.append(room.inspection == d.id ? l("  room \(d.location) (R19):", "  房间 \(d.location)（R19）：")
                                 : l("  room \(d.location) (R19), answered with inspection \(room.inspection):", "  房间 \(d.location)（R19），已随巡检 \(room.inspection) 回答："))
                }
                for e in sheet.entries {
                    lines.append("  \(e.code)  \(texts[e.code]?.text(chinese: chinese) ?? e.code)  \(answerText(e.answer))")
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
