import Foundation
import Testing

/// The radiation QC screen in a real terminal: from the dashboard's radiation QC line, `R` opens
/// the due list, Tab the stability items (R80), Tab again reaches the restricted CT (its status test failed on 2026-11-02, R84), Enter
/// opens that test item by item, `q` comes back; `x` on the dashboard lists the failure as a
/// missed duty escalated to the equipment head after 7 days (R100). With NO_COLOR set, so the
/// tags alone carry the meaning.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct RadiationTUITests {
    @Test func fromTheDashboardToAFailedTest() throws {
        let t = QCCLITests()
        let box = try t.hospital()
        let failed = try box.rounds(t.statusTest("jl-oph", on: "2026-11-02", ["--item", "noise=fail", "--measured", "noise=0.52%"]),
                                    now: "2026-11-03T09:00", user: "eng")
        try #require(failed.status == 0, "\(failed)")
        let command = [try RoundsBinary.path(), "--store", box.store, "--user", "head", "--lang", "en"].map(shellQuote).joined(separator: " ")
            + "; echo EXIT=$?; sleep 30"
        // Monochrome (no-color.org): every standing must still be said by its text tag.
        var env = paneEnvironment(box)
        env["NO_COLOR"] = "1"
        let tui = try TmuxSession(box: box, width: 80, height: 24, environment: env, command: command)
        defer { tui.kill() }
        try #require(try tui.waitForLine(containing: "[RADIATION QC]", "Failed 1", "(R)", timeout: Tmux.startLimit) != nil)
        try tui.send("R")
        try tui.waitForLine(containing: "[Status tests due]")
        try tui.waitForLine(containing: "[RESTRICTED]", "IMG-CT01")
        try tui.send("Tab")
        // The stability items by their period (R80): the CT's monthly items, none tested yet.
        try tui.waitForLine(containing: "[Stability]")
        try tui.waitForLine(containing: "IMG-CT01", "CT number of water", "monthly")
        try tui.send("Tab")
        try tui.waitForLine(containing: "[Restricted]")
        try tui.send("Enter")
        try tui.waitForLine(containing: "Rounds | QC test")
        try tui.waitForLine(containing: "IMG-CT01  #1")
        try tui.waitForLine(containing: "Result", "[FAIL]")
        try tui.waitForLine(containing: "[FAIL]", "noise", "0.52%")
        try tui.waitForLine(containing: "RTI Piranha 657")
        try tui.send("q")
        try tui.waitForLine(containing: "[Restricted]")
        try tui.send("q")
        try tui.waitForLine(containing: "[EXCEPTIONS]", "(x)")
        try tui.send("x")
        try tui.waitForLine(containing: "R84", "radiation QC failed", "IMG-CT01", "20d", "[TO HEAD]")
    }
}
