/// Turns what the rules already found into missed duties (R100). Nothing is decided twice: a
/// ticket's duties are its own ``TicketException``s, an inspection's is the overdue report's line,
/// a radiation device's is its status-test standing.
public enum MissedDuties {
    /// The ticket exceptions the hospital-wide list carries: the late assignment (R38), no substitute
    /// (R53), the vendor late (R45), and an emergency external repair once its justification is
    /// overdue (R49; before its due day it is not yet missed).
    public static func fromTicket(_ ticket: Ticket, exceptions: [TicketException], department: String,
                                  context: TicketContext, now: Instant) -> [MissedDuty] {
        exceptions.compactMap { x in
            let kind: MissedDuty.Kind
            var since = x.since
            switch x.kind {
            case .assignmentDelayed: kind = .lateAssignment
            case .noSubstitute: kind = .noSubstitute
            case .vendorLate: kind = .vendorLate
            case .justificationOutstanding:
                let due = ticket.justificationDue(x.since, rules: context.rules, calendar: context.calendar)
                guard now > due else { return nil }
                kind = .unjustifiedEmergencyRepair
                since = due
            default: return nil
            }
            return MissedDuty(kind: kind, subject: x.ticket.description, device: x.device, department: department, since: since, text: x.text)
        }
    }

    /// An overdue inspection of a life-support device (R12–R35, R100): overdue from the start of
    /// the day after its due day.
    public static func lifeSupportInspection(_ item: OverdueReport.Item, calendar: FacilityCalendar) -> MissedDuty {
        MissedDuty(kind: .lifeSupportInspectionOverdue, subject: item.device, device: item.device, department: item.department,
                   since: calendar.startOfDay(item.due.adding(days: 1)), daysOverdue: item.daysOverdue,
                   text: RuleText(en: "\(item.kind.rawValue) inspection due \(item.due), \(daysText(item.daysOverdue)) overdue",
                                  zh: "\(zhName(item.kind))应于 \(item.due) 完成，已超期 \(item.daysOverdue) 天"),
                   specificName: RuleText(en: "life-support \(item.kind.rawValue) overdue", zh: "生命支持设备\(zhName(item.kind))超期"))
    }

    static func daysText(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

    static func zhName(_ k: InspectionKind) -> String {
        switch k {
        case .tenDay: return "十天检查"
        case .monthly: return "每月巡查"
        case .quarterly: return "季度监督检查"
        }
    }

    /// What a rescue device's powered test (R32) is missing from: its latest second-level
    /// maintenance, or its latest ten-day check.
    public enum PoweredTestRecord: String, Sendable {
        case secondLevelMaintenance = "maintenance"
        case tenDayCheck = "inspection"
    }

    /// The latest second-level maintenance or ten-day check of a rescue device recorded without a
    /// powered test result (R32), from the record's time; its age is whole days since its day. A
    /// later record of the same kind with the test clears it.
    ///
    /// ```swift
    /// MissedDuties.poweredTestMissing(device: "ICU-D01", department: "ICU", record: .tenDayCheck, id: 12,
    ///                                 at: t, today: Day(2026, 3, 12)!, calendar: cal)   // 2 days old on 03-12 for a check of 03-10
    /// ```
    public static func poweredTestMissing(device: String, department: String, record: PoweredTestRecord, id: Int64,
                                          at: Instant, today: Day, calendar: FacilityCalendar) -> MissedDuty {
        let day = calendar.day(of: at)
        let what: RuleText = record == .secondLevelMaintenance
            ? RuleText(en: "second-level maintenance #\(id) of \(day)", zh: "\(day) 二级保养（#\(id)）")
            : RuleText(en: "ten-day check (inspection #\(id)) of \(day)", zh: "\(day) 十天检查（巡检 #\(id)）")
        return MissedDuty(kind: .poweredTestMissing, subject: device, device: device, department: department, since: at,
                          daysOverdue: day.days(until: today),
                          text: RuleText(en: "\(what.en) has no powered test result: rescue equipment must pass it (record the next one with its result)",
                                         zh: "\(what.zh)未记录插电测试结果：抢救设备须做插电测试（下次记录时填写结果）"))
    }

    /// A status test past its due day (R79): overdue from the start of the day after it.
    public static func qcOverdue(device: String, department: String, due: Day, today: Day, calendar: FacilityCalendar) -> MissedDuty {
        let days = due.days(until: today)
        return MissedDuty(kind: .qcOverdue, subject: device, device: device, department: department,
                          since: calendar.startOfDay(due.adding(days: 1)), daysOverdue: days,
                          text: RuleText(en: "status test due \(due), \(daysText(days)) overdue", zh: "状态检测应于 \(due) 完成，已超期 \(days) 天"))
    }

    /// A failed acceptance or status test still restricting its device (R84), from its test day.
    public static func qcFailed(device: String, department: String, test: Int64, kind: QCTestKind, testedOn: Day, today: Day,
                                calendar: FacilityCalendar) -> MissedDuty {
        MissedDuty(kind: .qcFailed, subject: device, device: device, department: department,
                   since: calendar.startOfDay(testedOn), daysOverdue: testedOn.days(until: today),
                   text: RuleText(en: "\(kind.name.en) #\(test) failed on \(testedOn); restricted until a passing retest",
                                  zh: "\(testedOn) \(kind.name.zh)（#\(test)）不合格；复检合格前限制使用"))
    }
}
