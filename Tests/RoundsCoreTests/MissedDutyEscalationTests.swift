import Testing
@testable import RoundsCore

/// R100: when a missed duty reaches the equipment head, at the edges of its thresholds.
struct MissedDutyEscalationTests {
    let cal = FacilityCalendar.shanghai

    func duty(_ kind: MissedDuty.Kind, since: String, daysOverdue: Int? = nil) -> MissedDuty {
        MissedDuty(kind: kind, subject: "X", device: "X", department: "ICU", since: cal.parseTime(since)!, daysOverdue: daysOverdue,
                   text: RuleText(en: "", zh: ""))
    }

    @Test func aTicketDutyEscalatesAtItsWholeHour() {
        let d = duty(.noSubstitute, since: "2026-03-14T13:00")
        let e = MissedDutyEscalation.standard                       // 24 hours
        // 2026-03-15 12:59 is 23 h 59 min: 23 whole hours, not yet; 13:00 is 24 hours: escalated.
        #expect(d.age(now: cal.parseTime("2026-03-15T12:59")!).hours == 23)
        #expect(!e.isEscalated(d, now: cal.parseTime("2026-03-15T12:59")!))
        #expect(e.isEscalated(d, now: cal.parseTime("2026-03-15T13:00")!))
    }

    @Test func dayCountedDutiesUseTheirDaysOverdue() {
        let e = MissedDutyEscalation(ticketHours: 24, inspectionDays: 3, qcDays: 7)
        let now = cal.parseTime("2026-03-15T09:30")!
        #expect(!e.isEscalated(duty(.lifeSupportInspectionOverdue, since: "2026-03-13T00:00", daysOverdue: 2), now: now))
        #expect(e.isEscalated(duty(.lifeSupportInspectionOverdue, since: "2026-03-12T00:00", daysOverdue: 3), now: now))
        #expect(!e.isEscalated(duty(.qcOverdue, since: "2026-03-09T00:00", daysOverdue: 6), now: now))
        #expect(e.isEscalated(duty(.qcFailed, since: "2026-03-08T00:00", daysOverdue: 7), now: now))
    }

    @Test func aMissingPoweredTestIsDayCountedFromItsRecordAndGoesUpWithInspections() {
        // R32: a second-level maintenance of 2026-03-10 10:00 without its powered test. On 03-12
        // it is 2 days old (03-12 − 03-10), on 03-13 3 days: escalated at rule.escalate-inspection-days 3.
        let at = cal.parseTime("2026-03-10T10:00")!
        let d = MissedDuties.poweredTestMissing(device: "ICU-D01", department: "ICU", record: .secondLevelMaintenance, id: 7,
                                                at: at, today: Day(parsing: "2026-03-12")!, calendar: cal)
        #expect(d.kind == .poweredTestMissing && d.rule == "R32" && d.since == at && d.daysOverdue == 2)
        #expect(d.text.en.hasPrefix("second-level maintenance #7 of 2026-03-10 has no powered test result"))
        #expect(d.text.zh.hasPrefix("2026-03-10 二级保养（#7）未记录插电测试结果"))
        #expect(!MissedDutyEscalation.standard.isEscalated(d, now: cal.parseTime("2026-03-12T09:00")!))
        let later = MissedDuties.poweredTestMissing(device: "ICU-D01", department: "ICU", record: .tenDayCheck, id: 9,
                                                    at: at, today: Day(parsing: "2026-03-13")!, calendar: cal)
        #expect(later.daysOverdue == 3 && later.text.en.hasPrefix("ten-day check (inspection #9) of 2026-03-10"))
        #expect(MissedDutyEscalation.standard.isEscalated(later, now: cal.parseTime("2026-03-13T09:00")!))
    }

    @Test func theListPutsEscalatedDutiesFirstThenOldest() {
        let now = cal.parseTime("2026-03-15T09:30")!
        let young = duty(.lateAssignment, since: "2026-03-15T09:00"), old = duty(.lateAssignment, since: "2026-03-10T09:00")
        let qc = duty(.qcFailed, since: "2026-03-14T00:00", daysOverdue: 1)
        let sorted = MissedDutyEscalation.standard.apply([young, qc, old], now: now)
        #expect(sorted.map(\.since) == [old.since, qc.since, young.since])
        #expect(sorted.map(\.escalated) == [true, false, false])
    }
}
