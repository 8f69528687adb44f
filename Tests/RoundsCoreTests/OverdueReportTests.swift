import Testing
@testable import RoundsCore

struct OverdueReportTests {
    func req(_ device: String, _ kind: InspectionKind, _ due: String, dept: String = "ICU") -> Requirement {
        Requirement(device: device, department: dept, kind: kind, due: d(due))
    }

    @Test func sortOrder() {
        // As of 03-15: days overdue = 15 − due day. Expected order: days overdue descending, then
        // device, then kind by raw string ("monthly" < "quarterly" < "ten-day").
        let report = OverdueReport(asOf: d("2026-03-15"), requirements: [
            req("B-1", .tenDay, "2026-03-11"),     // 4
            req("A-1", .tenDay, "2026-03-11"),     // 4
            req("A-1", .monthly, "2026-03-11"),    // 4 (same device and days: monthly before ten-day)
            req("A-1", .quarterly, "2026-03-11"),  // 4
            req("C-1", .monthly, "2026-02-28"),    // 15: first
            req("C-1", .quarterly, "2026-03-31"),  // not overdue: 16 days left, not even due soon
            req("B-1", .monthly, "2026-03-20"),    // due soon: 5 days left
            req("A-1", .monthly, "2026-03-15", dept: "ER"),   // due soon: today (0 days left)
        ])
        let order = report.overdue.map { "\($0.device) \($0.kind.rawValue) \($0.daysOverdue)" }
        #expect(order == ["C-1 monthly 15", "A-1 monthly 4", "A-1 quarterly 4", "A-1 ten-day 4", "B-1 ten-day 4"])
        #expect(report.dueSoon.map { "\($0.requirement.device) \($0.daysLeft)" } == ["A-1 0", "B-1 5"])
        #expect(report.filtered(department: "ER").overdue.isEmpty)
        #expect(report.filtered(department: "ER").dueSoon.count == 1)
    }

    @Test func buildFromDevices() {
        // Store since 2026-01-01, today 2026-03-15; ICU is key, WARD is not.
        // ICU-V01 (life support), last check 03-01: ten-day 03-11 → 4 overdue; monthly 04-30 and
        //   quarterly 03-31 (no quarterly record, B = 01-01 → Q1) are fine (03-31 is 16 days away).
        // WARD-P01 (infusion pump, life support but not in a key department), inspected 01-20:
        //   monthly 02-28 → 15 overdue; no ten-day.
        // ICU-M02 stopped: nothing.
        let fleet = [device("ICU-V01", lifeSupport: true), device("WARD-P01", dept: "WARD", lifeSupport: true),
                     device("ICU-M02", status: .stopped)]
        let records = [inspection("ICU-V01", .tenDay, "2026-03-01"), inspection("WARD-P01", .monthly, "2026-01-20"),
                       inspection("ICU-M02", .monthly, "2025-06-01")]
        let report = OverdueReport.build(devices: fleet, keyDepartments: ["ICU"], since: d("2026-01-01"),
                                         today: d("2026-03-15"), records: records)
        #expect(report.overdue.map { "\($0.device) \($0.kind.rawValue) \($0.due) \($0.daysOverdue)" }
                == ["WARD-P01 monthly 2026-02-28 15", "ICU-V01 ten-day 2026-03-11 4"])
        #expect(report.dueSoon.isEmpty)
    }
}
