import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// The printed forms of `rounds ticket show|list|substitutes`: `table` for people (English or
/// Chinese labels), `csv` and `json` for programs (English keys, kebab-case words, times as
/// `YYYY-MM-DDTHH:MM:SS+08:00` in the facility zone, which `--at` and `--now` read back).
struct TicketOutput {
    let calendar: FacilityCalendar
    let now: Instant
    let chinese: Bool

    // MARK: show

    /// `signed`: each event's entry and signature (R2, R4), in the order of `t.events`.
    func show(_ t: Ticket, device: Equipment?, exceptions: [TicketException], signed: [SignedStep] = [], format: OutputFormat) -> String {
        func signing(_ i: Int) -> SignedStep? { i < signed.count ? signed[i] : nil }
        let opened = t.events.first
        let downtime = t.downtime
        let downSeconds = downtime.map { Int64($0.start.seconds(until: $0.end ?? now)) }
        func time(_ i: Instant?) -> (JSONValue, String) { (i.map { .string(iso($0)) } ?? .null, i.map { calendar.format($0) } ?? "") }
        func plain(_ v: JSONValue) -> (JSONValue, String) { (v, csv(v)) }
        // (JSON key, table label, JSON value, table text)
        let fields: [(String, String, (JSONValue, String))] = [
            ("number", l("number", "单号"), plain(.string(t.number.description))),
            ("device", l("device", "设备"), plain(.string(t.device))),
            ("device_name", l("device name", "设备名称"), plain(.string(device?.displayName(english: !chinese) ?? ""))),
            ("department", l("department", "科室"), plain(.string(device?.department ?? ""))),
            ("state", l("state", "状态"), (.string(t.state.rawValue), stateName(t.state))),
            ("priority", l("priority", "优先级"), (.string(t.priority.rawValue), priorityName(t.priority))),
            ("assignee", l("assignee", "维修人"), plain(t.assignee.map { .string($0) } ?? .null)),
            ("opened_at", l("opened", "报修时间"), time(opened?.at)),
            ("opened_by", l("opened by", "报修人"), plain(opened.map { .string($0.by) } ?? .null)),
            ("fault", l("fault", "故障"), plain(.string(t.fault))),
            ("out_of_service", l("out of service", "停机"), plain(.bool(t.outOfService))),
            ("damage_by_fault", l("damage by fault", "责任性损坏"), plain(t.damageByFault.map { .string($0.rawValue) } ?? .null)),
            ("linked_to", l("linked to", "关联单号"), plain(t.linkedTo.map { .string($0.description) } ?? .null)),
            ("repaired_at", l("repaired", "修复时间"), time(t.repairedAt)),
            ("returned_at", l("returned", "签收时间"), time(t.returnedAt)),
            ("downtime_seconds", l("downtime", "停机时长"),
             (downSeconds.map { .int(Int($0)) } ?? .null,
              downSeconds.map { duration($0) + (downtime?.end == nil ? l(" (ongoing)", "(未结束)") : "") } ?? "")),
            ("active_substitutes", l("substitutes in place", "在用替代设备"), plain(.array(t.activeSubstitutes.map { .string($0) }))),
            ("as_of", l("as of", "截至"), time(now)),
        ]
        let spans = t.timeline
        let totals = t.secondsInEachState(now: now)
        switch format {
        case .json:
            var pairs = fields.map { ($0.0, $0.2.0) }
            pairs.append(("timeline", .array(spans.map { s in
                .object([("state", .string(s.state.rawValue)), ("from", .string(iso(s.start))),
                         ("to", s.end.map { .string(iso($0)) } ?? .null), ("seconds", .int(Int(s.seconds(closingAt: now))))])
            })))
            pairs.append(("seconds_in_state", .object(TicketState.allCases.compactMap { s in totals[s].map { (s.rawValue, .int(Int($0))) } })))
            pairs.append(("events", .array(t.events.enumerated().map { i, e in
                let s = signing(i)
                let signature: JSONValue = s?.signature.map { g in
                    .object([("signer", .string(g.signer)), ("name", .string(g.name)), ("roles", .string(g.roles)),
                             ("meaning", .string(g.meaning?.english ?? "")), ("proof", .string(g.proof?.rawValue ?? ""))])
                } ?? .null
                return .object([("at", .string(iso(e.at))), ("by", .string(e.by)), ("kind", .string(e.kind.rawValue)),
                                ("details", .object(details(e.step))),
                                ("entered_at", s.map { .string(iso($0.enteredAt)) } ?? .null),
                                ("entered_by", s.map { .string($0.enteredBy) } ?? .null), ("signature", signature)])
            })))
            pairs.append(("exceptions", .array(exceptions.map { x in
                .object([("rule", .string(x.rule)), ("kind", .string(x.kind.rawValue)), ("since", .string(iso(x.since))),
                         ("detail", .string(x.detail))])
            })))
            return JSONValue.object(pairs).text + "\n"
        case .csv:
            var rows: [[String]] = fields.map { ["field", "", "", "", $0.0, "", csv($0.2.0)] }
            rows += spans.map { s in
                ["timeline", iso(s.start), s.end.map(iso) ?? "", "", s.state.rawValue, String(s.seconds(closingAt: now)), ""]
            }
            rows += t.events.map { e in ["event", iso(e.at), "", e.by, e.kind.rawValue, "", detailText(e.step)] }
            rows += exceptions.map { x in ["exception", iso(x.since), "", "", x.kind.rawValue, "", x.description] }
            return CSVWriter.document(header: ["section", "at", "to", "by", "kind", "seconds", "details"], rows: rows)
        case .table:
            var out = TextTable.render(
                header: [l("FIELD", "字段"), l("VALUE", "值")],
                rows: fields.map { [$0.1, $0.2.1] })
            out += "\n" + l("Timeline", "各状态时长") + "\n"
            out += TextTable.render(header: [l("STATE", "状态"), l("FROM", "开始"), l("TO", "结束"), l("DURATION", "时长")],
                                    rows: spans.map { s in
                                        [stateName(s.state), calendar.format(s.start), s.end.map { calendar.format($0) } ?? l("(now)", "(至今)"),
                                         duration(s.seconds(closingAt: now))]
                                    }, rightAligned: [3])
            out += "\n" + l("Steps", "记录") + "\n"
            out += TextTable.render(header: [l("AT", "时间"), l("BY", "签名"), l("STEP", "步骤"), l("DETAILS", "内容")],
                                    rows: t.events.map { [calendar.format($0.at), $0.by, $0.kind.rawValue, detailText($0.step)] })
            // Who signed each step, what it means and how it was proven; when it was entered (R2, R4).
            let signatureRows: [[String]] = t.events.enumerated().compactMap { i, e in
                guard let s = signing(i) else { return nil }
                let g = s.signature
                return [calendar.format(e.at), calendar.format(s.enteredAt), g.map { "\($0.name) (\($0.signer))" } ?? e.by,
                        g?.meaning.map { chinese ? $0.chinese : $0.english } ?? "", g?.proof.map(proofName) ?? l("unsigned", "未签名")]
            }
            if !signatureRows.isEmpty {
                out += "\n" + l("Signatures", "签名") + "\n"
                out += TextTable.render(header: [l("DONE", "工作时间"), l("ENTERED", "录入时间"), l("SIGNED BY", "签名人"),
                                                 l("MEANING", "签名含义"), l("PROOF", "证明")], rows: signatureRows)
            }
            out += "\n" + l("Exceptions", "异常") + "\n"
            if exceptions.isEmpty {
                out += l("none", "无") + "\n"
            } else {
                out += TextTable.render(header: [l("RULE", "规则"), l("KIND", "类别"), l("SINCE", "起始"), l("DETAIL", "说明")],
                                        rows: exceptions.map { [$0.rule, $0.kind.rawValue, calendar.format($0.since), $0.text.text(chinese: chinese)] })
            }
            return out
        }
    }

    /// How a signature was proven, in words.
    func proofName(_ p: SignatureProof) -> String {
        switch p {
        case .osAccount: return l("OS account", "系统账户")
        case .pin: return l("own PIN", "本人密码")
        case .unproven: return l("unproven (practice)", "未验证（练习库）")
        case .generated: return l("generated", "生成")
        }
    }

    // MARK: list

    func list(_ tickets: [Ticket], devices: [String: Equipment], format: OutputFormat) -> String {
        let fields = ["number", "priority", "state", "device", "device_name", "department", "assignee", "opened_at", "age_seconds", "fault"]
        let rows: [[JSONValue]] = tickets.map { t in
            let d = devices[t.device]
            let opened = t.openedAt ?? now
            return [.string(t.number.description), .string(t.priority.rawValue), .string(t.state.rawValue), .string(t.device),
                    .string(d?.displayName(english: !chinese) ?? ""), .string(d?.department ?? ""),
                    t.assignee.map { .string($0) } ?? .null, .string(iso(opened)), .int(Int(age(t))), .string(t.fault)]
        }
        switch format {
        case .json:
            return JSONValue.object([("as_of", .string(iso(now))), ("count", .int(tickets.count)),
                                     ("tickets", .array(rows.map { .object(Array(zip(fields, $0))) }))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: rows.map { $0.map(csv) })
        case .table:
            return TextTable.render(
                header: [l("NUMBER", "单号"), l("PRIORITY", "优先级"), l("STATE", "状态"), l("DEVICE", "设备"), l("NAME", "名称"),
                         l("DEPT", "科室"), l("ASSIGNEE", "维修人"), l("OPENED", "报修时间"), l("AGE", "历时"), l("FAULT", "故障")],
                rows: zip(tickets, rows).map { t, r in
                    [t.number.description, priorityName(t.priority), stateName(t.state), t.device, csv(r[4]), csv(r[5]),
                     t.assignee ?? "", calendar.format(t.openedAt ?? now), duration(age(t)), t.fault]
                }, rightAligned: [8])
        }
    }

    /// How long the ticket has run: to now while open, to its end once final.
    func age(_ t: Ticket) -> Int64 {
        guard let opened = t.openedAt else { return 0 }
        let end = t.state.isFinal ? (t.timeline.last?.start ?? now) : now
        return max(0, opened.seconds(until: end))
    }

    // MARK: substitutes

    func substitutes(_ candidates: [SubstituteCandidates.Candidate], for number: TicketNumber, device: Equipment,
                     format: OutputFormat) -> String {
        let fields = ["tag", "name", "department", "status", "source", "location"]
        let rows: [[String]] = candidates.map { c in
            [c.device.tag, c.device.displayName(english: !chinese), c.device.department, c.device.status.rawValue,
             c.source.rawValue, c.device.location]
        }
        switch format {
        case .json:
            return JSONValue.object([
                ("ticket", .string(number.description)), ("device", .string(device.tag)), ("category", .string(device.category)),
                ("candidates", .array(rows.map { .object(Array(zip(fields, $0.map { JSONValue.string($0) }))) })),
            ]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: rows)
        case .table:
            if candidates.isEmpty {
                return l("no candidate substitutes for \(device.tag) (category '\(device.category)')",
                         "\(device.tag)(类别 '\(device.category)')没有可用的替代设备") + "\n"
            }
            return TextTable.render(header: [l("TAG", "资产编号"), l("NAME", "名称"), l("DEPT", "科室"), l("STATUS", "状态"),
                                             l("SOURCE", "来源"), l("LOCATION", "存放地点")], rows: rows)
        }
    }

    // MARK: Step details

    /// A step's data as ordered key/value pairs (snake_case keys; empty optional text left out).
    func details(_ step: TicketStep) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        func add(_ key: String, _ v: JSONValue) { out.append((key, v)) }
        func addText(_ key: String, _ s: String, optional: Bool = false) { if !(optional && s.isEmpty) { add(key, .string(s)) } }
        switch step {
        case let .opened(device, fault, outOfService, damage, priority, source, linkedTo):
            addText("device", device); addText("fault", fault); add("out_of_service", .bool(outOfService))
            if let damage { addText("damage_by_fault", damage.rawValue) }
            addText("priority", priority.rawValue); addText("source", source.rawValue)
            if let linkedTo { addText("linked_to", linkedTo.description) }
        case let .additionalReport(fault): addText("fault", fault)
        case let .assigned(to): addText("to", to)
        case let .received(condition): addText("condition", condition, optional: true)
        case .started, .resumed, .closed: break
        case let .damageClassified(answer): addText("answer", answer.rawValue)
        case let .reportedToLeadership(leader, channel, content):
            addText("leader", leader); addText("channel", channel, optional: true); addText("content", content)
        case let .factsEstablished(facts): addText("facts", facts)
        case let .approval(kind, note, verbalAt):
            addText("kind", kind.rawValue); addText("note", note, optional: true)
            if let verbalAt { addText("verbal_at", iso(verbalAt)) }
        case let .externalRepairer(name, company, contact):
            addText("name", name); addText("company", company); addText("contact", contact, optional: true)
        case let .emergencyExternal(reason): addText("reason", reason)
        case let .justification(t): addText("text", t)
        case let .sentOffSite(destination, vendor, expectedReturn):
            addText("destination", destination); addText("vendor", vendor)
            if let expectedReturn { addText("expected_return", expectedReturn.description) }
        case let .backOnSite(inspection): addText("inspection", inspection)
        case let .waitingParts(note), let .waitingVendor(note), let .cannotRepairInTime(note):
            addText("note", note, optional: true)
        case let .manufacturerNotified(channel): addText("channel", channel, optional: true)
        case let .vendorLate(note): addText("note", note)
        case let .notified(party, person): addText("party", party.rawValue); addText("person", person)
        case let .substitute(device, source): addText("device", device); addText("source", source.rawValue)
        case let .substituteReturned(device): addText("device", device)
        case let .prioritySet(priority): addText("priority", priority.rawValue)
        case let .repaired(work, cause, feedback, major):
            addText("work", work); addText("cause", cause.rawValue)
            if let feedback, !feedback.isEmpty { addText("feedback", feedback) }
            add("major_part_replaced", .bool(major))
        case let .returned(recipient): addText("recipient", recipient)
        case let .deferred(reason), let .refused(reason), let .proposedForScrap(reason): addText("reason", reason)
        case let .cancelled(reason, t): addText("reason", reason.rawValue); addText("text", t, optional: true)
        }
        return out
    }

    /// `key: value; key: value` for tables and CSV.
    func detailText(_ step: TicketStep) -> String {
        details(step).map { "\($0.0): \(csv($0.1))" }.joined(separator: "; ")
    }

    // MARK: Formatting

    /// `2026-03-02T08:00:00+08:00`: local time with its offset, readable by `--at`.
    func iso(_ i: Instant) -> String {
        let s = calendar.secondsIntoDay(i)
        let off = calendar.offset(at: i)
        let sign = off < 0 ? "-" : "+"
        let a = Int(abs(off))
        return "\(calendar.day(of: i))T\(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))\(sign)\(pad(a / 3600)):\(pad(a / 60 % 60))"
    }

    private func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// `45m`, `2h 05m`, `3d 4h 00m`.
    func duration(_ seconds: Int64) -> String {
        let m = seconds / 60, d = m / 1440, h = m / 60 % 24, mm = m % 60
        if d > 0 { return "\(d)d \(h)h \(pad(Int(mm)))m" }
        if h > 0 { return "\(h)h \(pad(Int(mm)))m" }
        return "\(mm)m"
    }

    func csv(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        case .null: return ""
        case .array(let items): return items.map(csv).joined(separator: " ")
        default: return v.text
        }
    }

    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    func stateName(_ s: TicketState) -> String {
        guard chinese else { return s.rawValue }
        switch s {
        case .requested: return "报修"
        case .assigned: return "已派工"
        case .received: return "已接收"
        case .inRepair: return "维修中"
        case .waitingParts: return "待配件"
        case .waitingVendor: return "待厂家"
        case .offSite: return "离院维修"
        case .repaired: return "已修复"
        case .returned: return "已签收"
        case .closed: return "已关闭"
        case .deferred: return "暂缓"
        case .refused: return "拒修"
        case .cancelled: return "已取消"
        case .proposedScrap: return "拟报废"
        }
    }

    func priorityName(_ p: TicketPriority) -> String {
        guard chinese else { return p.rawValue }
        switch p {
        case .emergency: return "紧急"
        case .urgent: return "加急"
        case .routine: return "常规"
        case .deferred: return "暂缓"
        }
    }
}
