import Foundation
import Testing

/// The sample hospital has hazards in hand (R16): some open of different ages, one assigned and not
/// yet resolved (so over the limit), one converted into a repair ticket, and the resolved ones closed
/// with what fits their finding — a castor replaced for worn castors, never a power cord for a
/// cracked casing.
struct DemoHazardTests {
    @Test func theDemoHasOpenAssignedAndConvertedHazards() throws {
        let box = try Sandbox("demo-hazards")
        _ = try box.rounds(["demo"], user: "demo")     // no terminal here: created, then refused
        let list = try box.rounds(["hazard", "list", "--format", "csv"], user: "demo")
        let rows = list.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(list.status == 0 && !rows.isEmpty, "\(list)")
        let header = list.stdout.split(whereSeparator: \.isNewline).first.map { $0.split(separator: ",").map(String.init) } ?? []
        let state = try #require(header.firstIndex(of: "state")), note = try #require(header.firstIndex(of: "note"))
        let age = try #require(header.firstIndex(of: "age_days")), overdue = try #require(header.firstIndex(of: "overdue"))
        let open = rows.filter { $0[state] == "open" }
        #expect(open.count >= 3 && Set(open.map { $0[age] }).count >= 2, "\(list.stdout)")
        #expect(rows.contains { $0[state] == "assigned" && $0[overdue] == "yes" }, "\(list.stdout)")
        #expect(rows.contains { $0[state] == "converted" }, "\(list.stdout)")
        // Each resolved hazard's action fits its finding.
        let resolved = rows.filter { $0[state] == "resolved" }
        #expect(resolved.count > 100)
        let show = try box.rounds(["hazard", "show", try #require(resolved.first { $0[note].hasPrefix("wear") })[0]], user: "demo")
        #expect(show.stdout.contains("脚轮") && !show.stdout.contains("更换电源线"), "\(show)")
        #expect(show.stdout.contains(", 1 day\n") && !show.stdout.contains("1 days"), "\(show)")   // resolved the next morning
        let casing = try box.rounds(["hazard", "show", try #require(resolved.first { $0[note].hasPrefix("casing") })[0]], user: "demo")
        #expect(casing.stdout.contains("更换外壳") && !casing.stdout.contains("更换电源线"), "\(casing)")
        #expect(try box.rounds(["verify"], user: "demo").status == 0)
    }
}
