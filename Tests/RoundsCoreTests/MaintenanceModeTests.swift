import Testing
@testable import RoundsCore

/// R33: a concentrated plan's window, and the deferrals of a rotation plan's task. Every number by hand.
struct MaintenanceModeTests {
    func day(_ s: String) -> Day { Day(parsing: s)! }

    @Test func aWindowRunsFromItsFirstToItsLastDay() throws {
        let w = try #require(MaintenanceWindow(from: day("2026-03-28"), to: day("2026-03-29")))
        #expect(w.text == "2026-03-28..2026-03-29")
        #expect(w.contains(day("2026-03-28")) && w.contains(day("2026-03-29")))
        #expect(!w.contains(day("2026-03-27")) && !w.contains(day("2026-03-30")))
        // A one-day window is a window; one that ends before it starts is not.
        #expect(MaintenanceWindow(from: day("2026-03-28"), to: day("2026-03-28")) != nil)
        #expect(MaintenanceWindow(from: day("2026-03-29"), to: day("2026-03-28")) == nil)
    }

    @Test func onlyAConcentratedPlanKeepsAWindow() {
        let w = MaintenanceWindow(from: day("2026-03-28"), to: day("2026-03-29"))
        #expect(MaintenanceScheduling(mode: .concentrated, window: w).window == w)
        #expect(MaintenanceScheduling(mode: .rotation, window: w).window == nil)
        #expect(MaintenanceScheduling.standard.mode == .standard)
    }

    @Test func theCurrentTaskCountsTheDeferralsAfterItWasLastDone() {
        // Deferred 02-20 (the task before), done 03-01, deferred 03-10 and 03-12: the current task
        // has 2. A deferral on the day it was done (03-01) came before the work: it belongs to that
        // task, not the next. Never done: every deferral is the current task's (4).
        let days = ["2026-02-20", "2026-03-01", "2026-03-10", "2026-03-12"].map(day)
        #expect(MaintenanceDeferrals.current(days, lastDone: day("2026-03-01")) == 2)
        #expect(MaintenanceDeferrals.current(days, lastDone: nil) == 4)
        #expect(MaintenanceDeferrals.current(days, lastDone: day("2026-03-12")) == 0)
    }

    @Test func aPeriodCountsTheDeferralsOnItsDaysInclusive() {
        // 03-01..03-10 holds 03-01 and 03-10, not 02-20 or 03-12.
        let days = ["2026-02-20", "2026-03-01", "2026-03-10", "2026-03-12"].map(day)
        #expect(MaintenanceDeferrals.inPeriod(days, from: day("2026-03-01"), to: day("2026-03-10")) == 2)
        #expect(MaintenanceDeferrals.inPeriod(days, from: day("2026-04-01"), to: day("2026-04-30")) == 0)
    }
}
