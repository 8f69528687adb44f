import Foundation
import Testing
@testable import RoundsCore

/// Data/maintenance-intervals.csv documents the default intervals for a hospital to review; the
/// defaults the program applies must be exactly those.
struct MaintenanceDefaultsDataTests {
    @Test func codeDefaultsEqualTheDataFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/maintenance-intervals.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var entries: [MaintenanceDefaults.Entry] = []
        var fallback: MaintenanceDefaults.Intervals?
        for line in lines {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let intervals = MaintenanceDefaults.Intervals(firstDays: Int(f[1])!, secondDays: Int(f[2])!)
            if f[0] == "*" { fallback = intervals } else {
                entries.append(MaintenanceDefaults.Entry(keywords: f[0].split(separator: ";").map(String.init), intervals: intervals))
            }
        }
        #expect(MaintenanceDefaults(entries: entries, fallback: try #require(fallback)) == MaintenanceDefaults.standard)
    }
}
