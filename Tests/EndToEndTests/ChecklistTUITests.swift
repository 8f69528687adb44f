import Foundation
import Testing

/// A checklist answered item by item in a real terminal (R14, R16): the ward's monthly round, `c` on
/// AAA-01 (an infusion pump: casing, power, selftest, alarms, labels), the casing abnormal with a
/// Chinese note raising a hazard, the other four normal, Enter records it.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct ChecklistTUITests {
    @Test func aChecklistAnsweredItemByItemRaisesItsHazard() throws {
        let box = try Sandbox("round-checklist")
        let t = try RoundAndTicketTUITests.wardInMonthlyRound(box)
        defer { t.kill() }
        try t.send("c")
        try t.waitForLine(containing: "blank 5/5")
        try t.send("h")
        try t.waitForLine(containing: "[ABNORMAL: HAZARD] note:")
        try t.type("外壳裂纹")
        try t.send("Enter")
        try t.waitForLine(containing: "blank 4/5")
        for _ in 0..<4 { try t.send("Space") }
        try t.waitForLine(containing: "blank 0/5")
        try t.send("Enter")
        try t.waitForLine(containing: "Hazard item opened")
        try t.waitForLine(containing: "Progress 1/30", "hazard 1")
        let shown = try box.rounds(["inspection", "show", "1", "--format", "json"], user: "li")
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains(#"{"item": "casing", "scope": "device", "answer": "abnormal", "raises": "hazard", "note": "外壳裂纹"}"#), "\(shown.stdout)")
        #expect(shown.stdout.contains(#""result": "hazard""#))
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
