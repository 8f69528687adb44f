import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// The hot queries keep their indexes: none of them scans the inspections, tickets or audit table
/// (SQLite's `EXPLAIN QUERY PLAN` says `SCAN inspections` for a full table scan, and names the
/// index it seeks or covers with otherwise). A query that loses its index still gives the right
/// answer, only ten years slower: this is what notices.
struct QueryPlanTests {
    /// The plan's lines, e.g. `SEARCH i USING COVERING INDEX inspections_device_kind (device=? AND kind=?)`.
    func plan(_ store: Store, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// A scan of one of the big tables, without an index: `SCAN inspections`, `SCAN i`, `SCAN audit`.
    func fullScans(_ lines: [String], aliases: [String]) -> [String] {
        lines.filter { line in aliases.contains { line == "SCAN \($0)" || line.hasPrefix("SCAN \($0) ") && !line.contains("INDEX") } }
    }

    @Test func everyHotQueryUsesItsIndex() throws {
        let f = try StoreFixture()
        let big = ["inspections", "i", "tickets", "audit"]
        let cases: [(String, String, StatementArguments, String)] = [
            ("overdue as of a past day", Store.latestAsOfSQL, ["ICU-V01", "2026-01-01"], "inspections_device_kind"),
            ("latest after a correction", LatestInspections.latestSQL, ["ICU-V01", "monthly"], "inspections_device_kind"),
            ("compliance history", Store.historySQL, ["2026-01-01"], "COVERING INDEX inspections_device_kind"),
            ("compliance window", Store.windowSQL, ["2026-01-01", "2026-03-01"], "SEARCH i USING COVERING INDEX inspections_device_kind (device=? AND kind=? AND day>? AND day<?)"),
            ("compliance window, quarterly part", Store.quarterlyWindowSQL, ["2025-07-01", "2025-11-01"], "SEARCH i USING COVERING INDEX inspections_device_kind (device=? AND kind=? AND day>? AND day<?)"),
            ("compliance marks of a quarter", Store.marksAtSQL, ["2026-01-01"], "SEARCH m USING PRIMARY KEY (device=? AND kind=? AND quarter=?)"),
            ("compliance marks refreshed", ComplianceMarks.recordsSQL, ["ICU-V01", "2026-01-01"], "inspections_device_kind (device=? AND kind=? AND day>?)"),
            ("powered test, the fleet's latest ten-day checks", Store.latestTenDayOfFleetSQL, [1_790_000_000], "inspections_device_kind (device=? AND kind=? AND day=?)"),
            ("powered test, a device's latest ten-day check", Store.latestTenDaySQL, ["ICU-V01", 1_790_000_000], "inspections_device_kind (device=? AND kind=?)"),
            ("IPM yield tallies", Store.talliesSQL, ["2025-11-23", "2026-11-22", 1_790_000_000, "ICU"], "SEARCH i USING COVERING INDEX inspections_day (day>? AND day<?)"),
            ("overdue: the rows due by a day", DueInspections.dueThroughSQL, ["2026-03-22"], "COVERING INDEX due_inspections_due (due<?)"),
            ("overdue: devices with a record after the day", DueInspections.laterSQL, ["2026-03-15"], "COVERING INDEX latest_inspections_day (day>?)"),
            ("uptime downtime", Store.downtimeSQL, [1_700_000_000, 1_690_000_000], "tickets_downtime"),
            ("since-seal entries", SinceSealVerifier.entriesSQL, [10], "INTEGER PRIMARY KEY"),
            ("since-seal row's entry before", SinceSealVerifier.previousEntrySQL, ["equipment", "ICU-V01", 100], "audit_row"),
            ("since-seal row's last entry", SinceSealVerifier.lastEntrySQL, ["equipment", "ICU-V01"], "audit_row"),
        ]
        for (name, sql, arguments, index) in cases {
            let lines = try plan(f.store, sql, arguments)
            #expect(fullScans(lines, aliases: big).isEmpty, "\(name): \(lines)")
            #expect(lines.contains { $0.contains(index) }, "\(name) should use \(index): \(lines)")
        }
    }
}
