import GRDB
import RoundsCore

extension Store {
    /// The escalation thresholds in force (`rule.escalate-*`, R100), from the settings over the defaults.
    public func missedDutyEscalation() throws -> MissedDutyEscalation {
        let v = try ruleValues()
        var e = MissedDutyEscalation.standard
        if let n = v[.escalateTicketHours].flatMap(Int.init) { e.ticketHours = n }
        if let n = v[.escalateInspectionDays].flatMap(Int.init) { e.inspectionDays = n }
        if let n = v[.escalateQCDays].flatMap(Int.init) { e.qcDays = n }
        return e
    }

    /// Every missed duty in the hospital (or one department) as of `now` (R100), escalated first,
    /// then oldest first: the open tickets' own exceptions (R38, R45, R49, R53), overdue
    /// inspections of life-support devices, radiation status tests overdue or failed (R79, R84), and
    /// rescue equipment whose latest second-level maintenance or ten-day check lacks its powered test (R32).
    /// A caller that has already read the overdue report or the QC standings for `now` (the
    /// dashboard) passes them, so they are not read twice.
    public func missedDuties(now: Instant, department: String? = nil, overdue: OverdueReport? = nil,
                             standings: [QCDeviceStanding]? = nil) throws -> [MissedDuty] {
        let calendar = settings.calendar
        let today = calendar.day(of: now)
        let devices = Dictionary(try equipment(EquipmentFilter(department: department)).map { ($0.tag, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [MissedDuty] = []
        let open = try tickets(TicketFilter(department: department)).map { $0.asOf(now) }
        out += try read { db in
            let rules = try Store.ticketRules(db), people = try Store.people(db)
            return try open.flatMap { t in
                let context = try Store.ticketContext(db, device: t.device, rules: rules, calendar: calendar, people: people)
                return MissedDuties.fromTicket(t, exceptions: t.exceptions(now: now, context: context),
                                               department: devices[t.device]?.department ?? "", context: context, now: now)
            }
        }
        for item in try (overdue ?? overdueReport(today: today)).overdue where devices[item.device]?.lifeSupport == true {
            out.append(MissedDuties.lifeSupportInspection(item, calendar: calendar))
        }
        for s in try standings ?? qcStandings(today: today, department: department) where devices[s.device.tag] != nil {
            if s.due.overdue {
                out.append(MissedDuties.qcOverdue(device: s.device.tag, department: s.device.department, due: s.due.due, today: today, calendar: calendar))
            }
            if let failed = s.restrictedBy {
                out.append(MissedDuties.qcFailed(device: s.device.tag, department: s.device.department, test: failed.id, kind: failed.kind,
                                                 testedOn: failed.testedOn, today: today, calendar: calendar))
            }
        }
        // R32: rescue equipment's latest second-level maintenance or ten-day check without its powered test.
        out += try poweredTestsMissing(now: now, devices: devices)
        return try missedDutyEscalation().apply(out, now: now)
    }
}
