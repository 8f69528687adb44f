import Foundation
import Testing

/// `report kpi` shows planned maintenance done on time / due in the period (R96).
struct MaintenanceCompletionCLITests {
    @Test func reportKpiCountsPlannedMaintenanceDoneOnTime() throws {
        let box = try Sandbox("maint-kpi")
        try PartsContactsScrapTests.hospital(box)
        // ICU-V01 second-level every 90 days from 2026-01-01: due 04-01, done 03-20 (on time); next
        // due 06-18, not done by 07-01 (missed): 1 / 2.
        #expect(try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "second"], user: "head").status == 0)
        #expect(try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--with", "head",
                                "--at", "2026-03-20T10:00"], user: "eng").status == 0)
        let r = try box.rounds(["report", "kpi", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json"], now: "2026-07-01T09:00", user: "head")
        try #require(r.status == 0, "\(r)")
        let tail = try #require(r.stdout.range(of: "\"maintenance_completion\"")).upperBound
        let metric = String(r.stdout[tail...])
        #expect(metric.contains("\"numerator\": 1, \"denominator\": 2"), "\(metric)")
        #expect(metric.contains("\"on_time\": 1, \"late\": 0, \"missed\": 1, \"pending_not_counted\": 0"), "\(metric)")
        #expect(metric.contains("\"by_tier\": {\"second\": {\"on_time\": 1"), "\(metric)")
        #expect(metric.contains("\"by_department\": {\"ICU\": {\"on_time\": 1"), "\(metric)")
        let table = try box.rounds(["report", "kpi", "--from", "2026-01-01", "--to", "2026-06-30"], now: "2026-07-01T09:00", user: "head")
        #expect(table.stdout.contains("Planned maintenance done on time") || table.stdout.contains("计划保养按时完成率"), "\(table.stdout)")
    }
}
