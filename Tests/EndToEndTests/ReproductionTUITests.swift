import Foundation
import Testing

/// The reproductions of issue #11, in a real terminal, now behaving as the issue asks: what a person
/// recorded is never undone by a key, a tiny terminal records nothing blind, and quitting with typed
/// text asks first.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct ReproductionTUITests {
    func tickets(_ box: Sandbox) throws -> [[String: String]] {
        csvRows(try box.rounds(["ticket", "list", "--all", "--format", "csv"], now: "2026-11-23", user: "li").stdout)
    }

    /// Shift screen: p, a note, Enter, then Space (the usual "carry on" key) once recorded the
    /// device OK over its problem. Now Space asks; the default keeps the problem.
    @Test func spaceAfterAProblemAsksAndKeepsIt() throws {
        let box = try Sandbox("repro-shift")
        let t = try RoundAndTicketTUITests.wardAtDashboard(box)
        defer { t.kill() }
        try t.send("c")
        try t.waitForLine(containing: "AAA-01")
        try t.send("p")
        try t.type("报警失灵")
        try t.send("Enter")
        try t.waitForLine(containing: "Problem recorded")
        try t.send("Space")
        try t.waitForLine(containing: "AAA-01 [PROBLEM]", "record normal instead?")
        try t.send("Enter")                                   // the default answer: keep the record
        try t.waitForLine(containing: "Problem 1")
    }

    /// Round mode: a fault, k back to it, Space. Once that turned the fault into "normal" with its
    /// ticket left open. Now it asks, wants the reason, and the person decides the ticket's fate.
    @Test func kThenSpaceOnAFaultIsAnAmendmentWithItsTicketsFate() throws {
        let box = try Sandbox("repro-round")
        let t = try RoundAndTicketTUITests.wardInMonthlyRound(box)
        defer { t.kill() }
        try RoundAndTicketTUITests.recordFault(t, "开机无显示")
        try t.send("k")
        try t.send("Space")
        try t.waitForLine(containing: "record normal instead?", timeout: 10)
        try t.send("j")
        try t.send("Enter")
        try t.waitForLine(containing: "Why it was wrong")
        try t.type("认错了设备")
        try t.send("Tab")
        try t.send("Right")                                   // the ticket: cancel as a false report
        try t.send("Enter")
        try t.waitForLine(containing: "Corrected to normal: AAA-01", "cancelled", timeout: 10)
        let rows = try tickets(box)
        #expect(rows.count == 1 && rows.first?["state"] == "cancelled", "\(rows)")
    }

    /// At 40x10 three Spaces in round mode once recorded three inspections nobody could see.
    @Test func aTinyTerminalRecordsNothing() throws {
        let box = try Sandbox("repro-small")
        let t = try RoundAndTicketTUITests.wardInMonthlyRound(box)
        defer { t.kill() }
        try t.run(["resize-window", "-t", t.name, "-x", "40", "-y", "10"])
        try t.waitForLine(containing: "Terminal too small")
        try t.send("Space"); try t.send("Space"); try t.send("Space")
        try t.run(["resize-window", "-t", t.name, "-x", "80", "-y", "24"])
        // The round's progress is read from the store's records of this round: still none.
        try t.waitForLine(containing: "Progress 0/30", timeout: 10)
        try t.send("Space")                                   // at full size Space records again
        try t.waitForLine(containing: "Progress 1/30")
    }

    /// Ctrl-C with a half-filled form asks; "keep editing" brings the form back; Ctrl-C twice quits
    /// with status 0 and the terminal restored.
    @Test func ctrlCWithTypedTextAsksFirst() throws {
        let box = try Sandbox("repro-quit")
        let t = try RoundAndTicketTUITests.wardAtDashboard(box)
        defer { t.kill() }
        try t.send("e")
        try t.waitForLine(containing: "AAA-01")
        try t.send("Enter")
        try t.waitForLine(containing: "Asset number")
        try t.send("n")
        try t.waitForLine(containing: "Repair request")
        try t.type("屏幕闪烁")
        try t.send("C-c")
        try t.waitForLine(containing: "What you typed is not saved")
        try t.send("Enter")
        try t.waitForLine(containing: "屏幕闪烁")                 // the form is back with its text
        try t.send("C-c")
        try t.waitForLine(containing: "What you typed is not saved")
        try t.send("C-c")
        try t.waitFor("the program to exit with 0") { $0.contains("EXIT=0") }
    }

    /// Dead ends: the uptime drill-down ended at "tickets behind the downtime" where Enter did
    /// nothing; the overdue board could not start a round. Both go on now.
    @Test func theDrillDownAndTheOverdueBoardGoOn() throws {
        let box = try Sandbox("repro-dead-ends")
        let t = try TerminalUITests.startDemo(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        try t.send("u")
        try t.waitForLine(containing: "Running intact rate")
        try t.send("Enter")                                   // the worst department
        try t.send("Enter")                                   // its worst device
        try t.waitForLine(containing: "Tickets behind the downtime of")
        try t.send("Enter")                                   // the ticket
        try t.waitFor("the ticket screen") { screen in screen.first?.contains("| WX-") == true }
        try t.send("q"); try t.send("q"); try t.send("q"); try t.send("q")
        try t.waitForLine(containing: "Hospital total")
        try t.send("G")
        try t.send("o")
        try t.waitForLine(containing: "Overdue board")
        try t.send("r")                                       // the first line's round, at its device
        try t.waitForLine(containing: "Progress", timeout: 10)
    }
}
