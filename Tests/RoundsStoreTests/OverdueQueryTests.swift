import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// The overdue query reads only each device's latest inspections; it must answer exactly as the
/// rules do over the whole history.
struct OverdueQueryTests {
    @Test func latestRecordsGiveTheSameReportAsTheWholeHistory() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        var random = SeededRandom(seed: 7)
        let cal = FacilityCalendar.shanghai
        // Seeded history, written in bulk after the fact (as the demo does): exempt from R4.
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            for _ in 0..<120 {
                let tag = ["ICU-V01", "ICU-M01", "CARD-E01"][Int.random(in: 0..<3, using: &random)]
                let day = Day(2025, 5, 1)!.adding(days: Int.random(in: 0..<330, using: &random))
                let kind = InspectionKind.allCases[Int.random(in: 0..<3, using: &random)]
                try rec.recordInspection(WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                         kind: kind, result: .ok, calendar: cal)
            }
        }
        let devices = try f.store.equipment()
        let keys = Set(try f.store.departments().filter(\.isKey).map(\.code))
        for offset in stride(from: 0, to: 330, by: 11) {
            let today = Day(2025, 5, 1)!.adding(days: offset)
            let full = OverdueReport.build(devices: devices, keyDepartments: keys, since: f.store.settings.since, today: today,
                                           records: try f.store.inspections(through: today))
            #expect(try f.store.overdueReport(today: today) == full, "as of \(today)")
        }
    }
}
