import Foundation
import Testing

/// Round mode and repair tickets in a real terminal: what issues #3 and #4 promise a user.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct RoundAndTicketTUITests {
    /// A store built with the CLI: one department of 30 healthy devices (code AAA, sorted first) and
    /// an engineer, then the TUI on it.
    static func ward(_ box: Sandbox) throws -> TmuxSession {
        var equipment = "tag,name,department,category,in_service,location\n"
        for i in 1...30 { equipment += String(format: "AAA-%02d,输液泵,AAA,infusion-pump,2024-01-01,病房%02d\n", i, (i + 1) / 2) }
        let steps: [([String], String?)] = [
            (["init", "--since", "2026-11-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,name_en,key\nAAA,普通病区,General ward,no\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\nli,李工,engineer,\n")], nil),
            (["import", "equipment", try box.write("e.csv", equipment)], "li"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
        let command = [try RoundsBinary.path(), "--store", box.store, "--user", "li"].map(shellQuote).joined(separator: " ")
            + "; echo EXIT=$?; sleep 30"
        return try TmuxSession(box: box, width: 80, height: 24, environment: paneEnvironment(box), command: command)
    }

    /// Issue #3: a monthly round of a 30-device department where all are healthy takes at most 35
    /// keystrokes from the dashboard back to the dashboard.
    @Test func healthyMonthlyRoundIn33Keys() throws {
        let box = try Sandbox("round")
        let t = try Self.ward(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: 20) != nil)
        var keys = 0
        func press(_ k: String) throws { try t.send(k); keys += 1 }
        // AAA is the first (and only) department row: r opens the kinds, monthly is first.
        try press("r")
        try t.waitForLine(containing: "Choose the round")
        try press("Enter")
        try t.waitForLine(containing: "Progress 0/30")
        for i in 1...30 {
            try press("Space")
            if i % 10 == 0 { try t.waitForLine(containing: "Progress \(i)/30") }
        }
        try t.waitForLine(containing: "[DONE]")
        try press("q")
        try t.waitForLine(containing: "Hospital total")
        #expect(keys == 33)
        #expect(keys <= 35)
        let overdue = try box.rounds(["report", "overdue", "--format", "json"], user: "li")
        #expect(!overdue.stdout.contains("\"monthly\""), "the round satisfied every monthly requirement: \(overdue.stdout)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// Issue #4: a request opened from the archive, assigned, completed and signed back, all from
    /// the keyboard.
    @Test func repairRequestFromArchiveToSignBack() throws {
        let box = try Sandbox("ticket")
        let t = try TerminalUITests.startDemo(box, arguments: ["--lang", "en"])
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: 30) != nil)
        try t.send("/")
        try t.type("CARD-ECG01")
        try t.waitForLine(containing: "1 devices")
        try t.send("Enter")
        try t.send("Enter")
        try t.waitForLine(containing: "Asset number", "CARD-ECG01")
        try t.send("n")
        try t.waitForLine(containing: "Repair request CARD-ECG01")
        try t.type("打印机不出纸")
        try t.send("Enter")
        try t.waitForLine(containing: "WX-", "requested")
        try t.send("a")
        try t.waitForLine(containing: "Assign a repairer")
        try t.send("Enter")
        try t.waitForLine(containing: "Repairer: demo")
        try t.send("s")
        try t.waitForLine(containing: "in repair")
        try t.send("w")
        try t.waitForLine(containing: "Repair record")
        try t.type("更换打印头")
        try t.send("Enter")
        try t.waitForLine(containing: "WX-", "repaired")
        try t.send("b")
        try t.waitForLine(containing: "Sign the device back")
        try t.send("Enter")
        let done = try t.waitForLine(containing: "WX-", "signed back")
        #expect(done != nil)
        let screen = try t.capture().joined(separator: "\n")
        for step in ["requested", "assigned", "received", "repair started", "repaired", "signed back"] {
            #expect(screen.contains(step), "step \(step) on screen:\n\(screen)")
        }
        try t.send("Q")
        try t.waitForLine(containing: "EXIT=0")
    }
}
