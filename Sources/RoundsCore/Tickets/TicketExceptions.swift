extension Ticket {
    /// The missed duties and listed cases of this ticket as of `now` (R100), oldest first. Steps
    /// dated after `now` are ignored. A cancelled ticket (a duplicate or false report) owes nothing.
    /// A duty stays listed after it is too late to do it: a report for last month still shows that
    /// no substitute was recorded, even though the device is back.
    ///
    /// Key-equipment duties (R53) arise at T = opened + `keyRepairThresholdHours`, or earlier when the
    /// ticket is marked "cannot be repaired in time", if the repair is not recorded by T. Each of the
    /// department notification, the equipment-head notification and the substitute is missing when
    /// never recorded, and late when recorded more than `keyDutyGraceMinutes` after T.
    ///
    /// ```swift
    /// // ICU ventilator opened 08:00, no substitute, now 13:00:
    /// t.exceptions(now: at1300, context: ctx).map(\.kind)   // [.notNotified, .notNotified, .noSubstitute]
    /// ```
    public func exceptions(now: Instant, context: TicketContext) -> [TicketException] {
        let t = asOf(now)
        guard !t.events.isEmpty else { return [] }
        let f = t.facts
        guard f.state != .cancelled else { return [] }
        let rules = context.rules
        var out: [TicketException] = []
        func add(_ kind: TicketException.Kind, _ since: Instant, en: String, zh: String) {
            out.append(TicketException(ticket: number, device: f.device, kind: kind, since: since, text: RuleText(en: en, zh: zh)))
        }
        func fmt(_ i: Instant) -> String { context.calendar.format(i) }
        let hour: Int64 = 3600, minute: Int64 = 60

        // R38: delays.
        let assignLimit = Int64(context.isKeyEquipment ? rules.keyAssignWithinMinutes : rules.assignWithinMinutes) * minute
        let leftRequested = f.firstChange(into: Set(TicketState.allCases).subtracting([.requested]), from: f.openedAt) ?? now
        if f.openedAt.seconds(until: leftRequested) > assignLimit {
            add(.assignmentDelayed, f.openedAt.adding(seconds: assignLimit),
                en: "not assigned within \(assignLimit / minute) minutes of the request (\(fmt(f.openedAt)))",
                zh: "报修（\(fmt(f.openedAt))）后 \(assignLimit / minute) 分钟内未派工")
        }
        if let assigned = f.firstAssignedAt {
            let startLimit = Int64(rules.startWithinHours) * hour
            let begun = f.firstChange(into: Set(TicketState.allCases).subtracting([.requested, .assigned, .received]),
                                      from: assigned) ?? now
            if assigned.seconds(until: begun) > startLimit {
                add(.startDelayed, assigned.adding(seconds: startLimit),
                    en: "repair not begun within \(rules.startWithinHours) hours of assignment (\(fmt(assigned)))",
                    zh: "派工（\(fmt(assigned))）后 \(rules.startWithinHours) 小时内未开始维修")
            }
        }

        // R46, R48: damage by fault.
        if f.damage == .yes, let yes = f.damageYesAt {
            add(.damageByFault, yes, en: "damage by fault", zh: "责任性损坏")
        }
        if let late = f.damageYesAfterStartAt {
            add(.repairedBeforeReporting, late, en: "classified as damage by fault after the repair had started",
                zh: "维修开始之后才认定为责任性损坏")
        }

        // R49, R50: emergency external repair.
        if let emergency = f.emergencyExternalAt, f.justifiedAt == nil {
            let due = justificationDue(emergency, rules: rules, calendar: context.calendar)
            add(.justificationOutstanding, emergency,
                en: "emergency external repair not justified; due \(fmt(due))" + (now > due ? " (overdue)" : ""),
                zh: "紧急院外维修尚未论证；期限 \(fmt(due))" + (now > due ? "（已逾期）" : ""))
        }
        if f.externalRepairer != nil || f.emergencyExternalAt != nil, let begun = f.startedAt,
           f.externalApprovedAt == nil, !f.approvalsSeen.contains(.offSite) {
            add(.unapprovedExternalRepair, begun,
                en: "external repair (\(f.externalRepairer ?? "emergency")) without the equipment head's approval on record",
                zh: "院外维修（\(f.externalRepairer ?? "紧急")）没有设备科主任批准的记录")
        }

        // R44, R45: warranty and vendor.
        if context.underWarranty(at: f.openedAt) {
            let due = f.openedAt.adding(seconds: Int64(rules.manufacturerNoticeHours) * hour)
            if let told = f.manufacturerNotifiedAt {
                if told > due { add(.manufacturerNotifiedLate, due, en: "manufacturer notified late, at \(fmt(told))", zh: "通知厂家过迟，于 \(fmt(told))") }
            } else if now > due {
                add(.manufacturerNotNotified, due, en: "device under warranty; manufacturer not notified", zh: "设备在保修期内，未通知厂家")
            }
        }
        for late in f.vendorLate { add(.vendorLate, late.at, en: late.note, zh: late.note) }

        // R53, R54: key equipment not repaired in time.
        if context.isKeyEquipment, f.outOfService {
            let automatic = f.openedAt.adding(hours: rules.keyRepairThresholdHours)
            let dutyAt = min(f.cannotRepairInTimeAt ?? automatic, automatic)
            let fixedAt = f.repair?.at ?? f.downtimeEnd
            if dutyAt <= now, fixedAt.map({ $0 > dutyAt }) ?? true {
                let grace = Int64(rules.keyDutyGraceMinutes) * minute
                let limit = dutyAt.adding(seconds: grace)
                for party in NotifiedParty.allCases {
                    let who = party == .department ? "the department" : "the equipment head"
                    let whoZh = party == .department ? "使用科室" : "设备科主任"
                    if let told = f.notifiedAt[party] {
                        if told > limit { add(.notifiedLate, dutyAt, en: "\(who) notified late, at \(fmt(told))", zh: "通知\(whoZh)过迟，于 \(fmt(told))") }
                    } else {
                        add(.notNotified, dutyAt, en: "key equipment not repaired in time; \(who) not notified",
                            zh: "关键设备未能及时修复，未通知\(whoZh)")
                    }
                }
                if let first = f.substitutes.first {
                    if first.at > limit {
                        add(.substituteLate, dutyAt, en: "substitute \(first.device) put in place late, at \(fmt(first.at))",
                            zh: "可替代设备 \(first.device) 到位过迟，于 \(fmt(first.at))")
                    }
                } else {
                    add(.noSubstitute, dutyAt, en: "key equipment not repaired in time; no substitute device recorded",
                        zh: "关键设备未能及时修复，未记录可替代设备")
                }
            }
        }
        if let back = f.returnedAt, !f.activeSubstitutes.isEmpty {
            let due = back.adding(seconds: Int64(rules.keyDutyGraceMinutes) * minute)
            if now > due {
                add(.substituteNotReturned, due, en: "substitute \(f.activeSubstitutes.joined(separator: ", ")) not returned",
                zh: "可替代设备 \(f.activeSubstitutes.joined(separator: "、")) 未归还")
            }
        }

        // R97, R104: age.
        let delinquentAt = f.openedAt.adding(seconds: Int64(rules.delinquentDays) * 24 * hour)
        if f.state.isOpen, now > delinquentAt {
            add(.delinquent, delinquentAt, en: "open more than \(rules.delinquentDays) days", zh: "超过 \(rules.delinquentDays) 天未关闭")
        }
        if let since = f.deferredPrioritySince, f.state.isOpen, f.repairBegunAt == nil,
           !f.approvalsSeen.contains(.deferral) {
            let limit = since.adding(seconds: Int64(rules.deferralLimitDays) * 24 * hour)
            if now > limit {
                add(.deferredTooLong, limit, en: "deferred more than \(rules.deferralLimitDays) days without the equipment head's approval",
                    zh: "暂缓超过 \(rules.deferralLimitDays) 天，未经设备科主任批准")
            }
        }

        return out.sorted { ($0.since, $0.kind.rawValue, $0.detail) < ($1.since, $1.kind.rawValue, $1.detail) }
    }

    /// R49: the end of the `justificationDueWorkingDays`-th working day after the day the emergency
    /// external repair was declared.
    func justificationDue(_ declared: Instant, rules: TicketRules, calendar: FacilityCalendar) -> Instant {
        var day = calendar.day(of: declared)
        var counted = 0
        while counted < rules.justificationDueWorkingDays {
            day = day.adding(days: 1)
            if rules.workingDays.isWorkingDay(day) { counted += 1 }
        }
        return calendar.endOfDay(day)
    }
}
