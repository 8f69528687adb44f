import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// The printed forms of `rounds qc` and `rounds org` (R75–R89): `table` for people (English or
/// Chinese labels), `csv` and `json` for programs (English keys, the English words of kinds and
/// outcomes, days as `YYYY-MM-DD`, times as `YYYY-MM-DDTHH:MM:SS+08:00`).
struct QCOutput {
    let calendar: FacilityCalendar
    let now: Instant
    let chinese: Bool

    private var times: TicketOutput { TicketOutput(calendar: calendar, now: now, chinese: chinese) }
    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }
    private func t(_ text: RuleText) -> String { text.text(chinese: chinese) }

    /// One list in the three forms: `fields` are the CSV header and JSON keys, `header` the table's.
    func document(title: String, fields: [String], header: [String], rows: [[JSONValue]], extra: [(String, JSONValue)] = [],
                  format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.object([("as_of", .string(times.iso(now)))] + extra + [("count", .int(rows.count)),
                                    ("items", .array(rows.map { .object(Array(zip(fields, $0))) }))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: rows.map { $0.map(times.csv) })
        case .table:
            return title + "\n" + TextTable.render(header: header, rows: rows.map { $0.map(times.csv) })
        }
    }

    // MARK: Standards

    /// Every item of every standard (or of one), with the kinds of test that include it.
    func standards(_ list: [QCStandard], format: OutputFormat) -> String {
        var rows: [[JSONValue]] = []
        for s in list {
            for g in s.groups {
                for i in g.items {
                    rows.append([.string(s.code), .string(g.code), .string(g.categories.joined(separator: ";")), .string(i.code),
                                 .string(QCTestKind.allCases.filter(i.kinds.contains).map(\.rawValue).joined(separator: ";")),
                                 .string(t(i.name))])
                }
            }
        }
        return document(title: l("QC standards and their test items (R75, R83; Data/qc-standards.csv)", "质控标准及其检测项目（R75、R83；Data/qc-standards.csv）"),
                        fields: ["standard", "group", "categories", "item", "kinds", "name"],
                        header: [l("STANDARD", "标准"), l("GROUP", "设备类型"), l("CATEGORIES", "设备类别"), l("ITEM", "项目代码"),
                                 l("KINDS", "检测类型"), l("NAME", "项目名称")],
                        rows: rows, format: format)
    }

    // MARK: Tests

    static let testFields = ["id", "device", "department", "kind", "standard", "organisation", "certificate", "report_number",
                             "tested_on", "reported_on", "conclusion", "ticket", "override_by", "recorded_by"]

    func values(_ s: QCTestSummary) -> [JSONValue] {
        [.int(Int(s.id)), .string(s.test.device), .string(s.department), .string(s.test.kind.rawValue), .string(s.test.standard),
         .string(s.test.organisation), .string(s.certificate), .string(s.test.reportNumber), .string(s.test.testedOn.description),
         s.test.reportedOn.map { .string($0.description) } ?? .null, .string(s.passed ? "pass" : "fail"), .string(s.ticket),
         .string(s.overrideBy), .string(s.recordedBy)]
    }

    func tests(_ list: [QCTestSummary], title: String, format: OutputFormat) -> String {
        document(title: title, fields: Self.testFields,
                 header: [l("ID", "编号"), l("DEVICE", "设备"), l("DEPT", "科室"), l("KIND", "类型"), l("STANDARD", "标准"),
                          l("ORG", "检测机构"), l("CERTIFICATE", "资质证书"), l("REPORT", "报告编号"), l("TESTED", "检测日期"),
                          l("REPORTED", "报告日期"), l("RESULT", "结论"), l("TICKET", "维修单"), l("APPROVED", "批准人"), l("ENTERED", "录入人")],
                 rows: list.map { s in
                     var v = values(s)
                     if format == .table { v[3] = .string(t(s.test.kind.name)); v[10] = .string(t((s.passed ? QCOutcome.pass : .fail).name)) }
                     return v
                 }, format: format)
    }

    /// One test with every item, its instruments, attachments and the override if any.
    func show(_ s: QCTestSummary, signatures: [StoredSignature], format: OutputFormat) -> String {
        let items: [[JSONValue]] = s.test.items.map { r in
            [.string(r.item), .string(r.outcome.rawValue), .string(r.measured), .string(r.requirement), .string(r.note),
             .string(r.manufacturerConfirmation), .string(r.hospitalSeal)]
        }
        let itemFields = ["item", "outcome", "measured", "requirement", "note", "manufacturer_confirmation", "hospital_seal"]
        switch format {
        case .json:
            var pairs = Array(zip(Self.testFields, values(s)))
            pairs += [("instruments", .array(s.test.instruments.map(JSONValue.string))),
                      ("attachments", .array(s.test.attachments.map(JSONValue.string))),
                      ("override_reason", .string(s.overrideReason)),
                      ("recorded_at", .string(times.iso(s.recordedAt))),
                      ("signatures", .array(signatures.map { .object([("signer", .string($0.signer)), ("meaning", .string($0.meaning?.rawValue ?? "")),
                                                                      ("proof", .string($0.proof?.rawValue ?? "")), ("at", .string(times.iso($0.at)))]) })),
                      ("items", .array(items.map { .object(Array(zip(itemFields, $0))) }))]
            if let c = s.test.stability {
                pairs.append(("stability", .object([("exposure", .string(c.exposure)), ("geometry", .string(c.geometry)),
                                                   ("results", .array(s.stability.map(stabilityValue)))])))
            }
            return JSONValue.object(pairs).text + "\n"
        case .csv:
            return CSVWriter.document(header: itemFields, rows: items.map { $0.map(times.csv) })
        case .table:
            var head: [(String, String)] = [
                (l("Device", "设备"), "\(s.test.device) (\(s.department))"),
                (l("Test", "检测"), "\(t(s.test.kind.name)) \(s.test.standard) [\(s.group)]"),
                (l("Organisation", "检测机构"), s.test.organisation.isEmpty ? l("the hospital itself", "本院自行检测") : "\(s.test.organisation) \(s.certificate)"),
                (l("Report", "报告"), "\(s.test.reportNumber) \(l("tested", "检测")) \(s.test.testedOn) \(s.test.reportedOn.map { l("reported ", "报告 ") + $0.description } ?? "")"),
                (l("Result", "结论"), t((s.passed ? QCOutcome.pass : .fail).name) + (s.ticket.isEmpty ? "" : l(" — repair ticket ", " — 维修单 ") + s.ticket)),
                (l("Instruments", "检测仪器"), s.test.instruments.joined(separator: "; ")),
                (l("Attachments", "附件"), s.test.attachments.joined(separator: "; ")),
                (l("Override (R86)", "特批（R86）"), s.overrideBy.isEmpty ? "" : "\(s.overrideBy): \(s.overrideReason)"),
                (l("Entered", "录入"), "\(calendar.format(s.recordedAt)) \(s.recordedBy)"),
            ]
            if let c = s.test.stability {
                head += [(l("Exposure (R80)", "曝光参数（R80）"), c.exposure), (l("Geometry (R80)", "几何条件（R80）"), c.geometry)]
            }
            head.append((l("Signed", "签名"), signatures.map { "\($0.signer) (\($0.meaning?.rawValue ?? ""), \($0.proof?.rawValue ?? ""))" }.joined(separator: "; ")))
            let names = QCStandards.standard(s.test.standard)?.groups.first { $0.code == s.group }?.items ?? []
            let name = { (code: String) in names.first { $0.code == code }.map { self.t($0.name) } ?? "" }
            let itemRows: [[String]] = zip(s.test.items, items).map { r, v in [r.item, name(r.item), t(r.outcome.name)] + v.dropFirst(2).map(times.csv) }
            let text = head.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n\n" + TextTable.render(
                header: [l("ITEM", "项目"), l("NAME", "项目名称"), l("OUTCOME", "结果"), l("MEASURED", "测量值"), l("REQUIREMENT", "要求"), l("NOTE", "说明"),
                         l("MANUFACTURER", "厂方确认"), l("SEAL", "院方盖章")], rows: itemRows)
            return s.stability.isEmpty ? text : text + "\n" + stabilityTable(s.stability)
        }
    }

    /// The judged items of a stability test as a table (R80, R81).
    func stabilityTable(_ results: [StabilityResult]) -> String {
        let rows: [[String]] = results.map { r in
            guard case .object(let pairs) = stabilityValue(r) else { return [] }
            return pairs.map { times.csv($0.1) }
        }
        return TextTable.render(header: [l("ITEM", "项目"), l("VALUE", "测量值"), l("BASELINE", "基线值"), l("FROM TEST", "基线来源"), l("DEVIATION", "偏差"),
                                         l("LIMIT", "控制限"), l("WITHIN", "在控制限内"), l("CAUSE", "原因")], rows: rows)
    }

    /// One stability item against its baseline (R80, R81), as `qc show` gives it.
    func stabilityValue(_ r: StabilityResult) -> JSONValue {
        .object([("item", .string(r.item)), ("value", .number(r.value, places: 3)), ("baseline", r.baseline.map { .number($0.value, places: 3) } ?? .null),
                 ("baseline_test", r.baseline.map { .int(Int($0.test)) } ?? .null), ("deviation", r.deviation.map { .number($0, places: 3) } ?? .null),
                 ("limit", .string(r.limit.description)), ("within", r.withinLimit.map(JSONValue.bool) ?? .null), ("cause", .string(r.cause))])
    }

    // MARK: Due

    static let dueFields = ["device", "department", "category", "standard", "last_status_test", "due", "days_left", "reminder",
                            "overdue", "restricted", "restricted_by_test", "requested_by_stability_test"]

    /// The status-test due list (R79) with the restricted devices (R84) and the half-year reminder (R88).
    func due(_ list: [QCDeviceStanding], today: Day, format: OutputFormat) -> String {
        let rows: [[JSONValue]] = list.map { s in
            [.string(s.device.tag), .string(s.device.department), .string(s.device.category), .string(s.standard),
             s.lastStatusTest.map { .string($0.description) } ?? .null, .string(s.due.due.description), .int(s.due.daysLeft),
             s.due.reminder.map { .int($0) } ?? .null, .bool(s.due.overdue), .bool(s.isRestricted),
             s.restrictedBy.map { .int(Int($0.id)) } ?? .null, s.statusTestRequest.map { .int(Int($0.test)) } ?? .null]
        }
        let half = HalfYear.reminder(today: today)
        var title = l("Status tests as of \(today) (R79: yearly, reminders at 60, 30 and 7 days; R84: restricted until a passing retest)",
                      "状态检测（截至 \(today)；R79：每年一次，提前 60、30、7 天提醒；R84：不合格设备限制使用，直至复检合格）")
        if let (p, left) = half {
            title += "\n" + l("R88: the half-year list of tests for \(p) is due before \(p.deadline) (\(left) days left): `rounds qc list --half-year \(p)`",
                              "R88：\(p) 检测情况须于 \(p.deadline) 前上报（还有 \(left) 天）：`rounds qc list --half-year \(p)`")
        }
        let extra: [(String, JSONValue)] = [("half_year_report", half.map { .object([("period", .string($0.period.description)),
                                                                                       ("deadline", .string($0.period.deadline.description)),
                                                                                       ("days_left", .int($0.daysLeft))]) } ?? .null)]
        let shown: [[JSONValue]] = format != .table ? rows : zip(list, rows).map { s, r in
            var v = r
            v[8] = .string(s.due.overdue ? l("OVERDUE", "已超期") : "")
            v[9] = .string(s.isRestricted ? l("RESTRICTED", "限制使用") : "")
            v[11] = .string(s.statusTestRequest.map { l("R81 stability #\($0.test) \($0.day): \($0.items.joined(separator: ", "))",
                                                          "R81 稳定性检测 #\($0.test) \($0.day)：\($0.items.joined(separator: "、"))") } ?? "")
            return v
        }
        return document(title: title, fields: Self.dueFields,
                        header: [l("DEVICE", "设备"), l("DEPT", "科室"), l("CATEGORY", "类别"), l("STANDARD", "标准"), l("LAST", "上次检测"),
                                 l("DUE", "到期日"), l("DAYS", "剩余天数"), l("REMINDER", "提醒"), l("OVERDUE", "超期"), l("STATUS", "状态"),
                                 l("FAILED TEST", "不合格检测"), l("ASKED FOR BY", "提出检测的稳定性检测")],
                        rows: shown, extra: extra, format: format)
    }

    static let stabilityDueFields = ["device", "department", "standard", "group", "item", "period", "last_stability_test", "due",
                                     "days_left", "overdue"]

    /// The stability items due (R80): each item's period after its last stability test.
    func stabilityDue(_ list: [QCStabilityDue], today: Day, format: OutputFormat) -> String {
        let names = { (d: QCStabilityDue) in
            QCStandards.standard(d.standard)?.groups.first { $0.code == d.group }?.items.first { $0.code == d.item }?.name.text(chinese: chinese) ?? ""
        }
        return document(title: l("Stability tests as of \(today) (R80: per item monthly, quarterly or half-yearly after its last stability test; a week's reminder)",
                                 "稳定性检测（截至 \(today)；R80：各项目按月、季度或半年，自上次稳定性检测起计；提前一周提醒）"),
                        fields: Self.stabilityDueFields,
                        header: [l("DEVICE", "设备"), l("DEPT", "科室"), l("STANDARD", "标准"), l("GROUP", "类别组"), l("ITEM", "项目"),
                                 l("PERIOD", "周期"), l("LAST", "上次检测"), l("DUE", "到期日"), l("DAYS", "剩余天数"), l("OVERDUE", "超期")],
                        rows: list.map { d in
                            [.string(d.device.tag), .string(d.device.department), .string(d.standard), .string(d.group),
                             .string(format == .table ? "\(d.item) \(names(d))" : d.item),
                             .string(format == .table ? d.period.name.text(chinese: chinese) : d.period.rawValue),
                             d.last.map { .string($0.description) } ?? .null, .string(d.due.due.description), .int(d.due.daysLeft),
                             format == .table ? .string(d.due.overdue ? l("OVERDUE", "已超期") : "") : .bool(d.due.overdue)]
                        }, format: format)
    }

    // MARK: Organisations

    static let orgFields = ["code", "name", "credit_code", "certificate", "scope_standards", "scope_kinds", "valid_from", "valid_until",
                            "published_province", "published_on", "blacklisted_on", "blacklist_source", "effective"]

    func values(_ o: TestingOrganisation) -> [JSONValue] {
        let day = { (d: Day?) in d.map { JSONValue.string($0.description) } ?? .null }
        return [.string(o.code), .string(o.name), .string(o.creditCode), .string(o.certificate),
                .string(o.scopeStandards.sorted().joined(separator: ";")),
                .string(QCTestKind.allCases.filter(o.scopeKinds.contains).map(\.rawValue).joined(separator: ";")),
                .string(o.validFrom.description), .string(o.validUntil.description), .string(o.publishedProvince), day(o.publishedOn),
                day(o.blacklistedOn), .string(o.blacklistSource), .string(o.effective.description)]
    }

    var orgHeader: [String] {
        [l("CODE", "代码"), l("NAME", "名称"), l("CREDIT CODE", "统一社会信用代码"), l("CERTIFICATE", "资质证书"), l("STANDARDS", "资质标准"),
         l("KINDS", "检测类型"), l("FROM", "有效期起"), l("UNTIL", "有效期止"), l("PROVINCE", "公布省份"), l("PUBLISHED", "公布日期"),
         l("BLACKLISTED", "黑名单日期"), l("SOURCE", "黑名单来源"), l("EFFECTIVE", "生效日期")]
    }

    func organisations(_ list: [TestingOrganisation], on day: Day, format: OutputFormat) -> String {
        document(title: l("Testing organisations on \(day) (R85)", "检测机构（\(day)，R85）"), fields: Self.orgFields, header: orgHeader,
                 rows: list.map(values), format: format)
    }

    /// Every version of one organisation with what changed (R89).
    func history(_ versions: [(version: TestingOrganisation, change: String)], format: OutputFormat) -> String {
        document(title: l("Versions of \(versions.first?.version.code ?? "") (R89)", "\(versions.first?.version.code ?? "") 的各版本（R89）"),
                 fields: Self.orgFields + ["change"], header: orgHeader + [l("CHANGE", "变更")],
                 rows: versions.map { values($0.version) + [.string($0.change)] }, format: format)
    }
}
