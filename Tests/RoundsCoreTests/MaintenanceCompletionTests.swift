import Testing
@testable import RoundsCore

/// Maintenance completion (R96): due days float from completion; each due day in the period is one
/// scheduled task, on time, late, missed or pending. Every number by hand.
struct MaintenanceCompletionTests {
    let plan = MaintenancePlan(device: "ICU-V01", tier: .second, intervalDays: 90)

    func tally(_ done: [String], from: String = "2026-01-01", to: String = "2026-06-30", today: String = "2026-07-01") -> ComplianceTally {
        MaintenanceCompletion.tally(plan: plan, base: d("2026-01-01"), done: done.map(d), from: d(from), to: d(to), today: d(today))
    }

    @Test func onTimeThenMissed() {
        // Due 04-01; done 03-20 → on time; next due 03-20 + 90 = 06-18, not done by 07-01 → missed.
        #expect(tally(["2026-03-20"]) == ComplianceTally(onTime: 1, missed: 1))
    }

    @Test func lateInsideThePeriod() {
        // Due 04-01; done 04-10 → late; next due 07-09, after the period.
        #expect(tally(["2026-04-10"]) == ComplianceTally(late: 1))
    }

    @Test func doneAfterThePeriodIsMissedInIt() {
        #expect(tally(["2026-07-05"], to: "2026-04-30", today: "2026-07-10") == ComplianceTally(missed: 1))
    }

    @Test func notYetDoneAndDueTodayOrLaterIsPending() {
        #expect(tally([], to: "2026-04-30", today: "2026-04-01") == ComplianceTally(pending: 1))
    }

    @Test func dueBeforeThePeriodIsNotCounted() {
        // Due 04-01 (done 03-20), 06-18 (done 06-15): only the second falls in June.
        #expect(tally(["2026-03-20", "2026-06-15"], from: "2026-06-01") == ComplianceTally(onTime: 1))
    }

    @Test func anInactivePlanHasNothingDue() {
        let off = MaintenancePlan(device: "ICU-V01", tier: .second, intervalDays: 90, active: false)
        #expect(MaintenanceCompletion.tally(plan: off, base: d("2026-01-01"), done: [], from: d("2026-01-01"), to: d("2026-12-31"),
                                            today: d("2027-01-01")) == ComplianceTally())
    }
}
