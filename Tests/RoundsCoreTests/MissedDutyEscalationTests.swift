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

    @Test func theListPutsEscalatedDutiesFirstThenOldest() {
        let now = cal.parseTime("2026-03-15T09:30")!
        let young = duty(.lateAssignment, since: "2026-03-15T09:00"), old = duty(.lateAssignment, since: "2026-03-10T09:00")
        let qc = duty(.qcFailed, since: "2026-03-14T00:00", daysOverdue: 1)
        let sorted = MissedDutyEscalation.standard.apply([young, qc, old], now: now)
        #expect(sorted.map(\.since) == [old.since, qc.since, young.since])
        #expect(sorted.map(\.escalated) == [true, false, false])
    }
}
