import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Seal lines, the seal log and the daily seal, through the store's API (R3).
struct SealLineTests {
    static let hash = String(repeating: "ab", count: 32)

    /// The time is local to the facility with its offset: 2026-12-01 11:03:22Z is 19:03:22 in
    /// Shanghai (+08:00) and 06:03:22 in New York (EST, -05:00 in December).
    @Test func timeIsLocalWithOffset() throws {
        let t = Instant(seconds: 1_796_123_002)   // 2026-12-01T11:03:22Z
        #expect(t.description == "2026-12-01T11:03:22Z")
        #expect(Seal.isoTime(t, .shanghai) == "2026-12-01T19:03:22+08:00")
        let ny = try #require(FacilityCalendar(timeZoneID: "America/New_York"))
        #expect(Seal.isoTime(t, ny) == "2026-12-01T06:03:22-05:00")
        let india = try #require(FacilityCalendar(timeZoneID: "Asia/Kolkata"))
        #expect(Seal.isoTime(t, india) == "2026-12-01T16:33:22+05:30")
        // Each reads back as the same instant.
        for text in ["2026-12-01T19:03:22+08:00", "2026-12-01T06:03:22-05:00", "2026-12-01T16:33:22+05:30", "2026-12-01T11:03:22Z"] {
            #expect(Seal.parseTime(text) == t, "\(text)")
        }
    }

    @Test func lineRoundTrips() throws {
        let seal = Seal(auditID: 1842, hash: Self.hash, at: Instant(seconds: 1_796_123_002), calendar: .shanghai, login: "wangfang")
        #expect(seal.line == "seal 1842 \(Self.hash) 2026-12-01T19:03:22+08:00 wangfang")
        #expect(try Seal(line: seal.line) == seal)
        #expect(try Seal(line: seal.line + "\r\n") == seal, "a line from a Windows file")
    }

    /// Each malformed line names its wrong word.
    @Test(arguments: [
        ("", "does not begin with the word `seal`"),
        ("seal", "it has 1 of the 5 words"),
        ("seal -1 \(hash) 2026-12-01T19:03:22+08:00 li", "the audit id '-1' is not a whole number"),
        ("seal 12 \(hash)zz 2026-12-01T19:03:22+08:00 li", "is not 64 hexadecimal digits"),
        ("seal 12 \(hash) 2026-12-01 li", "is not local ISO 8601 with an offset"),
        ("seal 12 \(hash) 2026/12/01T19:03:22+08:00 li", "is not local ISO 8601 with an offset"),
        ("seal 12 \(hash) 2026-12-01T25:03:22+08:00 li", "is not local ISO 8601 with an offset"),
    ])
    func malformedLinesSayWhy(line: String, why: String) {
        #expect(throws: SealLineError.self) { try Seal(line: line) }
        do { _ = try Seal(line: line) } catch { #expect("\(error)".contains(why), "\(error)") }
    }

    @Test func controlCharactersAreNotEchoed() {
        do { _ = try Seal(line: "seal \u{1B}[31m") } catch { #expect(!"\(error)".contains("\u{1B}"), "\(error)") }
    }
}

struct SealLogTests {
    func lines(_ f: StoreFixture) throws -> [String] { try f.store.sealLog.lines()?.map(\.text) ?? [] }

    /// Store.create writes the first seal: the 4 settings entries (tz, since, require_pin, store-kind).
    @Test func createWritesTheFirstSeal() throws {
        let f = try StoreFixture()
        let head = try f.store.headSeal(at: f.at, login: "admin")
        #expect(head.auditID == 4)
        #expect(try lines(f) == [head.line])
        #expect(try f.store.verify().sealsChecked == 1)
    }

    /// A leftover log without its store is not overwritten.
    @Test func createRefusesALeftoverLog() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        try Data("seal 4 \(SealLineTests.hash) 2026-01-01T08:00:00+08:00 someone\n".utf8).write(to: URL(fileURLWithPath: path + ".seals"))
        #expect(throws: StoreError.self) {
            try Store.create(path: path, settings: StoreSettings(calendar: .shanghai, since: Day(2026, 1, 1)!), actor: "a", at: Instant(seconds: 0))
        }
        #expect(!FileManager.default.fileExists(atPath: path), "no store was made")
    }

    /// Many writes on one day add no seal; the first write of the next day adds one, whatever
    /// Store instance makes it; a write on an earlier day adds none.
    @Test func dailySealOncePerDay() throws {
        let f = try StoreFixture()
        let cal = FacilityCalendar.shanghai
        let day1 = f.at   // 2026-03-01 09:00
        for n in 0..<200 {
            try f.store.write(actor: "admin", at: day1.adding(seconds: Int64(n) * 60)) { try $0.save(Department(code: "D\(n)", name: "科室\(n)")) }
        }
        #expect(try lines(f).count == 1, "init's seal only: every write was on 2026-03-01")
        let day2 = cal.parseTime("2026-03-02T00:00:00")!
        try f.store.write(actor: "lina", at: day2) { try $0.save(Department(code: "N1", name: "新科室")) }
        var all = try lines(f)
        #expect(all.count == 2)
        #expect(all.last == (try f.store.headSeal(at: day2, login: "lina")).line, "the head after the write, at its time, by its writer")
        // Another Store on the same file reads the log: the 2nd is sealed already.
        let other = try Store.open(path: f.store.path)
        try other.write(actor: "admin", at: day2.adding(seconds: 3600)) { try $0.save(Department(code: "N2", name: "新科室2")) }
        try other.write(actor: "admin", at: day1) { try $0.save(Department(code: "N3", name: "旧日")) }
        all = try lines(f)
        #expect(all.count == 2, "\(all)")
        #expect(try f.store.verify().passed)
    }

    /// `seal` appends the head; a truncated or rewritten history then fails, naming the seal.
    @Test func verifyNamesTheFailingSeal() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let seal = try f.store.seal(at: f.at, login: "lina")
        #expect(try lines(f).last == seal.line)
        #expect(try f.store.verify().passed)
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: "DELETE FROM audit WHERE id = ?", arguments: [seal.auditID]) }
        let r = try f.store.verify()
        #expect(r.firstProblem?.hasPrefix("seal of audit entry #\(seal.auditID) made \(seal.time) by lina (line 2 of rounds.sqlite.seals) fails: the audit log ends at entry #\(seal.auditID - 1)") == true,
                "\(r.firstProblem ?? "")")
        // Checked alone, init's seal (#4) still holds; the chain check is unaffected (the tail went).
        let first = try Seal(line: try lines(f)[0])
        #expect(try f.store.verify(seals: .given(first)).firstProblem?.contains("row") == true, "the deleted entry's row is now unaudited")
    }
}

/// The recorder's read-back check accepts SQLite's affinity conversions and nothing else.
struct ReadBackTests {
    static let five: Int64 = 5
    static let one: Int64 = 1
    static let cases: [(DatabaseValue, DatabaseValue, Bool)] = [
        (.null, .null, true),
        ("é".databaseValue, "é".databaseValue, true),
        ("é".databaseValue, "e\u{301}".databaseValue, false),          // NFC written, NFD read back
        (five.databaseValue, "5".databaseValue, true),                  // an integer into a TEXT column
        ("5".databaseValue, five.databaseValue, true),                  // text into an INTEGER column
        (one.databaseValue, Double(1).databaseValue, true),             // REAL column
        (true.databaseValue, one.databaseValue, true),                  // a Bool is stored as 1
        ("note".databaseValue, "".databaseValue, false),                // a trigger blanked it
        (five.databaseValue, one.databaseValue, false),
        ("x".databaseValue, .null, false),
    ]

    @Test func agrees() {
        for (i, (written, read, same)) in Self.cases.enumerated() {
            #expect(ReadBack.agrees(written, read) == same, "case \(i): \(written) → \(read)")
        }
    }
}
