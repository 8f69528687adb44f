import ArgumentParser
import RoundsApp
import RoundsCore
import RoundsStore

extension ReportCommand {
    /// `rounds report exceptions`: every missed duty in the hospital as of `--now` (R100), with its
    /// age and whether it has gone to the equipment head (`rule.escalate-*`).
    struct Exceptions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "exceptions", 
            abstract: Help.text(en: "Every missed duty as of --now: late assignment (R38), no substitute (R53), emergency external repair not justified (R49), vendor late (R45), life-support inspection overdue, radiation QC overdue or failed (R79, R84); each with its age, escalated to the equipment head after rule.escalate-* (R100).",
                                zh: "截至 --now 全院未履行的职责：派工超时（R38）、未提供替代设备（R53）、紧急院外维修未论证（R49）、厂商未按约履行（R45）、生命支持设备巡检超期、放射质控检测超期或不合格（R79、R84）；列出时长，超过 rule.escalate-* 的上报设备科主任（R100）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let duties = try Refusal.guarding { try session.store.missedDuties(now: session.now, department: scope.department) }
                let thresholds = try Refusal.guarding { try session.store.missedDutyEscalation() }
                let text = MissedDutyOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese)
                    .list(duties, thresholds: thresholds, format: scope.format)
                try session.printDocument(text, format: scope.format, csv: scope.csv)
            }
        }
    }
}

/// The printed forms of the missed-duty list: `table` for people, `csv` and `json` for programs
/// (English keys and kinds, times as `YYYY-MM-DDTHH:MM:SS+08:00`).
struct MissedDutyOutput {
    let calendar: FacilityCalendar
    let now: Instant
    let chinese: Bool

    static let fields = ["rule", "kind", "subject", "device", "department", "since", "age_hours", "days_overdue", "escalated", "detail"]

    private var times: TicketOutput { TicketOutput(calendar: calendar, now: now, chinese: chinese) }
    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    func list(_ duties: [MissedDuty], thresholds e: MissedDutyEscalation, format: OutputFormat) -> String {
        let rows: [[JSONValue]] = duties.map { d in
            let age = d.age(now: now)
            return [.string(d.rule), .string(d.kind.rawValue), .string(d.subject), .string(d.device), .string(d.department),
                    .string(times.iso(d.since)), .int(Int(age.hours)), d.daysOverdue.map { .int($0) } ?? .null, .bool(d.escalated),
                    .string(format == .table ? d.text.text(chinese: chinese) : d.text.en)]
        }
        switch format {
        case .json:
            let limits: JSONValue = .object([("ticket_hours", .int(e.ticketHours)), ("inspection_days", .int(e.inspectionDays)), ("qc_days", .int(e.qcDays))])
            return JSONValue.object([("as_of", .string(times.iso(now))), ("escalation", limits), ("count", .int(rows.count)),
                                     ("escalated", .int(duties.filter(\.escalated).count)),
                                     ("items", .array(rows.map { .object(Array(zip(Self.fields, $0))) }))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: Self.fields, rows: rows.map { $0.map(times.csv) })
        case .table:
            let title = l("Missed duties as of \(calendar.format(now)) (R100): \(duties.count), \(duties.filter(\.escalated).count) escalated to the equipment head"
                          + " (after \(e.ticketHours) hours for a ticket, \(e.inspectionDays) days for a life-support inspection or a missing powered test, \(e.qcDays) days for radiation QC)",
                          "未履行的职责（截至 \(calendar.format(now))，R100）：\(duties.count) 项，其中 \(duties.filter(\.escalated).count) 项已报设备科主任"
                          + "（维修单 \(e.ticketHours) 小时、生命支持设备巡检或插电测试未记录 \(e.inspectionDays) 天、放射质控 \(e.qcDays) 天后上报）")
            let table = duties.map { d in
                [d.rule, d.kind.name.text(chinese: chinese), d.subject, d.department, calendar.format(d.since), Strings(chinese: chinese).age(of: d, now: now),
                 d.escalated ? l("TO HEAD", "报主任") : "", d.text.text(chinese: chinese)]
            }
            return title + "\n" + TextTable.render(header: [l("RULE", "规则"), l("DUTY", "职责"), l("SUBJECT", "对象"), l("DEPT", "科室"),
                                                            l("SINCE", "起始"), l("AGE", "时长"), l("ESCALATED", "上报"), l("DETAIL", "说明")],
                                                   rows: table)
        }
    }
}
