import Foundation
import Testing

/// `rounds verify` on a store changed behind its back (R3).
@Suite struct VerifyTests {
    /// Test 4: one row of the equipment table changed with the sqlite3 tool is found and named.
    @Test(.enabled(if: findOnPath("sqlite3") != nil, "sqlite3 is not on PATH (CI installs it: apt-get install sqlite3)"))
    func tamperedRowIsNamed() throws {
        let box = try Sandbox("tamper")
        try box.createSampleHospital()
        let clean = try box.rounds(["verify"])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stdoutLines.first?.hasPrefix("ok:") == true, "\(clean)")

        let sqlite3 = try #require(findOnPath("sqlite3"))
        let update = try box.run(sqlite3, [box.store, "UPDATE equipment SET status='stopped' WHERE tag='ICU-V01'"])
        try #require(update.status == 0, "\(update)")
        // The change really happened.
        let check = try box.run(sqlite3, [box.store, "SELECT status FROM equipment WHERE tag='ICU-V01'"])
        try #require(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "stopped", "\(check)")

        let tampered = try box.rounds(["verify"])
        #expect(tampered.status == 1, "\(tampered)")
        #expect(!tampered.stdout.contains("ok:"), "\(tampered)")
        #expect(tampered.stderr.contains("equipment row ICU-V01"), "\(tampered)")
        #expect(tampered.stderrLines.count == 1, "a one-line reason\n\(tampered)")
    }
}

/// Test 5: requests the program must refuse, with the exit codes of the CONTRACT.
@Suite struct RefusalTests {
    @Test func initTwiceIsRefused() throws {
        let box = try Sandbox("init2")
        let first = try box.rounds(["init", "--practice"])
        #expect(first.status == 0, "\(first)")
        let verify = try box.rounds(["verify"])
        let second = try box.rounds(["init", "--practice"])
        #expect(second.status == 1, "\(second)")
        #expect(second.stderr.contains("already exists"), "\(second)")
        // …and it left the existing store alone.
        let after = try box.rounds(["verify"])
        #expect(after.status == 0, "\(after)")
        #expect(after.stdout == verify.stdout)
    }

    @Test func unknownUserIsRefused() throws {
        let box = try Sandbox("user")
        try #require(try box.rounds(["init", "--practice"]).status == 0)
        try #require(try box.rounds(["import", "departments", Repository.dataFile("departments.csv")]).status == 0)
        try #require(try box.rounds(["import", "people", Repository.dataFile("people.csv")]).status == 0)

        let known = try box.rounds(["equipment", "list", "--format", "json"], user: "demo")
        #expect(known.status == 0, "\(known)")
        let unknown = try box.rounds(["equipment", "list"], user: "nobody")
        #expect(unknown.status == 1, "\(unknown)")
        #expect(unknown.stderr.contains("nobody"), "the reason names the login\n\(unknown)")
        #expect(unknown.stdout.isEmpty, "\(unknown)")
        // Once people exist, an import by a stranger is refused too (no more bootstrap).
        let stranger = try box.rounds(["import", "departments", Repository.dataFile("departments.csv")], user: "nobody")
        #expect(stranger.status == 1, "\(stranger)")
    }

    @Test func garbageClockIsRefused() throws {
        let box = try Sandbox("now")
        // Nothing is written when the exit code is not 0: no store appears.
        let badInit = try box.rounds(["init", "--practice"], now: "garbage")
        #expect(badInit.status != 0, "\(badInit)")
        #expect(!FileManager.default.fileExists(atPath: box.store), "init with a bad --now created the store")

        try #require(try box.rounds(["init", "--practice"]).status == 0)
        let list = try box.rounds(["equipment", "list"], now: "garbage")
        #expect(list.status != 0, "\(list)")
        #expect(list.stderr.contains("--now"), "the message names the option\n\(list)")
    }

    @Test func unknownLanguageIsRefused() throws {
        let box = try Sandbox("lang")
        try #require(try box.rounds(["init", "--practice"]).status == 0)
        try #require(try box.rounds(["import", "departments", Repository.dataFile("departments.csv")]).status == 0)
        try #require(try box.rounds(["import", "people", Repository.dataFile("people.csv")]).status == 0)
        let zh = try box.rounds(["equipment", "list", "--lang", "zh"], user: "demo")
        #expect(zh.status == 0, "\(zh)")
        let fr = try box.rounds(["equipment", "list", "--lang", "fr"], user: "demo")
        #expect(fr.status != 0, "\(fr)")
        #expect(fr.stderr.contains("--lang"), "the message names the option\n\(fr)")
    }
}
