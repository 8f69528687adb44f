import Foundation
import Testing

/// The `:` prompt in a real terminal (issue #11): every command of the command line at the keyboard,
/// typed with the shell's words, a form when required values are missing, and `m` on a ticket for
/// the steps that have no key of their own.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct CommandLineTUITests {
    /// The ward of RoundAndTicketTUITests with one open ticket on AAA-01, opened an hour before the
    /// TUI's clock (`testNow`); returns the ticket number.
    static func wardWithTicket(_ box: Sandbox) throws -> (TmuxSession, String) {
        let t = try RoundAndTicketTUITests.ward(box)
        let opened = try box.rounds(["ticket", "open", "--device", "AAA-01", "--fault", "开机无显示"], now: "2026-11-22T09:00", user: "li")
        try #require(opened.status == 0, "\(opened)")
        let number = try #require(opened.stdout.range(of: #"WX-[0-9]{4}-[0-9]{6}"#, options: .regularExpression).map { String(opened.stdout[$0]) })
        return (t, number)
    }

    func state(of number: String, _ box: Sandbox) throws -> String? {
        let list = try box.rounds(["ticket", "list", "--format", "csv"], now: "2026-11-23", user: "li")   // after the TUI's clock
        return csvRows(list.stdout).first { $0["number"] == number }?["state"]
    }

    /// `:ticket defer NUMBER` names no reason: the command's own form opens (made from its help),
    /// the reason typed there is recorded by the very command a script would run.
    @Test func aTicketStepFromThePromptOpensItsFormAndRecords() throws {
        let box = try Sandbox("tui-colon")
        let (t, number) = try Self.wardWithTicket(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        try t.send(":")
        try t.type("ticket defer \(number)")
        try t.send("Enter")
        try t.waitForLine(containing: "--reason*", timeout: 60)         // the form, the reason required
        try t.waitForLine(containing: "Postpone the request")           // the command's own description
        try t.type("等待配件")
        try t.send("Enter")
        try t.waitForLine(containing: "Done:", "deferred", timeout: 60)
        #expect(try state(of: number, box) == "deferred")

        // Tab completes the command's words; a report opens as a screen to scroll.
        try t.send(":")
        try t.type("ticket sh")
        try t.send("Tab")
        try t.waitForLine(containing: ":ticket show", timeout: 60)   // completed (the pane drops the blank after it)
        try t.type(number)
        try t.send("Enter")
        try t.waitForLine(containing: "Command output", timeout: 60)
        try t.waitForLine(containing: "deferred")
        try t.send("q")
        try t.waitForLine(containing: "Hospital total")
    }

    /// `m` on a ticket lists every step of the command line's `ticket` group; the first, assign,
    /// opens with this ticket's number filled in.
    @Test func moreStepsOnATicketComeFromTheCommandLine() throws {
        let box = try Sandbox("tui-more")
        let (t, number) = try Self.wardWithTicket(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        try t.send("t")
        try t.waitForLine(containing: number)
        try t.send("Enter")
        try t.waitForLine(containing: "\(number)  requested")
        try t.send("m")
        try t.waitForLine(containing: "Choose a step", timeout: 60)
        try t.waitForLine(containing: "wait-parts", "Pause the repair")   // a step with no key of its own
        try t.send("Enter")                                          // assign
        try t.waitForLine(containing: ": ticket assign", timeout: 60)
        try t.waitForLine(containing: number)                         // prefilled
        try t.type("li")
        try t.send("Enter")
        try t.waitForLine(containing: "Done:", timeout: 60)
        #expect(try state(of: number, box) == "assigned")
    }
}
