import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// The kept due days (`due_inspections`) give the overdue report the records give, whatever the
/// history: inspections in any order, corrections and voids, archive edits, a department made key
/// or not, a rule changed, questions about past days; and `verify` names an edited row.
struct DueInspectionsTests {
    let cal = FacilityCalendar.shanghai
    let tags = ["ICU-V01", "ICU-M01", "CARD-E01"]

    func rows(_ store: Store) throws -> [String: String] {
        try store.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM due_inspections").map {
                ("\($0["device"] as String) \($0["kind"] as String)", "\($0["due"] as String) \($0["department"] as String)")
            })
        }
    }

    func inspect(_ f: StoreFixture, _ tag: String, on day: Day, _ kind: InspectionKind) throws {
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            _ = try rec.recordInspection(WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                         kind: kind, result: .ok, calendar: cal)
        }
    }

    /// Hand-computed: ICU-V01 is a life-support device of a key department (ICU), so it owes all
    /// three kinds; CARD-E01 (cardiology, not key) owes monthly and quarterly; ICU-M01 is on standby
    /// and, like every tracked device, owes monthly and quarterly too.
    @Test func theRowsAreTheDueDaysOfEachKindADeviceOwes() throws {
        let f = try StoreFixture(since: "2026-01-01")
        try f.seedSmallHospital()
        try inspect(f, "ICU-V01", on: Day(2026, 3, 5)!, .monthly)
        let r = try rows(f.store)
        // Ten-day, rolling: the latest inspection of any kind (3-05) + 10 days.
        #expect(r["ICU-V01 ten-day"] == "2026-03-15 ICU")
        // Monthly, calendar month: the last day of the month after the inspection's month.
        #expect(r["ICU-V01 monthly"] == "2026-04-30 ICU")
        #expect(r["CARD-E01 ten-day"] == nil, "cardiology is not a key department")
        #expect(r["CARD-E01 monthly"] != nil && r["CARD-E01 quarterly"] != nil)
        // ICU made not key: ICU-V01 owes no ten-day check any more (R13).
        try f.store.write(actor: "admin", at: f.at) { rec in
            try rec.save(Department(code: "ICU", name: "重症医学科", nameEN: "Intensive Care Unit", isKey: false))
        }
        #expect(try rows(f.store)["ICU-V01 ten-day"] == nil)
        // Stopped: not tracked, no row at all.
        try f.store.write(actor: "admin", at: f.at) { rec in try rec.setStatus(of: "ICU-V01", to: .stopped, reason: "送修") }
        #expect(try rows(f.store).keys.filter { $0.hasPrefix("ICU-V01") }.isEmpty)
        #expect(try f.store.verify().passed)
    }

    /// A seeded random history of inspections (entered in any order: late entries), corrections,
    /// voids and amendments, archive edits, department key flags and rule changes; after each write the kept rows answer as the records do, on the day
    /// itself and on earlier days (when later records must not count).
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theReportFromTheRowsEqualsTheReportFromTheRecords(seed: UInt64) throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        var random = SeededRandom(seed: seed)
        let first = Day(2025, 6, 1)!
        for step in 0..<45 {
            let tag = tags[Int.random(in: 0..<tags.count, using: &random)]
            var device = try #require(try f.store.device(tag))
            try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    device.lifeSupport.toggle()
                    device.emergency = Bool.random(using: &random)
                    device.department = ["ICU", "CARD"].randomElement(using: &random)!
                    device.inService = first.adding(days: Int.random(in: -30..<120, using: &random))
                    try rec.save(device, reason: "更正档案")
                case 1:
                    let code = ["ICU", "CARD"].randomElement(using: &random)!
                    try rec.save(Department(code: code, name: code == "ICU" ? "重症医学科" : "心内科", isKey: Bool.random(using: &random)))
                case 2 where step % 3 == 1:
                    // An amendment: a current record found wrong, replaced by a normal one of another day.
                    let current = try Int64.fetchAll(rec.db, sql: "SELECT id FROM inspections i WHERE device = ? AND \(Store.current("i"))",
                                                     arguments: [tag])
                    guard let original = current.randomElement(using: &random) else { break }
                    let day = first.adding(days: Int.random(in: 0..<270, using: &random))
                    try rec.amendToNormal(.inspection, original: original, stamp: WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 39_600), by: "admin"),
                                          reason: "误记为异常", ticket: .keep, calendar: cal)
                case 2 where step % 3 == 0:
                    try rec.changeRule(.tenDayPeriod, ["rolling", "calendar-xun"].randomElement(using: &random)!, reason: "院内规定")
                    try rec.changeRule(.monthlyPeriod, ["calendar-month", "rolling"].randomElement(using: &random)!, reason: "院内规定")
                default:
                    let day = first.adding(days: Int.random(in: 0..<270, using: &random))
                    _ = try rec.recordInspection(WorkStamp(device: tag, at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                                 kind: InspectionKind.allCases[Int.random(in: 0..<3, using: &random)], result: .ok, calendar: cal)
                    try rec.correctAtRandom(tag, roll: Int.random(in: 0..<60, using: &random), days: (first, 270), calendar: cal, using: &random)
                }
            }
            for today in [Day(2026, 3, 15)!, first.adding(days: Int.random(in: 0..<300, using: &random))] {
                #expect(try f.store.overdueReport(today: today) == f.store.overdueReportFromRecords(today: today), "seed \(seed) step \(step) as of \(today)")
            }
        }
        #expect(try f.store.verify().passed)
        #expect(try f.store.verifySinceSeal().passed)
    }

    /// Rules other than the store's (a what-if: no command asks one) are answered from the records.
    @Test func otherRulesAreAnsweredFromTheRecords() throws {
        let f = try StoreFixture(since: "2026-01-01")
        try f.seedSmallHospital()
        try inspect(f, "ICU-V01", on: Day(2026, 3, 5)!, .monthly)
        var weekly = ScheduleRules.standard
        weekly.tenDayInterval = 7
        let today = Day(2026, 3, 14)!
        let report = try f.store.overdueReport(today: today, rules: weekly)
        #expect(report == (try f.store.overdueReportFromRecords(today: today, rules: weekly)))
        // 3-05 + 7 days = 3-12, two days overdue on 3-14; under the stored ten days it is due 3-15.
        #expect(report.overdue.first { $0.device == "ICU-V01" && $0.kind == .tenDay }?.daysOverdue == 2)
        #expect(try f.store.overdueReport(today: today).overdue.contains { $0.device == "ICU-V01" && $0.kind == .tenDay } == false)
    }

    @Test func verifyNamesAnEditedAddedOrDeletedRow() throws {
        for (sql, says) in [
            ("UPDATE due_inspections SET due = '2027-01-01' WHERE device = 'ICU-V01' AND kind = 'monthly'",
             "says ICU-V01 monthly is due on 2027-01-01, the records say 2026-04-30"),
            ("DELETE FROM due_inspections WHERE device = 'ICU-V01' AND kind = 'monthly'", "lacks ICU-V01 monthly (due 2026-04-30)"),
            ("INSERT INTO due_inspections VALUES ('CARD-E01', 'ten-day', 'CARD', '2026-02-01', NULL)", "has a row for CARD-E01 ten-day"),
            ("UPDATE due_inspections SET department = 'CARD' WHERE device = 'ICU-V01' AND kind = 'monthly'", "puts ICU-V01 in CARD"),
        ] {
            let f = try StoreFixture(since: "2026-01-01")
            try f.seedSmallHospital()
            try inspect(f, "ICU-V01", on: Day(2026, 3, 5)!, .monthly)
            #expect(try f.store.verify().passed)
            let q = try DatabaseQueue(path: f.store.path)
            try q.write { try $0.execute(sql: sql) }
            let problem = try f.store.verify().firstProblem ?? ""
            #expect(problem.hasPrefix("derived table due_inspections \(says)"), "\(sql): \(problem)")
        }
    }

    /// The migration that brings the table fills it from a store's existing records.
    @Test func aStoreFromBeforeTheTableGetsItFilled() throws {
        let f = try StoreFixture(since: "2026-01-01")
        try f.seedSmallHospital()
        try inspect(f, "ICU-V01", on: Day(2026, 3, 5)!, .monthly)
        let want = try rows(f.store)
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { db in
            try db.execute(sql: """
                DROP TABLE due_inspections; DROP INDEX latest_inspections_day;
                DELETE FROM grdb_migrations WHERE identifier = 'v24-derived-due-inspections'
                """)
        }
        try q.close()
        let reopened = try Store.open(path: f.store.path)
        #expect(try rows(reopened) == want)
        #expect(want.count == 7, "ICU-V01 owes three kinds; ICU-M01 (standby, not life support) and CARD-E01 two each")
        #expect(try reopened.verify().passed)
    }
}
