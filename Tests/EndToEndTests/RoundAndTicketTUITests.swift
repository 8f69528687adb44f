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
            (["init", "--practice", "--since", "2026-11-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,name_en,key\nAAA,普通病区,General ward,no\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\nli,李工,engineer;equipment-head,\n")], nil),
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

    /// The ward's TUI, at its dashboard.
    static func wardAtDashboard(_ box: Sandbox) throws -> TmuxSession {
        let t = try ward(box)
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        return t
    }

    /// The ward's TUI in a new monthly round of AAA, on its first device.
    static func wardInMonthlyRound(_ box: Sandbox) throws -> TmuxSession {
        let t = try wardAtDashboard(box)
        try t.send("r")
        try t.waitForLine(containing: "Choose the round")
        try t.send("Enter")
        try t.waitForLine(containing: "Progress 0/30")
        return t
    }

    /// `f` on the round's current device with a note: a fault and its ticket.
    static func recordFault(_ t: TmuxSession, _ note: String) throws {
        try t.send("f")
        try t.waitForLine(containing: "fault note:")
        try t.type(note)
        try t.send("Enter")
        try t.waitForLine(containing: "Fault recorded WX-")
    }

    /// Issue #3: a monthly round of a 30-device department where all are healthy takes at most 35
    /// keystrokes from the dashboard back to the dashboard.
    @Test func healthyMonthlyRoundIn33Keys() throws {
        let box = try Sandbox("round")
        let t = try Self.ward(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
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

    /// Issue #10: two people in one round, each at their own terminal. The second screen shows the
    /// first's record at its next tick (1 s), without a key, and Space there asks before recording again.
    @Test func twoTerminalsInOneRound() throws {
        let box = try Sandbox("round-two")
        let first = try Self.ward(box)
        defer { first.kill() }
        try #require(try first.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        let more = try box.write("p2.csv", "login,name,roles,department\nwu,吴工,engineer,\n")
        try #require(try box.rounds(["import", "people", more], user: "li").status == 0)
        let command = [try RoundsBinary.path(), "--store", box.store, "--user", "wu"].map(shellQuote).joined(separator: " ")
            + "; echo EXIT=$?; sleep 30"
        let second = try TmuxSession(box: box, width: 80, height: 24, environment: paneEnvironment(box), command: command,
                                     socketName: "tmux-wu.sock")
        defer { second.kill() }
        try #require(try second.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        for t in [first, second] {
            try t.send("r")
            try t.waitForLine(containing: "Choose the round")
            try t.send("Enter")
            try t.waitForLine(containing: "Progress 0/30")
        }
        // li records AAA-01; wu's screen shows it at its next idle tick (every second), with no key
        // pressed. The limit leaves room for a loaded machine; unloaded it takes about a second.
        try first.send("Space")
        try first.waitForLine(containing: "Progress 1/30")
        try second.waitForLine(containing: "Progress 1/30", timeout: 8)
        // wu was on AAA-01 too: Space there asks first, and the default answer records nothing twice.
        try second.send("Space")
        try second.waitForLine(containing: "No, keep the record")
        try second.send("Enter")                                // the default answer: keep li's record
        let count = try box.run(try #require(findOnPath("sqlite3")), [box.store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-01'"])
        #expect(count.stdout == "1\n", "\(count)")
    }

    /// Issue #3: a round with two findings — a hidden hazard and a fault, each with a Chinese note —
    /// produces one hazard item and one repair ticket.
    @Test func aRoundWithAHazardAndAFault() throws {
        let box = try Sandbox("round-faults")
        let t = try Self.wardInMonthlyRound(box)
        defer { t.kill() }
        try t.send("Space")                          // AAA-01 normal
        try t.send("h")                              // AAA-02: hidden hazard
        try t.waitForLine(containing: "hazard note:")
        try t.type("电源线破损")
        try t.send("Enter")
        try t.waitForLine(containing: "Hazard item opened")
        try Self.recordFault(t, "开机无显示")           // AAA-03: fault
        try t.waitForLine(containing: "Progress 3/30", "hazard 1", "fault 1")
        try t.send("q")
        try t.waitForLine(containing: "Hospital total")
        let tickets = try box.rounds(["ticket", "list", "--format", "csv"], user: "li")
        let rows = tickets.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 1 && rows.first?.contains("AAA-03") == true && rows.first?.contains("开机无显示") == true, "\(tickets.stdout)")
        // The hazard item: the department's handover sheet lists the hazards still open (R16).
        let sheet = try box.rounds(["handover", "show", "--department", "AAA", "--format", "csv"], user: "li")
        let hazards = sheet.stdout.split(whereSeparator: \.isNewline).filter { $0.contains("电源线破损") }
        #expect(hazards.count == 1 && hazards.first?.contains("AAA-02") == true, "\(sheet.stdout)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// Issue #4: a request opened from the archive, assigned, completed and signed back, all from
    /// the keyboard.
    @Test func repairRequestFromArchiveToSignBack() throws {
        let box = try Sandbox("ticket")
        let t = try TerminalUITests.startDemo(box, arguments: ["--lang", "en"])
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
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
        // The recipient has a PIN, as every demo person does (246810, README): she types it (R2).
        try t.send("Tab")
        try t.type("246810")
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
