import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// The compliance report walks one device's history at a time from the covering index; it must give
/// exactly the report that one walk over every record gives.
struct ComplianceQueryTests {
    @Test func oneDeviceAtATimeGivesTheSameReportAsTheWholeHistory() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        // The seeded random history of DerivedStateTests: late entries, corrections and voids.
        try DerivedStateTests().randomHistory(f, seed: 11, count: 90)
        let devices = try f.store.equipment()
        let keys = Set(try f.store.departments().filter(\.isKey).map(\.code))
        for (from, to, today) in [(Day(2025, 9, 1)!, Day(2025, 9, 30)!, Day(2026, 1, 15)!),
                                  (Day(2025, 6, 1)!, Day(2026, 2, 28)!, Day(2026, 3, 1)!),
                                  (Day(2025, 12, 1)!, Day(2025, 12, 31)!, Day(2025, 12, 20)!)] {
            let whole = ComplianceReport.build(devices: devices, keyDepartments: keys, since: f.store.settings.since, today: today,
                                               from: from, to: to, records: try f.store.inspections(through: today))
            let streamed = try f.store.complianceReport(from: from, to: to, today: today)
            #expect(streamed == whole, "\(from)…\(to) as of \(today)")
            #expect(!whole.items.isEmpty, "something was due, or the comparison proves nothing")
        }
    }
}
