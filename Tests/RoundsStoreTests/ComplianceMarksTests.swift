import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// The derived table `compliance_marks` stays what the records give through every kind of write
/// (inspections in any order, late entries, corrections and voids, a device's in-service day moved,
/// a schedule rule changed), and the compliance report read from it equals the full walk from each
/// device's base for any period and any "today"; `verify` fails when a mark is edited.
struct ComplianceMarksTests {
    let cal = FacilityCalendar.shanghai
    let tags = ["ICU-V01", "ICU-M01", "CARD-E01"]

    func marksAgree(_ store: Store) throws -> String? { try store.read { try ComplianceMarks.mismatch($0) } }

    func markCount(_ store: Store) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM compliance_marks") ?? 0 }
    }

    /// Two years of work on random days in random order (so most are late entries), about one in
    /// six corrected by a record of another day or kind and one in ten voided, in writes of one to
    /// five inspections.
    func randomHistory(_ f: StoreFixture, seed: UInt64, writes: Int) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<writes {
            try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
                for _ in 0..<Int.random(in: 1...5, using: &random) {
                    let tag = tags[Int.random(in: 0..<tags.count, using: &random)]
                    let day = Day(2024, 1, 1)!.adding(days: Int.random(in: 0..<780, using: &random))
                    let kind = InspectionKind.allCases[Int.random(in: 0..<3, using: &random)]
                    _ = try rec.recordInspection(WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                                 kind: kind, result: .ok, calendar: cal)
                }
                let roll = Int.random(in: 0..<60, using: &random)
                let tag = tags[Int.random(in: 0..<tags.count, using: &random)]
                try rec.correctAtRandom(tag, roll: roll, days: (Day(2024, 1, 1)!, 780), calendar: cal, using: &random)
            }
        }
    }

    /// The report from the marks against the full walk, for months and quarters across the history
    /// and todays both well after them and inside them (where a later record makes a mark unusable).
    func expectReportsEqualFullWalk(_ store: Store, _ why: String) throws {
        var random = SeededRandom(seed: 99)
        var nonEmpty = 0
        for _ in 0..<24 {
            let from = Day(2024, 1, 1)!.adding(days: Int.random(in: 0..<800, using: &random))
            let to = from.adding(days: Int.random(in: 0..<100, using: &random))
            let today = from.adding(days: Int.random(in: -20..<260, using: &random))
            let marks = try store.complianceReport(from: from, to: to, today: today)
            let full = try store.complianceReportByFullWalk(from: from, to: to, today: today)
            #expect(marks == full, "\(why): \(from)…\(to) as of \(today)")
            if !full.items.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 12, "the questions must have answers to compare")
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func marksFollowEveryWriteAndTheReportEqualsTheFullWalk(seed: UInt64) throws {
        let f = try StoreFixture(since: "2024-01-01")
        try f.seedSmallHospital()
        try randomHistory(f, seed: seed, writes: 60)
        // Three devices, three kinds, a quarter mark each from B to L (about eight quarters each).
        #expect(try markCount(f.store) > 3 * 3 * 6)
        #expect(try marksAgree(f.store) == nil)
        try expectReportsEqualFullWalk(f.store, "after the history")

        // The monitor's in-service day moves into the history: its base, and every mark, moves.
        var monitor = try #require(try f.store.device("ICU-M01"))
        monitor.inService = Day(2024, 8, 15)!
        try f.store.write(actor: "admin", at: f.at, options: .generated) { try $0.save(monitor, reason: "入账日期更正") }
        #expect(try marksAgree(f.store) == nil)
        try expectReportsEqualFullWalk(f.store, "after the in-service day moved")

        // A rule the walk depends on: every mark is derived again.
        try f.store.write(actor: "admin", at: f.at, options: .generated) { try $0.setRule(.tenDayInterval, "7") }
        #expect(try marksAgree(f.store) == nil)
        try expectReportsEqualFullWalk(f.store, "after the ten-day interval became 7")
        #expect(try f.store.verify().passed)
    }

    /// A worked case: the monthly walk of CARD-E01 (B = 2024-01-01, in service 2020) with inspections
    /// on Jan 5 and Jul 20 only. Jan 31 on time (Jan 5), next f(Jan 5) = Feb 29; Feb 29, Mar 31,
    /// Apr 30 and May 31 missed (Jul 20 is more than a month after each), ticking a month at a time;
    /// Jun 30 late (Jul 20 <= f(Jun 30) = Jul 31), next f(Jul 20) = Aug 31. So at 2024-04-01 the walk
    /// stands on Apr 30, and at 2024-07-01 on Aug 31: July has no occurrence of its own.
    @Test func aHandComputedMark() throws {
        let f = try StoreFixture(since: "2024-01-01")
        try f.seedSmallHospital()
        for day in [Day(2024, 1, 5)!, Day(2024, 7, 20)!] {
            try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
                _ = try rec.recordInspection(WorkStamp(device: "CARD-E01", at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                             kind: .monthly, result: .ok, calendar: cal)
            }
        }
        let rows = try f.store.read { try Row.fetchAll($0, sql: "SELECT quarter, due FROM compliance_marks WHERE device = 'CARD-E01' AND kind = 'monthly' ORDER BY quarter") }
        // Quarters after B up to L = Jul 20: Apr 1 and Jul 1.
        #expect(rows.map { "\($0["quarter"] as String) \($0["due"] as String)" } == ["2024-04-01 2024-04-30", "2024-07-01 2024-08-31"])
        let july = try f.store.complianceReport(from: Day(2024, 7, 1)!, to: Day(2024, 8, 31)!, today: Day(2024, 9, 15)!)
        // Aug 31: nothing after Jul 20, and today (Sep 15) is past it: missed.
        #expect(july.items.filter { $0.device == "CARD-E01" && $0.kind == .monthly }.map { "\($0.due) \($0.outcome.rawValue)" }
                == ["2024-08-31 missed"])
    }

    @Test func verifyFailsWhenAMarkIsEditedAddedOrDeleted() throws {
        for (sql, says) in [
            ("UPDATE compliance_marks SET due = '2024-05-31' WHERE device = 'CARD-E01' AND kind = 'monthly' AND quarter = '2024-04-01'",
             "says CARD-E01 monthly stood at 2024-05-31 on 2024-04-01"),
            ("DELETE FROM compliance_marks WHERE device = 'CARD-E01' AND quarter = '2024-04-01'", "lacks CARD-E01 monthly at 2024-04-01"),
            ("INSERT INTO compliance_marks VALUES ('CARD-E01', 'monthly', '2024-10-01', '2024-10-31')", "has a mark for CARD-E01 monthly at 2024-10-01"),
        ] {
            let f = try StoreFixture(since: "2024-01-01")
            try f.seedSmallHospital()
            try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
                _ = try rec.recordInspection(WorkStamp(device: "CARD-E01", at: cal.instant(Day(2024, 7, 20)!, secondOfDay: 36_000), by: "admin"),
                                             kind: .monthly, result: .ok, calendar: cal)
            }
            #expect(try f.store.verify().passed)
            let q = try DatabaseQueue(path: f.store.path)
            try q.write { try $0.execute(sql: sql) }
            let problem = try f.store.verify().firstProblem ?? ""
            #expect(problem.hasPrefix("derived table compliance_marks \(says)"), "\(sql): \(problem)")
        }
    }
}
