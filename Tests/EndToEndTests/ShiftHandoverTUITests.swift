import Foundation
import Testing

/// Issue #6 in a real terminal and through the built binary: daily checks, a problem, a handover
/// signed by one nurse and acknowledged by another with her own PIN.
@Suite(.enabled(if: findOnPath("tmux") != nil, "tmux is not on PATH (CI installs it: apt-get install tmux)"))
struct ShiftHandoverTUITests {
    /// A store built with the CLI: ICU (a key department) with three ventilators in beds 01–03, two
    /// ICU nurses with PINs (周护士 nurse1: 24682468, 吴护士 nurse2: 13571357) and an engineer.
    static func icu(_ box: Sandbox) throws {
        var equipment = "tag,name,name_en,department,category,life_support,in_service,location\n"
        for i in 1...3 { equipment += "ICU-A0\(i),呼吸机,Ventilator,ICU,ventilator,yes,2024-01-01,ICU 0\(i)床\n" }
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-11-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,name_en,key\nICU,重症医学科,Intensive Care Unit,yes\n")], nil),
            (["import", "people", try box.write("p.csv", """
                login,name,roles,department
                nurse1,周护士,operator,ICU
                nurse2,吴护士,operator,ICU
                li,李工,engineer,
                \(osHeadCSVLine)
                """)], nil),
            (["import", "equipment", try box.write("e.csv", equipment)], osAccount),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
        // The nurses' PINs, by one-time codes from the equipment head (the OS account).
        try box.enrolPIN("24682468", for: "nurse1")
        try box.enrolPIN("13571357", for: "nurse2")
    }

    /// The acceptance test: check a department's devices (one with a problem), sign the
    /// handover as one person and acknowledge it as another; the sheet shows the problem device.
    @Test func aFullShift() throws {
        let box = try Sandbox("shift")
        try Self.icu(box)
        var env = paneEnvironment(box)
        env["ROUNDS_NOW"] = "2026-11-22T15:40"              // late in the 08:00-16:00 shift
        let command = [try RoundsBinary.path(), "--store", box.store, "--user", "nurse1"].map(shellQuote).joined(separator: " ")
            + "; echo EXIT=$?; sleep 30"
        let t = try TmuxSession(box: box, width: 80, height: 24, environment: env, command: command)
        defer { t.kill() }
        // nurse1 has a PIN: she proves who she is once, at the prompt, before the screen opens (R2).
        try #require(try t.waitForLine(containing: "PIN for 周护士 (nurse1)", timeout: Tmux.startLimit) != nil)
        try t.type("24682468")
        try t.send("Enter")
        try #require(try t.waitForLine(containing: "Hospital total", timeout: Tmux.startLimit) != nil)
        try t.waitForLine(containing: "[CHECKS] Missed yesterday 3")   // nothing was checked on the 21st

        // The shift screen of the selected (only) department: the key department's dress reminder.
        try t.send("c")
        try t.waitForLine(containing: "Checked 0/3")
        try t.waitForLine(containing: "[DRESS]")
        var keys = 0
        try t.send("Space"); keys += 1                       // ICU-A01: one key
        try t.waitForLine(containing: "Checked 1/3")
        try t.send("p")                                      // ICU-A02: a problem with a Chinese note
        try t.waitForLine(containing: "Problem note ICU-A02")
        try t.type("报警失灵")
        try t.send("Enter")
        try t.waitForLine(containing: "Checked 2/3", "Problem 1")
        try t.send("Down")
        try t.send("Space"); keys += 1                       // ICU-A03: one key
        try t.waitForLine(containing: "[DONE]")
        #expect(keys == 2, "one keystroke per healthy device")

        // The handover sheet: the outgoing nurse signs it with her PIN.
        try t.send("h")
        try t.waitForLine(containing: "Draft: S signs")
        try t.waitForLine(containing: "[PROBLEM]", "ICU-A02", "报警失灵")
        try t.send("S")
        try t.waitForLine(containing: "Sign the handover ICU 2026-11-22 08:00-16:00")
        try t.type("24682468")
        try t.waitForLine(containing: "PIN", "****")         // masked, never shown
        try t.send("Enter")
        try t.waitForLine(containing: "[SIGNED]", "[NOT ACKNOWLEDGED]")

        // The incoming nurse acknowledges it at the same keyboard under her own identity and PIN.
        try t.send("a")
        try t.waitForLine(containing: "Acknowledge the handover #1")
        try t.waitForLine(containing: "[吴护士 nurse2]")      // the signer is not offered
        try t.send("Tab")
        try t.type("13571357")
        try t.send("Enter")
        try t.waitForLine(containing: "[SIGNED]", "[ACKNOWLEDGED]")

        // History: the handover with both people; opening it shows the problem device.
        try t.send("H")
        try t.waitForLine(containing: "#1", "周护士", "吴护士")
        try t.send("Enter")
        let sheet = try t.waitForLine(containing: "[PROBLEM]", "ICU-A02", "报警失灵")
        #expect(sheet != nil)
        try t.send("Q")
        try t.waitForLine(containing: "EXIT=0")

        // The store agrees, and its audit chain holds.
        let list = try box.rounds(["handover", "list", "--format", "json"], now: "2026-11-22T16:00", user: "li")
        #expect(list.stdout.contains("\"signed_by\": \"nurse1\""), "\(list)")
        #expect(list.stdout.contains("\"acknowledged_by\": \"nurse2\""), "\(list)")
        let printed = try box.rounds(["handover", "export", "1", "--lang", "zh"], now: "2026-11-22T16:00", user: "li")
        #expect(printed.stdout.contains("[问题]  ICU-A02  呼吸机  15:40  nurse1  报警失灵  ICU 02床"), "\(printed)")
        #expect(printed.stdout.contains("接班人 吴护士 nurse2"), "\(printed)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// The command line: a problem raises the focused inspection and the request; the signer cannot
    /// acknowledge; a missing or wrong PIN is refused with exit 1 and nothing written.
    @Test func handoverThroughTheCommandLine() throws {
        let box = try Sandbox("handover")
        try Self.icu(box)
        let at = "2026-11-22T15:40"
        let ok = try box.rounds(["record", "daily-check", "--device", "ICU-A01", "--result", "ok", "--pin", "24682468"], now: at, user: "nurse1")
        #expect(ok.stdout == "daily-check 1\n", "\(ok)")
        let problem = try box.rounds(["record", "daily-check", "--device", "ICU-A02", "--result", "problem", "--note", "屏幕闪烁", "--pin", "24682468"],
                                     now: at, user: "nurse1")
        #expect(problem.stdout == "daily-check 2 focused-inspection 1 ticket WX-2026-000001\n", "\(problem)")
        // The engineer responds 12 minutes later: the response time (R24).
        let ack = try box.rounds(["ack-problem", "1"], now: "2026-11-22T15:52", user: "li")
        #expect(ack.stdout.contains("response 12 min"), "\(ack)")

        let sign = try box.rounds(["handover", "sign", "--pin", "24682468", "--note", "A02 待修"], now: "2026-11-22T15:55", user: "nurse1")
        #expect(sign.stdout == "handover 1 ICU 2026-11-22 08:00-16:00 signed by nurse1\n", "\(sign)")
        let refusals: [([String], String, String)] = [
            (["handover", "ack", "1", "--pin", "24682468"], "nurse1", "R2: handover #1 was signed by nurse1"),
            (["handover", "ack", "1"], "nurse2", "R2: acknowledging a handover needs nurse2's own PIN"),
            (["handover", "ack", "1", "--pin", "24682468"], "nurse2", "R2: wrong PIN for nurse2"),
            (["handover", "ack", "1", "--pin", "00000000"], "li", "li has none: set one first with `rounds pin set"),
        ]
        for (args, user, message) in refusals {
            let r = try box.rounds(args, now: "2026-11-22T16:02", user: user)
            #expect(r.status == 1 && r.stderr.contains(message), "\(r)")
        }
        // An hour after the signature, still unacknowledged: flagged.
        let flagged = try box.rounds(["report", "handovers", "--format", "json"], now: "2026-11-22T17:00", user: "li")
        #expect(flagged.stdout.contains("\"id\": 1"), "\(flagged)")
        let done = try box.rounds(["handover", "ack", "1", "--pin", "13571357"], now: "2026-11-22T17:01", user: "nurse2")
        #expect(done.status == 0, "\(done)")
        let none = try box.rounds(["report", "handovers", "--format", "json"], now: "2026-11-22T17:02", user: "li")
        #expect(none.stdout.contains("\"items\": []"), "\(none)")
        // Missing checks: nothing checked on the 21st (Saturday; ICU checks every day): 3 devices.
        let missing = try box.rounds(["report", "missing-checks", "--from", "2026-11-21", "--format", "json"], now: at, user: "li")
        #expect(missing.stdout.contains("\"count\": 3"), "\(missing)")
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
