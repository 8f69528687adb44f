import Foundation
import Testing

/// A rule's refusal is said in the language of the run (CONTRACT "Global options": `--lang`, else
/// LC_ALL/LANG): Chinese under `--lang zh`, and in English byte for byte what it always was. The
/// exit code is 1 in both.
@Suite struct RefusalLanguageTests {
    static let at = "2026-03-02T09:00"

    /// A nurse recording a repair (R41), in both languages, then the engineer's repair goes through.
    @Test func aNurseRecordingARepairIsRefusedInTheRunsLanguage() throws {
        let (s, n) = try TicketGuardTests.started()
        let repaired = ["ticket", "repaired", n, "--work", "更换管路", "--cause", "component", "--by", "nurse",
                        "--at", Self.at, "--now", Self.at]
        let english = try s.refused(repaired, "R41")
        #expect(english.stderr == "rounds: R41: only the equipment department (engineer or equipment head) may sign a repair record; nurse may not\n")
        let chinese = try s.refused(repaired + ["--lang", "zh"], "R41")
        #expect(chinese.stderr == "rounds: R41：只有设备科（维修工程师或设备科主任）可以签署维修记录；nurse 不可以\n")
        // LANG chooses Chinese too when --lang is not given.
        let byLocale = try s.run(repaired, user: "head", environment: ["LANG": "zh_CN.UTF-8"])
        #expect(byLocale.status == 1 && byLocale.stderr == chinese.stderr, "\(byLocale)")
        #expect(try s.show(n, now: Self.at).ticketString("state") == "in-repair", "nothing was written")
        try s.step(["repaired", n, "--work", "更换管路", "--cause", "component", "--by", "engineer"], at: Self.at)
    }

    /// A refusal of the store's own write path (a PIN too short) is Chinese too.
    @Test func aShortPINIsRefusedInChinese() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let english = try s.refused(["pin", "set", "--pin", "123"], "PIN", user: "nurse")
        #expect(english.stderr == "rounds: a PIN has 6 to 12 characters (letters or digits), not 3\n")
        let chinese = try s.refused(["pin", "set", "--pin", "123", "--lang", "zh"], "PIN", user: "nurse")
        #expect(chinese.stderr == "rounds: PIN 须为 6 到 12 个字符（字母或数字），不是 3 个\n")
    }

    /// Something the store does not hold is said in the run's language too.
    @Test func aTicketThatDoesNotExistIsSaidInChinese() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let english = try s.refused(["ticket", "show", "WX-2026-999999"], "no ticket", user: "nurse")
        #expect(english.stderr == "rounds: no ticket WX-2026-999999\n")
        let chinese = try s.refused(["ticket", "show", "WX-2026-999999", "--lang", "zh"], "没有维修单", user: "nurse")
        #expect(chinese.stderr == "rounds: 没有维修单 WX-2026-999999\n")
    }
}
