import Foundation
import Testing

/// PINs through the real binary (CONTRACT "Signatures", R2): a first PIN by a one-time code from an
/// equipment head, changes with the old PIN, five wrong PINs lock signatures for 15 minutes.
///
/// The tests run as some OS account (``osAccount``); the fixture's person with that login is the
/// equipment head the OS authenticated. `wang` is an equipment head it did not.
struct PINEnrolmentTests {
    /// A practice store (so `--now` is the clock of writes) with the OS head, `wang` (another
    /// equipment head) and `lina` (an ICU operator). Nobody has a PIN.
    static func store(_ label: String) throws -> Sandbox {
        let box = try Sandbox(label)
        let steps: [[String]] = [
            ["init", "--practice", "--since", "2026-11-01"],
            ["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\n")],
            ["import", "people", try box.write("p.csv", """
                login,name,roles,department
                \(osHeadCSVLine)
                wang,王主任,equipment-head;engineer,
                lina,李娜,operator,ICU
                """)],
        ]
        for args in steps {
            let r = try box.rounds(args)
            try #require(r.status == 0, "\(r)")
        }
        return box
    }

    static func refused(_ r: RunResult, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1 && r.stderr.contains("R2") && r.stderr.contains(message), "\(r)", sourceLocation: sourceLocation)
    }

    @Test func aFirstPINNeedsACodeUnlessTheOSAuthenticatedThePerson() throws {
        let box = try Self.store("pin-first")
        let before = try box.rounds(["verify"]).stdout
        // lina is not the OS account: her first PIN without a code is refused, and nothing is written.
        let lina = try box.rounds(["pin", "set", "--pin", "13579135"], user: "lina")
        Self.refused(lina, "lina's first PIN needs a one-time code from an equipment head")
        #expect(lina.stderr.contains("the OS account running rounds is \(osAccount), not lina"), "\(lina)")
        #expect(try box.rounds(["verify"]).stdout == before, "nothing written")
        // The head the OS authenticated sets her own first PIN without a code.
        let own = try box.rounds(["pin", "set", "--pin", "24681357"], user: osAccount)
        #expect(own.status == 0 && own.stdout == "PIN set for \(osAccount)\n", "\(own)")
    }

    @Test func nobodySetsSomeoneElsesPIN() throws {
        let box = try Self.store("pin-other")
        // The OS authenticated the head, not lina: as `--user lina` she cannot give lina a PIN.
        Self.refused(try box.rounds(["pin", "set", "--pin", "13579135"], user: "lina"), "needs a one-time code")
        try box.enrolPIN("24682468", for: "lina")
        // lina has a PIN now: replacing it without the old one, or with a wrong one, is refused.
        Self.refused(try box.rounds(["pin", "set", "--pin", "13579135"], user: "lina"), "lina already has a PIN: give the current one with --old-pin")
        Self.refused(try box.rounds(["pin", "set", "--old-pin", "00000000", "--pin", "13579135"], user: "lina"), "wrong PIN for lina")
        // lina's own PIN is still hers: it changes her PIN (and the refused ones did not).
        let change = try box.rounds(["pin", "set", "--old-pin", "24682468", "--pin", "13579135"], user: "lina")
        #expect(change.status == 0, "\(change)")
    }

    @Test func aCodeIsPrintedAloneAndSetsAPINOnce() throws {
        let box = try Self.store("pin-code")
        let issued = try box.rounds(["pin", "issue", "lina"], user: osAccount)
        // Alone on its line: 12 characters of the 32-letter alphabet (no I, O, 0, 1), in fours.
        #expect(issued.status == 0 && issued.stdoutLines.count == 1, "\(issued)")
        let code = issued.stdoutLines.first ?? ""
        #expect(code.range(of: #"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"#, options: .regularExpression) != nil, "\(code)")
        #expect(issued.stderr.contains("good once until 2026-11-25 10:00"), "72 hours after 2026-11-22 10:00: \(issued)")
        // Typed in lower case without dashes, it still works (it is read from paper).
        let typed = code.lowercased().replacingOccurrences(of: "-", with: "")
        let set = try box.rounds(["pin", "set", "--code", typed, "--pin", "24682468"], now: "2026-11-22T10:05", user: "lina")
        #expect(set.status == 0 && set.stdout == "PIN set for lina\n", "\(set)")
        // Used once: the same code again is refused, and the PIN it set stays.
        Self.refused(try box.rounds(["pin", "set", "--code", code, "--pin", "99999999"], now: "2026-11-22T10:06", user: "lina"),
                     "has been used already")
        #expect(try box.rounds(["pin", "set", "--old-pin", "24682468", "--pin", "13579135"], now: "2026-11-22T10:07", user: "lina").status == 0)
        // A code is for the person it was issued for.
        let forLina = try box.rounds(["pin", "issue", "lina"], user: osAccount).stdoutLines.first ?? ""
        Self.refused(try box.rounds(["pin", "set", "--code", forLina, "--pin", "24682468"], user: "wang"), "not a one-time PIN code issued for wang")
        #expect(try box.rounds(["verify"]).status == 0, "codes and PIN events are audited rows")
    }

    @Test func aCodeExpiresAfter72HoursAndANewerCodeReplacesIt() throws {
        let box = try Self.store("pin-expiry")
        // Issued 2026-11-22 10:00: good until 2026-11-25 10:00 (72 h), not at 10:00 itself.
        let first = try box.rounds(["pin", "issue", "lina"], now: "2026-11-22T10:00", user: osAccount).stdoutLines.first ?? ""
        Self.refused(try box.rounds(["pin", "set", "--code", first, "--pin", "24682468"], now: "2026-11-25T10:00", user: "lina"),
                     "expired at 2026-11-25 10:00")
        // Two codes: the newer one replaces the first (unused) one.
        let second = try box.rounds(["pin", "issue", "lina"], now: "2026-11-25T10:30", user: osAccount).stdoutLines.first ?? ""
        let third = try box.rounds(["pin", "issue", "lina"], now: "2026-11-25T10:31", user: osAccount).stdoutLines.first ?? ""
        Self.refused(try box.rounds(["pin", "set", "--code", second, "--pin", "24682468"], now: "2026-11-25T10:32", user: "lina"),
                     "was replaced by a newer one")
        // The newest one works a minute before its 72 hours end (10:31 + 72 h = 2026-11-28 10:31).
        let set = try box.rounds(["pin", "set", "--code", third, "--pin", "24682468"], now: "2026-11-28T10:30", user: "lina")
        #expect(set.status == 0, "\(set)")
    }

    @Test func onlyAProvenEquipmentHeadIssuesCodes() throws {
        let box = try Self.store("pin-issue")
        Self.refused(try box.rounds(["pin", "issue", "wang"], user: "lina"), "issued by an equipment head; lina is not one")
        // wang is an equipment head but not the OS account: he proves himself with his own PIN,
        // which he does not have yet, then a wrong one, then his own.
        Self.refused(try box.rounds(["pin", "issue", "lina"], user: "wang"), "needs wang's own PIN and wang has none")
        try box.enrolPIN("86428642", for: "wang")
        Self.refused(try box.rounds(["pin", "issue", "lina"], user: "wang"), "issuing a one-time PIN code needs wang's own PIN")
        Self.refused(try box.rounds(["pin", "issue", "lina", "--pin", "00000000"], user: "wang"), "wrong PIN for wang")
        let code = try box.enrolPIN("24682468", for: "lina", issuer: "wang", issuerPIN: "86428642")
        #expect(!code.isEmpty)
        let unknown = try box.rounds(["pin", "issue", "nobody"], user: osAccount)
        #expect(unknown.status == 1 && unknown.stderr.contains("no person with login 'nobody'"), "\(unknown)")
    }

    @Test func aForgottenPINIsReplacedWithANewCodeWithoutTheOldOne() throws {
        let box = try Self.store("pin-reset")
        try box.enrolPIN("24682468", for: "lina")
        // lina forgot it: the head issues a new code, which replaces the PIN with no --old-pin.
        try box.enrolPIN("13579135", for: "lina")
        Self.refused(try box.rounds(["pin", "set", "--old-pin", "24682468", "--pin", "99999999"], user: "lina"), "wrong PIN for lina")
        #expect(try box.rounds(["pin", "set", "--old-pin", "13579135", "--pin", "99999999"], user: "lina").status == 0)
    }

    @Test func fiveWrongPINsLockSignaturesFor15Minutes() throws {
        let box = try Sandbox("pin-lock")
        try ShiftHandoverTUITests.icu(box)                   // nurse1's PIN is 24682468
        var entries = auditEntries(try box.rounds(["verify"]).stdout) ?? 0
        // Five wrong PINs on a handover signature, 10:00 to 10:04. Each is refused and writes only
        // its attempt (one audit entry); the fifth also the lock (two), until 10:04 + 15 min = 10:19.
        for minute in 0..<5 {
            let r = try box.rounds(["handover", "sign", "--pin", "1111111\(minute)"], now: "2026-11-22T10:0\(minute)", user: "nurse1")
            Self.refused(r, "wrong PIN for nurse1")
            let now = auditEntries(try box.rounds(["verify"]).stdout) ?? 0
            #expect(now == entries + (minute == 4 ? 2 : 1), "attempt \(minute + 1): \(r)")
            entries = now
            if minute == 4 { #expect(r.stderr.contains("5 in a row: nurse1's signatures are locked until 2026-11-22 10:19"), "\(r)") }
        }
        // The sixth attempt, with the right PIN, is refused while locked, naming R2 and the end.
        let locked = try box.rounds(["handover", "sign", "--pin", "24682468"], now: "2026-11-22T10:05", user: "nurse1")
        Self.refused(locked, "nurse1's signatures are locked until 2026-11-22 10:19")
        let lockedLater = try box.rounds(["handover", "sign", "--pin", "24682468"], now: "2026-11-22T10:18", user: "nurse1")
        Self.refused(lockedLater, "locked until 2026-11-22 10:19")
        #expect(auditEntries(try box.rounds(["verify"]).stdout) == entries, "a refusal while locked writes nothing")
        // Others are not locked: nurse2 can still use her PIN.
        #expect(try box.rounds(["pin", "set", "--old-pin", "13571357", "--pin", "13571358"], now: "2026-11-22T10:06", user: "nurse2").status == 0)
        // At 10:19 the lock is over: the right PIN signs.
        let signed = try box.rounds(["handover", "sign", "--pin", "24682468"], now: "2026-11-22T10:19", user: "nurse1")
        #expect(signed.status == 0 && signed.stdout.contains("signed by nurse1"), "\(signed)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func theDemoPeoplesPINIsTheDocumentedOne() throws {
        let box = try Sandbox("pin-demo")
        let made = try box.rounds(["init", "--demo"])
        try #require(made.status == 0, "\(made)")
        // README: every demo person's PIN is 246810. The demo user (an equipment head) proves herself
        // with it; zhengli (an ICU operator) changes hers with it as the old PIN.
        Self.refused(try box.rounds(["pin", "issue", "zhengli", "--pin", "135790"], user: "demo"), "wrong PIN for demo")
        let issued = try box.rounds(["pin", "issue", "zhengli", "--pin", "246810"], user: "demo")
        #expect(issued.status == 0 && issued.stdoutLines.count == 1, "\(issued)")
        let changed = try box.rounds(["pin", "set", "--old-pin", "246810", "--pin", "135790"], user: "zhengli")
        #expect(changed.status == 0, "\(changed)")
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
