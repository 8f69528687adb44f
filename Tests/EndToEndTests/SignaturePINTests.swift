import Foundation
import Testing

/// In a store created with `--require-pin`, a command that signs takes the signer's own PIN from
/// `--pin` or ROUNDS_PIN (CONTRACT "Identity", R2).
struct SignaturePINTests {
    @Test func ticketStepsNeedTheSignersPIN() throws {
        let box = try Sandbox("pins")
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01", "--require-pin"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\nnurse,护士,operator,ICU\nhead,主任,equipment-head;engineer,\n\(osHeadCSVLine)\n")], nil),
            (["import", "equipment", try box.write("e.csv", "tag,name,department,in_service\nICU-V01,呼吸机,ICU,2024-01-01\n")], "head"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
        try box.enrolPIN("24682468", for: "nurse")
        try box.enrolPIN("13571357", for: "head")
        let before = try box.rounds(["verify"]).stdout
        let none = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警"], user: "nurse")
        #expect(none.status == 1 && none.stderr.contains("R2"), "\(none)")
        #expect(try box.rounds(["verify"]).stdout == before, "a refusal without a PIN wrote nothing")
        let wrong = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警", "--pin", "00000000"], user: "nurse")
        #expect(wrong.status == 1 && wrong.stderr.contains("wrong PIN"), "\(wrong)")
        // A wrong PIN writes one thing only: the attempt (pin_events, audited), towards the lock.
        #expect(auditEntries(try box.rounds(["verify"]).stdout) == auditEntries(before).map { $0 + 1 }, "\(before)")
        #expect(try box.rounds(["ticket", "list", "--format", "csv"], user: "nurse").stdout.contains("ICU-V01") == false, "no ticket")
        let open = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警", "--pin", "24682468"], user: "nurse")
        #expect(open.status == 0, "\(open)")
        let n = open.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // The head signs the assignment with his own PIN, not the nurse's.
        #expect(try box.rounds(["ticket", "assign", n, "--to", "head", "--pin", "24682468"], user: "head").status == 1)
        #expect(try box.rounds(["ticket", "assign", n, "--to", "head", "--pin", "13571357"], user: "head").status == 0)
    }
}

/// The `N` of `verify`'s "N audit entries chained".
func auditEntries(_ verifyOutput: String) -> Int? {
    guard let r = verifyOutput.range(of: #"[0-9]+ audit entries"#, options: .regularExpression) else { return nil }
    return Int(verifyOutput[r].split(separator: " ")[0])
}
