import Foundation
import Testing

/// `rounds verify --since-seal` on the command line: one `ok:` line naming the seal it started from
/// and what it checked after it; a row changed since the seal fails with one line, exit 1.
@Suite(.enabled(if: findOnPath("sqlite3") != nil && findOnPath("python3") != nil,
                "sqlite3 and python3 are needed on PATH (CI installs sqlite3: apt-get install sqlite3)"))
struct VerifySinceSealCLITests {
    @Test func checksTheWorkAfterTheLastSealAndNamesAChangedRow() throws {
        let box = try Sandbox("since-seal")
        let sealLine = try SealTests.sealedHospital(box)
        let sealed = sealLine.split(separator: " ")[1]
        for device in ["ED-BD01", "ED-IP01"] {
            let r = try box.rounds(["record", "inspection", "--device", device, "--kind", "monthly"], now: "2026-11-22T11:00", user: "demo")
            try #require(r.status == 0, "\(r)")
        }
        let ok = try box.rounds(["verify", "--since-seal"], now: "2026-11-22T11:05")
        #expect(ok.status == 0, "\(ok)")
        // The two inspections after the seal, each with its signature: two devices' derived rows.
        #expect(ok.stdout.hasPrefix("ok: since seal of audit entry #\(sealed), schema as migrated, "), "\(ok)")
        #expect(ok.stdout.contains("derived state of 2 devices matches its records"), "\(ok)")
        #expect(ok.stdout.contains("[PRACTICE]") || ok.stdoutLines.count == 2, "a practice store says so on the last line\n\(ok)")
        _ = try SealTests.sqlite(box, "UPDATE inspections SET note = 'x' WHERE id = (SELECT MAX(id) FROM inspections)")
        try SealTests.expectFails(box, ["--since-seal"], naming: ["inspections row ", "it was changed outside rounds", "note: recorded"])
    }
}
