import Foundation
import Testing

/// The terminal UI in a real terminal (tmux), driven by keys and read back from the pane.
/// Each test has its own tmux socket, sandbox and demo store, so they can run in parallel.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct TerminalUITests {
    /// `rounds demo …; echo EXIT=$?; sleep 30` in an 80x24 (or other) pane.
    static func startDemo(_ box: Sandbox, arguments: [String] = [], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let binary = try RoundsBinary.path()
        let command = ([binary, "demo"] + arguments).map(shellQuote).joined(separator: " ") + "; echo EXIT=$?; sleep 30"
        return try TmuxSession(box: box, width: width, height: height, environment: paneEnvironment(box), command: command)
    }

    /// Archive rows: lines that start with an asset number (`ED-TV01`, `NEO-V01`).
    static func deviceRows(_ screen: [String]) -> [String] {
        screen.filter { $0.range(of: #"^[A-Z]+-[A-Z]*[0-9]+ "#, options: .regularExpression) != nil }
    }

    /// The issue's acceptance test: dashboard, help, search for 呼吸机, a device, and out again,
    /// leaving the terminal as it was.
    @Test func demoDashboardHelpSearchDetailQuit() throws {
        let box = try Sandbox("tui")
        let t = try Self.startDemo(box)
        defer { t.kill() }

        // The first run creates the demo store, then shows the dashboard (English: LANG=C.UTF-8).
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        let dashboard = try t.capture()
        #expect(dashboard.first?.contains("Dashboard") == true, "\(dashboard.joined(separator: "\n"))")
        #expect(dashboard.contains { $0.contains("2026-11-22 10:0") }, "the title shows the --now clock")

        // ? opens the help box, generated from the command table.
        try t.send("?")
        let help = try t.waitFor("the help box") { screen in
            screen.contains { $0.contains("┌") && $0.contains("Help") }
                && screen.contains { $0.contains("│") && $0.contains("/") && $0.contains("search") }
        }
        if let help {
            #expect(help.contains { $0.contains("Arrows or j/k move") })
        }
        // G scrolls to the end of the help, where the global keys are (the list grows with features).
        try t.send("G")
        try t.waitForLine(containing: "q Esc", "back")
        // q closes the help and goes back to the dashboard (it does not quit).
        try t.send("q")
        try t.waitFor("the dashboard without the help box") { screen in
            screen.contains { $0.contains("Hospital total") } && !screen.contains { $0.contains("Arrows or j/k move") }
        }

        // / opens the archive with a search line; typing filters as you type.
        try t.send("/")
        try t.waitForLine(containing: "Search:")
        try t.type("呼吸机")
        let expected = try sampleEquipment().filter { $0["name"]!.contains("呼吸机") }
        let searched = try t.waitFor("the archive searched for 呼吸机 (\(expected.count) devices)") { screen in
            screen.contains { $0.contains("Search=呼吸机") && $0.contains("\(expected.count) devices") }
        }
        let rows = Self.deviceRows(searched ?? [])
        #expect(!rows.isEmpty, "\((searched ?? []).joined(separator: "\n"))")
        #expect(rows.allSatisfy { $0.lowercased().contains("ventilator") }, "only ventilators:\n\(rows.joined(separator: "\n"))")
        let expectedTags = Set(expected.compactMap { $0["tag"] })
        let shownTags = rows.map { String($0.split(separator: " ")[0]) }
        #expect(shownTags.allSatisfy(expectedTags.contains), "\(shownTags)")
        let firstTag = try #require(shownTags.first)

        // Enter confirms the search (the search line closes, the filter stays)…
        try t.send("Enter")
        try t.waitFor("the search line to close") { screen in
            !screen.contains { $0.contains("/ Search:") } && screen.contains { $0.contains("Search=呼吸机") }
        }
        // …and Enter again opens the selected (first) device.
        try t.send("Enter")
        let detail = try t.waitFor("the detail of \(firstTag)") { screen in
            screen.contains { $0.contains("Asset number") && $0.contains(firstTag) }
        }
        if let detail {
            #expect(detail.first?.contains("Device \(firstTag)") == true, "\(detail.joined(separator: "\n"))")
            #expect(detail.contains { $0.contains("English name") && $0.contains("entilator") }, "\(detail.joined(separator: "\n"))")
            #expect(detail.contains { $0.contains("Name") && $0.contains("呼吸机") }, "\(detail.joined(separator: "\n"))")
        }

        // q twice: detail → archive → dashboard; there q only says how to quit (issue #11: q and Esc
        // on the first screen once quit at once), and Q quits.
        try t.send("q")
        try t.waitFor("the archive again, still searched") { screen in
            screen.contains { $0.contains("Search=呼吸机") } && !screen.contains { $0.contains("Asset number") }
        }
        try t.send("q")
        try t.waitForLine(containing: "Hospital total")
        try t.send("q")
        try t.waitForLine(containing: "Q (capital) quits")
        try t.send("Q")
        let after = try t.waitFor("the program to exit with 0") { screen in screen.contains("EXIT=0") }
        if let after {
            // The terminal is restored: the shell's line, no leftovers of the screens.
            let leftovers = after.filter { $0.contains("Hospital total") || $0.contains("Rounds |") || $0.contains("│") }
            #expect(leftovers.isEmpty, "curses leftovers:\n\(after.joined(separator: "\n"))")
            #expect(after.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == ["EXIT=0"],
                    "only the shell's line is on the pane:\n\(after.joined(separator: "\n"))")
        }
    }

    /// Ctrl-C is a key that quits cleanly (terminal restored, exit 0), not a signal that kills the
    /// program with status 1 (issue: Ctrl-C exits with status 1).
    @Test func ctrlCQuitsWithStatusZero() throws {
        let box = try Sandbox("tui-ctrlc")
        let t = try Self.startDemo(box)
        defer { t.kill() }
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        // Alt+Enter arrives as Esc then Enter: it once quit. Now it is no key at all, and q on the
        // first screen only says how to quit: the help still opens afterwards.
        try t.send("M-Enter")
        try t.send("q")
        try t.waitForLine(containing: "Q (capital) quits")
        try t.send("?")
        try t.waitForLine(containing: "Arrows or j/k move")
        try t.send("C-c")
        try t.waitFor("the program to exit with 0") { $0.contains("EXIT=0") }
    }

    /// Below 80x24 the program says so instead of drawing a screen, and Q still quits.
    @Test func tooSmallTerminalSaysSoAndQuits() throws {
        let box = try Sandbox("tui-small")
        let t = try Self.startDemo(box, width: 60, height: 20)
        defer { t.kill() }
        let screen = try t.waitForLine(containing: "Terminal too small", timeout: Tmux.startLimit)
        if let screen {
            #expect(screen.contains { $0.contains("60x20") }, "\(screen.joined(separator: "\n"))")
            #expect(!screen.contains { $0.contains("Hospital total") })
        }
        try t.send("q")                                  // does nothing while too small
        try t.send("Q")
        try t.waitFor("the program to exit with 0") { $0.contains("EXIT=0") }
    }

    /// Chinese: the dashboard's headings, and the totals column lines up although department names
    /// mix two-column Chinese and one-column Latin letters.
    @Test func chineseDashboardColumnsLineUp() throws {
        let box = try Sandbox("tui-zh")
        let t = try Self.startDemo(box, arguments: ["--lang", "zh"])
        defer { t.kill() }
        let found = try t.waitFor("the Chinese dashboard", timeout: Tmux.startLimit) { screen in
            screen.contains { $0.contains("全院合计") }
        }
        let screen = try #require(found)
        let text = screen.joined(separator: "\n")
        #expect(screen.contains { $0.contains("重点") && $0.contains("合计") }, "the header row\n\(text)")
        #expect(screen.contains { $0.contains("[重点]") }, "key departments are tagged\n\(text)")

        // Department rows start with the department's code; the total row with 全院合计.
        let codes = Set(csvRows(try String(contentsOfFile: Repository.dataFile("departments.csv"), encoding: .utf8)).compactMap { $0["code"] })
        let rows = screen.filter { line in
            let first = line.split(separator: " ").first.map(String.init) ?? ""
            return codes.contains(first) || first == "全院合计"
        }
        #expect(rows.count == codes.count + 1, "every department and the total\n\(text)")

        // Where the first number (the total, 合计) ends, in display columns.
        func totalEnd(_ line: String) -> Int? {
            guard let r = line.range(of: #"(?<=\s)[0-9]+(?=\s|$)"#, options: .regularExpression) else { return nil }
            return displayColumns(line[..<r.upperBound])
        }
        let ends = rows.map(totalEnd)
        #expect(ends.allSatisfy { $0 != nil }, "a total on every row\n\(text)")
        #expect(Set(ends.compactMap { $0 }).count == 1, "totals end at columns \(ends)\n\(text)")
        // The heading 合计 is right-aligned over them.
        if let header = screen.first(where: { $0.hasPrefix("科室") }), let r = header.range(of: "合计"), let end = ends.first ?? nil {
            #expect(displayColumns(header[..<r.upperBound]) == end, "header: \(header)")
        } else {
            Issue.record("no header row starting with 科室\n\(text)")
        }
        // The hospital total is the sum of the departments (393 in Data/equipment.csv).
        let total = rows.last.flatMap { line in line.split(separator: " ").compactMap { Int($0) }.first }
        #expect(total == 393, "\(rows.last ?? "")")

        try t.send("Q")
        try t.waitFor("the program to exit with 0") { $0.contains("EXIT=0") }
    }
}
