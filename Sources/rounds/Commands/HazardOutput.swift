import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// The printed forms of `rounds hazard list|show` (R16): `table` for people (English or Chinese
/// labels), `csv` and `json` for programs (English keys, the states' English words, times as
/// `YYYY-MM-DDTHH:MM:SS+08:00` in the facility zone, as `ticket list` writes them).
struct HazardOutput {
    let calendar: FacilityCalendar
    let now: Instant
    let chinese: Bool
    let rules: HazardRules

    /// The list's columns, in order (CONTRACT style: these names are the CSV header and JSON keys).
    static let fields = ["id", "device", "department", "note", "found_at", "found_by", "state", "assignee", "age_days", "overdue"]

    private var times: TicketOutput { TicketOutput(calendar: calendar, now: now, chinese: chinese) }
    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    /// One hazard's list values, in the order of ``fields``.
    func values(_ h: HazardItem) -> [JSONValue] {
        [.int(Int(h.id)), .string(h.device), .string(h.department), .string(h.note), .string(times.iso(h.foundAt)),
         .string(h.foundBy), .string(h.state.rawValue), .string(h.assignee),
         .int(h.ageDays(asOf: now, calendar: calendar)), .bool(h.isOverdue(asOf: now, calendar: calendar, rules: rules))]
    }

    func list(_ hazards: [HazardItem], format: OutputFormat) -> String {
        let rows = hazards.map(values)
        switch format {
        case .json:
            return JSONValue.object([("as_of", .string(times.iso(now))), ("open_days", .int(rules.openDays)), ("count", .int(hazards.count)),
                                     ("items", .array(rows.map { .object(Array(zip(Self.fields, $0))) }))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: Self.fields, rows: rows.map { $0.map(times.csv) })
        case .table:
            let overdue = hazards.filter { $0.isOverdue(asOf: now, calendar: calendar, rules: rules) }.count
            let title = l("Hazards as of \(calendar.format(now)): \(hazards.count), \(overdue) open more than \(rules.openDays) days",
                          "隐患（截至 \(calendar.format(now))）：\(hazards.count) 项，其中 \(overdue) 项超过 \(rules.openDays) 天未处理")
            return title + "\n" + TextTable.render(
                header: [l("ID", "编号"), l("DEVICE", "设备"), l("DEPT", "科室"), l("NOTE", "隐患描述"), l("FOUND", "发现时间"),
                         l("BY", "发现人"), l("STATE", "状态"), l("ASSIGNEE", "负责人"), l("AGE", "天数"), l("OVERDUE", "超期")],
                rows: zip(hazards, rows).map { h, r in
                    [String(h.id), h.device, h.department, h.note, calendar.format(h.foundAt), h.foundBy, stateName(h.state),
                     h.assignee, String(h.ageDays(asOf: now, calendar: calendar)), times.csv(r[9]) == "yes" ? l("OVERDUE", "超期") : ""]
                }, rightAligned: [0, 8])
        }
    }

    /// One hazard with every step (when, by whom, what).
    func show(_ h: HazardItem, format: OutputFormat) -> String {
        let steps: [[String]] = h.events.map { [times.iso($0.at), $0.by, $0.step.kind.rawValue, detail($0.step)] }
        switch format {
        case .json:
            var pairs = Array(zip(Self.fields, values(h)))
            pairs.append(("action", .string(h.action)))
            pairs.append(("ticket", h.ticket.map { .string($0.description) } ?? .null))
            pairs.append(("steps", .array(steps.map { s in
                .object([("at", .string(s[0])), ("by", .string(s[1])), ("step", .string(s[2])), ("detail", .string(s[3]))])
            })))
            return JSONValue.object(pairs).text + "\n"
        case .csv:
            let found = ["found", times.iso(h.foundAt), h.foundBy, HazardState.open.rawValue, h.note]
            return CSVWriter.document(header: ["section", "at", "by", "step", "detail"], rows: [found] + steps.map { ["step"] + $0 })
        case .table:
            let age = h.ageDays(asOf: now, calendar: calendar)
            let head = l("hazard \(h.id) \(h.state.rawValue): \(h.device) (\(h.department)), found \(calendar.format(h.foundAt)) by \(h.foundBy), \(age) \(age == 1 ? "day" : "days")",
                         "隐患 \(h.id) \(stateName(h.state))：\(h.device)（\(h.department)），\(calendar.format(h.foundAt)) 由 \(h.foundBy) 发现，\(age) 天")
            let lines = [head, "  " + h.note] + h.events.map { "  \(calendar.format($0.at))  \($0.by)  \(stepName($0.step.kind))  \(detail($0.step))" }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// What a step says beyond its kind: the engineer, what was done, the ticket.
    func detail(_ step: HazardStep) -> String {
        switch step {
        case .assigned(let to): return to
        case .resolved(let action): return action
        case .converted(let ticket): return ticket.description
        }
    }

    func stateName(_ s: HazardState) -> String { chinese ? s.chinese : s.rawValue }

    func stepName(_ k: HazardStep.Kind) -> String {
        guard chinese else { return k.rawValue }
        switch k {
        case .assigned: return "指派"
        case .resolved: return "消除"
        case .converted: return "转报修"
        }
    }
}
