/// The rules that refuse a step (R101: "transitions that a rule forbids are rejected with a message
/// citing the rule"). Guards refuse only what must not happen yet; missed duties are exceptions
/// (`TicketExceptions`), never blocks on sign-off (CONTRACT "Record work").
///
/// Who may sign what:
/// - any known person opens a request, reports further faults, cancels, records notifications,
///   substitutes and vendor delays (R2: the signer must exist);
/// - the equipment department — the `engineer` or `equipment-head` role — assigns (R37), receives
///   (R39), starts, pauses, sends off site, records the repair (R41), proposes scrapping and closes;
///   the assignee must hold the `engineer` role (R37);
/// - approvals need `TicketRules.approverRole` (head of the equipment department), scrapping
///   `TicketRules.scrapApproverRole` (R50, R51, R38, R63);
/// - the recipient who signs a device back is a person of the device's department or its custodian
///   (R42).
///
/// ```swift
/// try TicketGuards(ticket: t, facts: t.facts, context: ctx).check(event)   // throws TicketRefusal
/// ```
struct TicketGuards {
    let ticket: Ticket
    let facts: TicketFacts
    let context: TicketContext

    /// Steps that are repair work, refused on a scrapped device (R8).
    static let repairWork: Set<TicketStepKind> = [
        .opened, .additionalReport, .assigned, .received, .started, .externalRepairer, .emergencyExternal,
        .sentOffSite, .backOnSite, .waitingParts, .waitingVendor, .resumed, .repaired, .returned,
    ]
    /// Records that may still be added to a closed or refused ticket: duties done late and facts
    /// established afterwards (a verbal approval recorded after the fact, R50; a justification, R49).
    static let lateRecords: Set<TicketStepKind> = [
        .approval, .justification, .substituteReturned, .manufacturerNotified, .notified, .vendorLate,
        .reportedToLeadership, .factsEstablished,
    ]
    /// States before the repair is recorded.
    static let beforeRepaired: Set<TicketState> = [
        .requested, .assigned, .received, .inRepair, .waitingParts, .waitingVendor, .offSite, .deferred,
    ]
    static let working: Set<TicketState> = [.inRepair, .waitingParts, .waitingVendor]
    static let notStarted: Set<TicketState> = [.requested, .assigned, .received]

    private var name: String { ticket.number.description }
    private var tag: String { context.device.tag }

    func check(_ e: TicketEvent) throws(TicketRefusal) {
        let isFirst = ticket.events.isEmpty
        if isFirst {
            guard case .opened = e.step else {
                throw TicketRefusal("R36", en: "a ticket starts with its repair request", zh: "维修单须以报修开始")
            }
        } else {
            if case .opened = e.step {
                throw TicketRefusal("R101", en: "\(name) is already open", zh: "\(name) 已经开立")
            }
            if let last = facts.lastAt, e.at < last {
                throw TicketRefusal("R4", en: "a step of \(name) cannot be dated before its previous step (\(last))",
                                    zh: "\(name) 的步骤时间不能早于上一步骤（\(last)）")
            }
            guard context.device.tag == facts.device else {
                throw TicketRefusal("R36", en: "\(name) is for device \(facts.device), not \(context.device.tag)",
                                    zh: "\(name) 属于设备 \(facts.device)，不是 \(context.device.tag)")
            }
            if facts.state == .cancelled {
                throw TicketRefusal("R101", en: "\(name) is cancelled; it takes no further steps",
                                    zh: "\(name) 已撤销，不能再记录任何步骤")
            }
            if facts.state.isFinal, !Self.lateRecords.contains(e.kind) {
                throw TicketRefusal("R101", en: "\(name) is \(facts.state.rawValue); '\(e.kind.rawValue)' is not allowed any more",
                                    zh: "\(name) \(facts.state.chineseName)，不能再记录“\(e.kind.rawValue)”")
            }
        }
        let signer = try person(e.by)
        if context.device.status == .scrapped, Self.repairWork.contains(e.kind) {
            throw TicketRefusal("R8", en: "device \(tag) is scrapped; it takes no repair requests or repair work",
                                zh: "设备 \(tag) 已报废，不再接受报修或维修工作")
        }
        try checkStep(e, signer: signer)
    }

    // MARK: Helpers

    private func person(_ login: String) throws(TicketRefusal) -> Person {
        guard let p = context.person(login) else {
            throw TicketRefusal("R2", en: "unknown person '\(login)'", zh: "没有此人员“\(login)”")
        }
        return p
    }

    /// The signer is of the equipment department (engineer or equipment head); `en` and `zh` say
    /// what they would be doing ("assign repairs", "派工").
    private func requireStaff(_ p: Person, _ rule: String, en doing: String, zh doingZh: String) throws(TicketRefusal) {
        guard p.has(.engineer) || p.has(.equipmentHead) || p.has(context.rules.approverRole) else {
            throw TicketRefusal(rule, en: "only the equipment department (engineer or equipment head) may \(doing); \(p.login) may not",
                                zh: "只有设备科（维修工程师或设备科主任）可以\(doingZh)；\(p.login) 不可以")
        }
    }

    private func require(_ ok: Bool, _ rule: String, en: @autoclosure () -> String, zh: @autoclosure () -> String) throws(TicketRefusal) {
        if !ok { throw TicketRefusal(rule, en: en(), zh: zh()) }
    }

    /// `s` is not blank; `en` and `zh` name what is missing ("the justification", "论证说明").
    private func requireText(_ s: String, _ rule: String, en what: String, zh whatZh: String) throws(TicketRefusal) {
        try require(!s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, rule,
                    en: "\(what) is required", zh: "须填写\(whatZh)")
    }

    private func requireState(_ allowed: Set<TicketState>, _ e: TicketEvent) throws(TicketRefusal) {
        guard allowed.contains(facts.state) else {
            throw TicketRefusal("R101", en: "\(name) is \(facts.state.rawValue); '\(e.kind.rawValue)' is not allowed from there",
                                zh: "\(name) \(facts.state.chineseName)，此时不能记录“\(e.kind.rawValue)”")
        }
    }

    /// An outside repairer may not work before the head's approval or an emergency (R50).
    private func requireExternalApproval(_ who: String) throws(TicketRefusal) {
        try require(facts.externalApprovedAt != nil || facts.emergencyExternalAt != nil, "R50",
                    en: "\(who) is not hospital repair staff: the head of the equipment department must approve before work starts",
                    zh: "\(who) 不是本院维修人员：须经设备科主任批准后方可开始维修")
    }

    /// Damage by fault of a large or valuable device must be answered yes or no (R47).
    private func requireDamageAnswered(_ answer: DamageByFault?) throws(TicketRefusal) {
        try require(!(answer == .undetermined && context.damageQuestionMandatory), "R47",
                    en: "\(tag) is large or valuable: damage by fault must be answered yes or no, not undetermined",
                    zh: "\(tag) 属大型或贵重设备：是否责任性损坏须回答“是”或“否”，不能为“未确定”")
    }

    /// The device was registered as received before `doing` (R39).
    private func requireReceived(en doing: String, zh doingZh: String) throws(TicketRefusal) {
        try require(!Self.notStarted.subtracting([.received]).contains(facts.state), "R39",
                    en: "register receipt of \(tag) (received) before \(doing)",
                    zh: "须先登记接收 \(tag)（received），才能\(doingZh)")
    }

    // MARK: The steps

    private func checkStep(_ e: TicketEvent, signer: Person) throws(TicketRefusal) {
        let rules = context.rules
        switch e.step {
        case let .opened(device, fault, _, damage, _, _, linkedTo):
            try require(device == tag, "R36", en: "the request is for \(device) but the context is for \(tag)",
                        zh: "报修针对 \(device)，但当前设备是 \(tag)")
            try requireText(fault, "R36", en: "a fault description", zh: "故障描述")
            try requireDamageAnswered(damage)
            let others = context.openTicketsOfDevice.filter { $0 != ticket.number }
            if let linkedTo {
                try require(others.contains(linkedTo), "R103", en: "\(linkedTo) is not an open ticket of \(tag)",
                            zh: "\(linkedTo) 不是 \(tag) 未关闭的维修单")
            } else if let first = others.first {
                throw TicketRefusal("R103", en: "\(tag) already has open ticket \(first); add this report to it, or open a ticket linked to it",
                                    zh: "\(tag) 已有未关闭的维修单 \(first)：请把本次报修补充到该单，或开立与其关联的维修单")
            }

        case let .additionalReport(fault):
            try requireText(fault, "R36", en: "a fault description", zh: "故障描述")
            try require(facts.state.deviceAwaitsRepair, "R103",
                        en: "\(name) is \(facts.state.rawValue): \(tag) is back in service; open a new ticket",
                        zh: "\(name) \(facts.state.chineseName)：\(tag) 已恢复使用，请开立新的维修单")

        case let .assigned(to):
            try requireStaff(signer, "R37", en: "assign repairs", zh: "派工")
            let assignee = try person(to)
            try require(assignee.has(.engineer), "R37", en: "\(to) is not a repairer (engineer role)",
                        zh: "\(to) 不是维修人员（维修工程师角色）")
            try requireState(Self.beforeRepaired, e)

        case .received:
            try requireStaff(signer, "R39", en: "register receipt of a device", zh: "登记接收设备")
            try require(facts.state != .requested, "R37", en: "assign a repairer to \(name) before the device is received",
                        zh: "须先为 \(name) 派工，才能接收设备")
            try requireState([.assigned], e)

        case .started:
            try requireStaff(signer, "R39", en: "start a repair", zh: "开始维修")
            try requireReceived(en: "the repair starts", zh: "开始维修")
            try requireState([.received], e)
            try require(!(context.damageQuestionMandatory && (facts.damage == nil || facts.damage == .undetermined)), "R47",
                        en: "\(tag) is large or valuable: answer whether this is damage by fault (yes or no) before repair starts",
                        zh: "\(tag) 属大型或贵重设备：开始维修前须回答是否责任性损坏（是或否）")
            if facts.damage == .yes {
                var missing: [RuleText] = []
                if facts.leadershipReportedAt == nil { missing.append(RuleText(en: "the report to leadership", zh: "向领导的报告")) }
                if facts.factsEstablishedAt == nil { missing.append(RuleText(en: "the established facts", zh: "查明的事实")) }
                try require(missing.isEmpty, "R46",
                            en: "damage by fault must be reported to leadership with the established facts before repair starts (missing: \(missing.map(\.en).joined(separator: ", ")))",
                            zh: "责任性损坏须在维修前向领导报告并查明事实（缺少：\(missing.map(\.zh).joined(separator: "、"))）")
            }
            if let who = facts.externalRepairer { try requireExternalApproval(who) }

        case let .damageClassified(answer):
            try requireStaff(signer, "R46", en: "classify damage by fault", zh: "认定责任性损坏")
            try requireDamageAnswered(answer)

        case let .reportedToLeadership(leader, _, content):
            try requireText(leader, "R46", en: "the leader reported to", zh: "所报告的领导")
            try requireText(content, "R46", en: "the content of the report to leadership", zh: "向领导报告的内容")

        case let .factsEstablished(text):
            try requireText(text, "R46", en: "the established facts", zh: "查明的事实")

        case let .approval(kind, _, verbalAt):
            let role = rules.approverRole(for: kind)
            try require(signer.has(role), kind.rule,
                        en: "only the \(role.rawValue) may approve \(kind.rawValue); \(signer.login) is not",
                        zh: "只有\(role.chineseName)可以批准\(kind.chineseName)；\(signer.login) 不是")
            if let verbalAt {
                try require(verbalAt <= e.at, "R50", en: "a verbal approval is recorded after it was given, not before (\(verbalAt))",
                            zh: "口头批准须在给出之后补记，不能提前记录（\(verbalAt)）")
            }
            if kind == .scrapping {
                try require(facts.state == .proposedScrap, "R62", en: "propose scrapping \(tag) before approving it",
                            zh: "须先提出 \(tag) 的报废申请，才能批准")
            }

        case let .externalRepairer(repairer, company, _):
            try requireText(repairer, "R50", en: "the external repairer's name", zh: "院外维修人员的姓名")
            try requireText(company, "R50", en: "the external repairer's company", zh: "院外维修人员的单位")
            try requireState(Self.beforeRepaired, e)
            if Self.working.union([.offSite]).contains(facts.state) { try requireExternalApproval(repairer) }

        case let .emergencyExternal(reason):
            try requireStaff(signer, "R49", en: "declare an emergency external repair", zh: "登记紧急院外维修")
            try requireText(reason, "R49", en: "the reason for the emergency external repair", zh: "紧急院外维修的原因")
            try requireState(Self.beforeRepaired, e)

        case let .justification(text):
            try requireStaff(signer, "R49", en: "justify an emergency external repair", zh: "补充紧急院外维修的论证")
            try requireText(text, "R49", en: "the justification", zh: "论证说明")
            try require(facts.emergencyExternalAt != nil, "R49", en: "\(name) has no emergency external repair to justify",
                        zh: "\(name) 没有需要论证的紧急院外维修")

        case let .sentOffSite(destination, _, _):
            try requireStaff(signer, "R51", en: "send a device off site", zh: "送设备离院维修")
            try requireReceived(en: "sending it off site", zh: "送离院维修")
            try requireState(Self.working.union([.received]), e)
            try requireText(destination, "R51", en: "the off-site destination", zh: "离院维修的去向")
            try require(facts.unusedApprovals.contains(.offSite), "R51",
                        en: "off-site repair of \(tag) needs the approval of the head of the equipment department first",
                        zh: "\(tag) 离院维修须先经设备科主任批准")

        case let .backOnSite(inspection):
            try requireStaff(signer, "R51", en: "register a device back from off-site repair", zh: "登记设备离院维修返回")
            try requireState([.offSite], e)
            try requireText(inspection, "R51", en: "the incoming inspection on return", zh: "返回时的验收检查")

        case .waitingParts, .waitingVendor:
            try requireStaff(signer, "R101", en: "pause a repair", zh: "暂停维修")
            try requireState(Self.working, e)

        case .resumed:
            try requireStaff(signer, "R101", en: "resume a repair", zh: "恢复维修")
            try requireState([.waitingParts, .waitingVendor, .proposedScrap, .deferred], e)

        case .manufacturerNotified:
            break

        case let .vendorLate(note):
            try requireText(note, "R45", en: "what the vendor failed to do", zh: "厂家未履行的事项")

        case .cannotRepairInTime:
            try requireState(Self.beforeRepaired.union([.proposedScrap]), e)

        case let .notified(party, login):
            let p = try person(login)
            switch party {
            case .equipmentHead:
                try require(p.has(.equipmentHead), "R53", en: "\(login) is not the head of the equipment section",
                            zh: "\(login) 不是设备科主任")
            case .department:
                try require(p.department == context.device.department, "R53",
                            en: "\(login) is not of \(tag)'s department \(context.device.department)",
                            zh: "\(login) 不属于 \(tag) 的使用科室 \(context.device.department)")
            }

        case let .substitute(sub, _):
            try requireText(sub, "R53", en: "the substitute device (asset number or description)", zh: "可替代设备（资产编号或描述）")
            try require(sub != tag, "R54", en: "\(tag) cannot substitute for itself", zh: "\(tag) 不能替代它自己")
            try require(!facts.activeSubstitutes.contains(sub), "R54", en: "\(sub) is already in place as a substitute on \(name)",
                        zh: "\(sub) 已作为 \(name) 的可替代设备在用")
            try require(facts.state.deviceAwaitsRepair, "R54", en: "\(tag) is back in service; no substitute is needed",
                        zh: "\(tag) 已恢复使用，不需要可替代设备")

        case let .substituteReturned(sub):
            try require(facts.activeSubstitutes.contains(sub), "R54", en: "\(sub) is not a substitute in place on \(name)",
                        zh: "\(sub) 不是 \(name) 在用的可替代设备")

        case .prioritySet:
            try requireStaff(signer, "R104", en: "change a ticket's priority", zh: "更改维修单的优先级")

        case let .repaired(work, cause, feedback, _):
            try requireStaff(signer, "R41", en: "sign a repair record", zh: "签署维修记录")
            try require(facts.state != .offSite, "R51",
                        en: "record \(tag)'s return and its incoming inspection (back-on-site) before the repair",
                        zh: "须先登记 \(tag) 的返回及验收检查（back-on-site），才能记录维修")
            try requireState([.inRepair], e)
            try requireText(work, "R40", en: "the repair content (work done)", zh: "维修内容（所做工作）")
            if cause == .operation {
                try require(!(feedback ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "R43",
                            en: "cause 'operation' (incorrect operation) requires the feedback given to the clinical department",
                            zh: "原因为“operation”（操作不当）时，须填写向临床科室的反馈")
            }

        case let .returned(recipient):
            try require(!Self.beforeRepaired.union([.proposedScrap]).contains(facts.state), "R42",
                        en: "\(tag) can be signed back only after the repair is recorded (\(name) is \(facts.state.rawValue))",
                        zh: "须先记录维修，\(tag) 才能签收（\(name) \(facts.state.chineseName)）")
            try requireState([.repaired], e)
            let p = try person(recipient)
            try require(p.department == context.device.department || p.login == context.device.custodian, "R42",
                        en: "\(recipient) is neither of \(tag)'s department \(context.device.department) nor its custodian",
                        zh: "\(recipient) 既不属于 \(tag) 的使用科室 \(context.device.department)，也不是其保管人")
            if context.device.radiation, let repair = facts.repair, repair.majorPartReplaced {
                let passed = context.lastPassedAcceptanceTest.map { $0 > repair.at } ?? false
                try require(passed, "R78",
                            en: "an important part of radiation device \(tag) was replaced: an acceptance test passed after the repair must be recorded before sign-off",
                            zh: "射线装置 \(tag) 更换了重要部件：签收前须记录维修后合格的验收检测")
            }

        case .closed:
            try requireStaff(signer, "R101", en: "close a ticket", zh: "关闭维修单")
            try require(facts.state != .repaired && !Self.beforeRepaired.contains(facts.state), "R42",
                        en: "the department must sign \(tag) back (returned) before \(name) is closed",
                        zh: "须由使用科室签收 \(tag)（returned）后，才能关闭 \(name)")
            try requireState([.returned, .proposedScrap], e)
            if facts.state == .proposedScrap {
                try require(facts.unusedApprovals.contains(.scrapping), "R63",
                            en: "scrapping \(tag) needs the approval of the \(rules.scrapApproverRole.rawValue) before \(name) is closed",
                            zh: "报废 \(tag) 须经\(rules.scrapApproverRole.chineseName)批准后，才能关闭 \(name)")
            }
            try require(facts.emergencyExternalAt == nil || facts.justifiedAt != nil, "R49",
                        en: "the emergency external repair must be justified before \(name) is closed",
                        zh: "须先补充紧急院外维修的论证，才能关闭 \(name)")

        case let .deferred(reason):
            try requireState(Self.notStarted, e)
            try requireText(reason, "R38", en: "a reason for deferring", zh: "暂缓的理由")
            try require(signer.has(rules.approverRole) || facts.unusedApprovals.contains(.deferral), "R38",
                        en: "deferring a request needs the approval of the head of the equipment department",
                        zh: "暂缓维修须经设备科主任批准")

        case let .refused(reason):
            try requireState(Self.notStarted.union([.deferred]), e)
            try requireText(reason, "R38", en: "a reason for refusing", zh: "拒修的理由")
            try require(signer.has(rules.approverRole) || facts.unusedApprovals.contains(.refusal), "R38",
                        en: "refusing a request needs the approval of the head of the equipment department",
                        zh: "拒修须经设备科主任批准")

        case let .cancelled(reason, text):
            try requireState(Self.notStarted.union([.deferred]), e)
            if reason == .other { try requireText(text, "R101", en: "an explanation of the cancellation", zh: "撤销的说明") }

        case let .proposedForScrap(reason):
            try requireStaff(signer, "R62", en: "propose scrapping", zh: "提出报废")
            try requireState(Self.working.union([.received]), e)
            try requireText(reason, "R62", en: "the reason for scrapping", zh: "报废的理由")
        }
    }
}
