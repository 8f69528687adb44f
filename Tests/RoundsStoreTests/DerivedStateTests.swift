import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// The derived table `latest_inspections` always equals what the records say, whatever order work is
/// entered in, after corrections and voids, after a restore and after a migration; and `verify`
/// fails when it is edited behind the program's back.
struct DerivedStateTests {
    let cal = FacilityCalendar.shanghai
    let tags = ["ICU-V01", "ICU-M01", "CARD-E01"]

    /// The latest current inspection per (device, kind), computed here the plainest way — every
    /// record, minus the corrected ones, the greatest (day, id) — independently of the store's code.
    func expected(_ store: Store) throws -> [String: String] {
        try store.read { db in
            let corrected = Set(try Int64.fetchAll(db, sql: "SELECT original FROM corrections WHERE tbl = 'inspections'"))
            var best: [String: (day: String, id: Int64)] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, device, kind, day FROM inspections") where !corrected.contains(r["id"]) {
                let key = "\(r["device"] as String) \(r["kind"] as String)"
                let candidate = (day: r["day"] as String, id: r["id"] as Int64)
                if let b = best[key], (b.day, b.id) > (candidate.day, candidate.id) { continue }
                best[key] = candidate
            }
            return best.mapValues { "\($0.day) #\($0.id)" }
        }
    }

    func stored(_ store: Store) throws -> [String: String] {
        try store.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM latest_inspections").map {
                ("\($0["device"] as String) \($0["kind"] as String)", "\($0["day"] as String) #\($0["inspection"] as Int64)")
            })
        }
    }

    /// Records one inspection of `tag` on `day` at 10:00, in a write of its own, and returns its id.
    @discardableResult
    func inspect(_ f: StoreFixture, _ tag: String, on day: Day, _ kind: InspectionKind,
                 options: WriteOptions = .generated) throws -> Int64 {
        try f.store.write(actor: "admin", at: f.at, options: options) { rec in
            try rec.recordInspection(WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                     kind: kind, result: .ok, calendar: cal).inspection
        }
    }

    /// A seeded random history: inspections on random days in random order (so most are entered
    /// after later work: late entries), with about one in six corrected by a new record and one in
    /// ten voided.
    func randomHistory(_ f: StoreFixture, seed: UInt64, count: Int) throws {
        var random = SeededRandom(seed: seed)
        var ids: [Int64] = []
        for _ in 0..<count {
            try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
                let tag = tags[Int.random(in: 0..<tags.count, using: &random)]
                let day = Day(2025, 6, 1)!.adding(days: Int.random(in: 0..<270, using: &random))
                let kind = InspectionKind.allCases[Int.random(in: 0..<3, using: &random)]
                let stamp = WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin")
                let id = try rec.recordInspection(stamp, kind: kind, result: .ok, calendar: cal).inspection
                ids.append(id)
                let roll = Int.random(in: 0..<60, using: &random)
                try rec.correctAtRandom(tag, roll: roll, days: (Day(2025, 6, 1)!, 270), calendar: cal, using: &random)
            }
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func equalsTheRecordsAfterARandomHistory(seed: UInt64) throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        try randomHistory(f, seed: seed, count: 80)
        let want = try expected(f.store)
        // Three devices × three kinds: every pair has had records, so nine rows are expected (a
        // weaker check that the history is rich enough to mean something).
        #expect(want.count == 9)
        #expect(try stored(f.store) == want)
        #expect(try f.store.verify().passed)
    }

    @Test func aVoidOfTheOnlyRecordOfAKindRemovesItsRow() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        let id = try inspect(f, "ICU-V01", on: Day(2026, 2, 1)!, .quarterly)
        #expect(try stored(f.store) == ["ICU-V01 quarterly": "2026-02-01 #\(id)"])
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            try rec.correct(.inspection, original: id, replacement: nil, reason: "wrong device")
        }
        // The voided record no longer counts: nothing is left of ICU-V01's quarterly inspections.
        #expect(try stored(f.store).isEmpty)
        #expect(try f.store.verify().passed)
    }

    @Test func aLateEntryOfAnOlderDayLeavesTheLatestAsItWas() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        let march = try inspect(f, "CARD-E01", on: Day(2026, 2, 27)!, .monthly)
        // Work of 10 February entered on 1 March with its reason (补录, R4).
        try inspect(f, "CARD-E01", on: Day(2026, 2, 10)!, .monthly, options: WriteOptions(lateReason: "系统停机，补录", osAccount: "admin"))
        #expect(try stored(f.store) == ["CARD-E01 monthly": "2026-02-27 #\(march)"])
    }

    @Test func verifyFailsWhenADerivedRowIsEditedAddedOrDeleted() throws {
        for (sql, says) in [
            ("UPDATE latest_inspections SET day = '2026-02-28' WHERE device = 'ICU-V01' AND kind = 'monthly'",
             "says ICU-V01 monthly was last inspected on 2026-02-28"),
            ("DELETE FROM latest_inspections WHERE device = 'ICU-V01'", "lacks ICU-V01 monthly"),
            ("INSERT INTO latest_inspections VALUES ('CARD-E01', 'ten-day', '2026-02-01', 1)", "has a row for CARD-E01 ten-day"),
        ] {
            let f = try StoreFixture(since: "2025-06-01")
            try f.seedSmallHospital()
            try inspect(f, "ICU-V01", on: Day(2026, 2, 20)!, .monthly)
            #expect(try f.store.verify().passed)
            let q = try DatabaseQueue(path: f.store.path)
            try q.write { try $0.execute(sql: sql) }
            let problem = try f.store.verify().firstProblem ?? ""
            #expect(problem.hasPrefix("derived table latest_inspections \(says)"), "\(sql): \(problem)")
        }
    }

    @Test func aStoreMigratedFromBeforeTheTableGetsItFilledFromItsRecords() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        try randomHistory(f, seed: 9, count: 30)
        let want = try expected(f.store)
        // Take the store back to the schema before v11, as an older program left it.
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { db in
            // (And before v24, which indexes it and derives the due days from it.)
            try db.execute(sql: """
                DROP TABLE latest_inspections; DROP TABLE due_inspections;
                DELETE FROM grdb_migrations WHERE identifier IN ('v11-derived-latest-inspections', 'v24-derived-due-inspections')
                """)
        }
        try q.close()
        let reopened = try Store.open(path: f.store.path)
        #expect(try stored(reopened) == want)
        #expect(try reopened.verify().passed)
    }

    @Test func aRestoredBackupCarriesTheTableOfItsOwnRecords() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        try randomHistory(f, seed: 4, count: 20)
        let atBackup = try expected(f.store)
        let copy = f.dir.appendingPathComponent("copy.sqlite").path
        _ = try f.store.backup(to: copy, at: f.at, login: "admin")
        try randomHistory(f, seed: 5, count: 20)
        #expect(try stored(f.store) != atBackup, "the later history changed the table, or the test proves nothing")
        try f.store.pool.close()   // restore replaces a store nobody has open
        _ = try Store.restore(from: copy, into: f.store.path, force: true, at: f.at, login: "admin") { _ in }
        let restored = try Store.open(path: f.store.path)
        #expect(try stored(restored) == atBackup)
        #expect(try restored.verify().passed)
    }
}
