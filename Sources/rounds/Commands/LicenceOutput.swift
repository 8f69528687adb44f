import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// The printed forms of `rounds licence` and `rounds imaging` (R65–R70, R90–R95), in the three forms
/// of ``QCOutput/document(title:fields:header:rows:extra:format:)``: `table` for people, `csv` and
/// `json` for programs (English keys and codes, days as `YYYY-MM-DD`).
struct LicenceOutput {
    let qc: QCOutput
    var chinese: Bool { qc.chinese }

    init(_ session: Session, _ global: GlobalOptions) { qc = QCCommand.output(session, global) }

    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }
    private func t(_ text: RuleText) -> String { text.text(chinese: chinese) }

    func licences(_ list: [LicenceSummary], today: Day, format: OutputFormat) -> String {
        qc.document(title: l("Radiological diagnosis and treatment licences as of \(today) (R90, R91)", "放射诊疗许可证（截至 \(today)，R90、R91）"),
                    fields: ["number", "holder", "authority", "issued_on", "categories", "verification_due", "days_left", "reminder", "overdue", "devices"],
                    header: [l("NUMBER", "编号"), l("HOLDER", "持证单位"), l("AUTHORITY", "发证机关"), l("ISSUED", "发证日期"), l("CATEGORIES", "诊疗类别"),
                             l("VERIFY BY", "校验日期"), l("DAYS", "剩余天数"), l("REMINDER", "提醒"), l("OVERDUE", "超期"), l("DEVICES", "设备数")],
                    rows: list.map { s in
                        let cats = LicenceCategory.allCases.filter(s.licence.categories.contains)
                        return [.string(s.licence.number), .string(s.licence.holder), .string(s.licence.authority), .string(s.licence.issuedOn.description),
                                .string(cats.map { format == .table ? t($0.name) : $0.rawValue }.joined(separator: ";")),
                                .string(s.due.due.description), .int(s.due.daysLeft), s.due.reminder.map { .int($0) } ?? .null,
                                .bool(s.due.overdue), .int(s.devices.count)]
                    }, format: format)
    }

    /// One licence: its devices with parameters, then its verifications.
    func show(_ s: LicenceSummary, format: OutputFormat) -> String {
        let devices = s.devices.map { d -> [JSONValue] in [.string("device"), .string(d.device), .string(d.parameters), .string(d.listedOn.description), .string("")] }
        let verifications = s.verifications.map { v -> [JSONValue] in
            [.string("verification"), .string(""), .string(v.note), .string(v.verifiedOn.description), .string(v.nextDue.description)]
        }
        return qc.document(title: l("Licence \(s.licence.number), \(s.licence.holder), verification due \(s.due.due)",
                                    "许可证 \(s.licence.number)，\(s.licence.holder)，应于 \(s.due.due) 校验"),
                           fields: ["entry", "device", "detail", "day", "next_due"],
                           header: [l("ENTRY", "条目"), l("DEVICE", "设备"), l("PARAMETERS / NOTE", "参数/备注"), l("DAY", "日期"), l("NEXT DUE", "下次校验")],
                           rows: devices + verifications, format: format)
    }

    /// R94: each radiation safety licence in force with its validity and devices.
    func safetyLicences(_ list: [SafetyLicence], today: Day, reminderDays: [Int], format: OutputFormat) -> String {
        qc.document(title: l("Radiation safety licences as of \(today) (R94)", "辐射安全许可证（截至 \(today)，R94）"),
                    fields: ["number", "holder", "authority", "scope", "valid_from", "valid_until", "days_left", "reminder", "expired", "devices"],
                    header: [l("NUMBER", "编号"), l("HOLDER", "持证单位"), l("AUTHORITY", "发证机关"), l("SCOPE", "种类和范围"), l("FROM", "有效期起"),
                             l("UNTIL", "有效期至"), l("DAYS", "剩余天数"), l("REMINDER", "提醒"), l("EXPIRED", "已过期"), l("DEVICES", "设备")],
                    rows: list.map { s in
                        let d = s.standing(today: today, reminderDays: reminderDays)
                        return [.string(s.number), .string(s.holder), .string(s.authority), .string(s.scope), .string(s.validFrom.description),
                                .string(s.validUntil.description), .int(d.daysLeft), d.reminder.map { .int($0) } ?? .null, .bool(d.overdue),
                                .string(s.devices.joined(separator: ";"))]
                    }, format: format)
    }

    func tasks(_ list: [LicenceTask], today: Day, format: OutputFormat) -> String {
        qc.document(title: l("Licence tasks as of \(today) (R65, R91–R95)", "许可证待办事项（截至 \(today)，R65、R91–R95）"),
                    fields: ["rule", "kind", "licence", "device", "day", "text"],
                    header: [l("RULE", "规则"), l("KIND", "类型"), l("LICENCE", "许可证"), l("DEVICE", "设备"), l("DAY", "日期"), l("WHAT TO DO", "待办")],
                    rows: list.map { [.string($0.rule), .string($0.kind.rawValue), .string($0.licence), .string($0.device),
                                      $0.day.map { .string($0.description) } ?? .null, .string(t($0.text))] }, format: format)
    }

    func log(_ list: [RunningStatusEntry], from: Day, to: Day, format: OutputFormat) -> String {
        qc.document(title: l("Running-status log \(from)–\(to) (R66)", "设备运行状况记录 \(from)–\(to)（R66）"),
                    fields: ["device", "day", "status", "hours_in_use", "exams", "kept_by", "note"],
                    header: [l("DEVICE", "设备"), l("DAY", "日期"), l("STATUS", "状况"), l("HOURS", "使用时长"), l("EXAMS", "检查人次"), l("KEPT BY", "记录人"), l("NOTE", "备注")],
                    rows: list.map { [.string($0.device), .string($0.day.description), .string(format == .table ? t($0.status.name) : $0.status.rawValue),
                                      $0.hoursInUse.map { .number($0, places: 1) } ?? .null, $0.exams.map { .int($0) } ?? .null, .string($0.keptBy), .string($0.note)] },
                    format: format)
    }

    func missing(_ list: [ImagingMissingDay], today: Day, format: OutputFormat) -> String {
        qc.document(title: l("Imaging devices' running-status log days missing as of \(today) (R66)", "影像设备每日运行状况漏记（截至 \(today)，R66）"),
                    fields: ["device", "department", "day", "keeper"],
                    header: [l("DEVICE", "设备"), l("DEPT", "科室"), l("DAY", "日期"), l("KEEPER", "负责人")],
                    rows: list.map { [.string($0.device), .string($0.department), .string($0.day.description), .string($0.keeper)] }, format: format)
    }

    func configuration(_ lines: [ImagingConfiguration.Line], today: Day, format: OutputFormat) -> String {
        let short = lines.reduce(0) { $0 + $1.shortfall }
        return qc.document(title: l("Imaging centre configuration against the Basic Standard BS 6 as of \(today) (R70): \(short) short",
                                    "影像诊断中心设备配置对照基本标准第六条（截至 \(today)，R70）：缺 \(short) 台"),
                           fields: ["requirement", "name", "required", "working", "down", "shortfall"],
                           header: [l("CODE", "代码"), l("REQUIREMENT", "要求"), l("REQUIRED", "应配"), l("WORKING", "在用完好"),
                                    l("PRESENT BUT DOWN", "在但停机"), l("SHORT", "缺")],
                           rows: lines.map { [.string($0.requirement.code), .string(t($0.requirement.name)), .int($0.requirement.count),
                                              .string($0.working.joined(separator: ";")), .string($0.down.joined(separator: ";")), .int($0.shortfall)] },
                           extra: [("shortfall", .int(short))], format: format)
    }

    /// R67: each imaging device's dedicated person and plans, and what is missing.
    func upkeep(_ list: [ImagingUpkeep], format: OutputFormat) -> String {
        let short = list.filter { !$0.problems.isEmpty }.count
        return qc.document(title: l("Imaging devices' dedicated person and calibration/maintenance plan (R67): \(short) lacking",
                                    "影像设备专职人员及校正/保养计划（R67）：\(short) 台缺少"),
                           fields: ["device", "department", "person", "plans", "problems", "text"],
                           header: [l("DEVICE", "设备"), l("DEPT", "科室"), l("PERSON", "专职人员"), l("PLANS", "计划"), l("PROBLEMS", "问题"), l("WHAT IS MISSING", "缺少")],
                           rows: list.map { u in
                               [.string(u.device), .string(u.department), .string(u.person),
                                .string(u.plans.map { "\($0.tier.rawValue) \($0.intervalDays)d" }.joined(separator: ";")),
                                .string(u.problems.map(\.rawValue).joined(separator: ";")),
                                .string(u.problems.map { t($0.text) }.joined(separator: format == .table ? l("; ", "；") : "; "))]
                           }, extra: [("lacking", .int(short))], format: format)
    }

    func uptime(_ r: UptimeReport, format: OutputFormat) -> String {
        let rows = r.devices + (r.fleet.map { [$0] } ?? [])
        return qc.document(title: l("Imaging devices' running intact rate \(r.from)–\(r.to), time-based: 1 − downtime / exposure, downtime = tickets ∪ log `down` days, target > 95 % (R68, R69)",
                                    "影像设备运行完好率 \(r.from)–\(r.to)，按时间计算：1 − 停机时间 / 在用时间，停机 = 维修单 ∪ 运行记录“故障停机”日，要求 > 95%（R68、R69）"),
                           fields: ["device", "department", "exposure_hours", "downtime_hours", "planned_hours", "rate", "standing"],
                           header: [l("DEVICE", "设备"), l("DEPT", "科室"), l("HOURS", "在用小时"), l("DOWN H", "停机小时"), l("PLANNED H", "计划停机小时"),
                                    l("RATE", "完好率"), l("STANDING", "是否达标")],
                           rows: rows.map { line in
                               let rate: JSONValue = format == .table ? .string(String(format: "%.2f%%", line.rate * 100)) : .number(line.rate, places: 6)
                               return [.string(line.key), .string(line.department), .number(Double(line.exposureSeconds) / 3600, places: 1), .number(line.downtimeHours, places: 1),
                                       .number(Double(line.plannedSeconds) / 3600, places: 1), rate, .string(RateStanding(rate: line.rate).rawValue)]
                           }, format: format)
    }
}
