import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// `report kpi` counts the IPM yield (R98) from the index `inspections_day` instead of reading the
/// records, and folds compliance device by device instead of keeping a year of items: the counts
/// must be those of the records and of the report, corrections and the department included.
struct InspectionTalliesTests {
    /// February, by hand: ICU-V01 monthly ok (3rd), ten-day hazard (10th), ten-day fault (20th);
    /// ICU-M01 monthly ok (5th); CARD-E01 monthly ok (7th) corrected by a monthly hazard, and a
    /// monthly ok on 30 January, outside the window. Counted: 5 (the corrected record is read
    /// through its correction), of which 3 found something (2 hazards, 1 fault): 3/5. Monthly 1/3,
    /// ten-day 2/2. ICU alone: 4 counted, 2 findings.
    @Test func talliesAreTheYieldOfTheRecords() throws {
        let f = try StoreFixture(since: "2026-01-01")
        try f.seedSmallHospital()
        let calendar = FacilityCalendar.shanghai
        func at(_ day: String) -> Instant { calendar.instant(Day(parsing: day)!, secondOfDay: 10 * 3600) }
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            func record(_ tag: String, _ day: String, _ kind: InspectionKind, _ result: InspectionResult) throws -> Int64 {
                try rec.recordInspection(WorkStamp(device: tag, at: at(day), by: "admin", note: result == .ok ? "" : "发现问题"),
                                         kind: kind, result: result, calendar: calendar).inspection
            }
            _ = try record("ICU-V01", "2026-02-03", .monthly, .ok)
            _ = try record("ICU-V01", "2026-02-10", .tenDay, .hazard)
            _ = try record("ICU-V01", "2026-02-20", .tenDay, .fault)
            _ = try record("ICU-M01", "2026-02-05", .monthly, .ok)
            _ = try record("CARD-E01", "2026-01-30", .monthly, .ok)
            let wrong = try record("CARD-E01", "2026-02-07", .monthly, .ok)
            let fix = try record("CARD-E01", "2026-02-07", .monthly, .hazard)
            try rec.correct(.inspection, original: wrong, replacement: fix, reason: "the finding was left out")
        }
        let (from, to) = (Day(2026, 2, 1)!, Day(2026, 2, 28)!)
        let y = IPMYield.compute(tallies: try f.store.inspectionTallies(from: from, through: to, now: f.at), from: from, to: to)
        #expect(y.yield.numerator == 3 && y.yield.denominator == 5)
        #expect(y.hazards == 2 && y.faults == 1)
        #expect(y.byKind[.monthly] == KPIFraction(numerator: 1, denominator: 3))
        #expect(y.byKind[.tenDay] == KPIFraction(numerator: 2, denominator: 2))
        #expect(y.byKind[.quarterly] == nil)
        let icu = IPMYield.compute(tallies: try f.store.inspectionTallies(from: from, through: to, now: f.at, department: "ICU"), from: from, to: to)
        #expect(icu.yield.numerator == 2 && icu.yield.denominator == 4)
        // The same as the yield of the records themselves.
        let records = try f.store.inspections(from: from, through: to)
        #expect(y == IPMYield.compute(inspections: records, from: from, to: to, now: f.at))
        // The compliance tallies, folded device by device, are the report's; per department too.
        let today = Day(2026, 3, 1)!
        let report = try f.store.complianceReport(from: from, to: to, today: today)
        #expect(!report.items.isEmpty)
        let totals = try f.store.complianceTotals(from: from, to: to, today: today)
        #expect(totals.overall == report.overall && totals.priorityGroup == report.priorityGroup)
        let icuReport = ComplianceReport(from: from, to: to, asOf: today, items: report.items.filter { $0.department == "ICU" })
        let icuTotals = try f.store.complianceTotals(from: from, to: to, today: today, department: "ICU")
        #expect(icuTotals.overall == icuReport.overall && icuTotals.overall != totals.overall)
        // Nothing is counted whose time is after `now`.
        #expect(try f.store.inspectionTallies(from: from, through: to, now: at("2026-02-04")).reduce(0) { $0 + $1.count } == 1)
    }
}
