import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// `verify --since-seal` checks the entries after the last seal, the rows they wrote and the
/// derived rows of the devices they touched — and nothing before the seal.
struct VerifySinceSealTests {
    let cal = FacilityCalendar.shanghai

    /// A small hospital, sealed, then two inspections of ICU-V01 entered after the seal.
    func sealedThenTwoInspections() throws -> StoreFixture {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        try f.store.seal(at: f.at, login: "admin")
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            for day in [Day(2026, 2, 10)!, Day(2026, 2, 20)!] {
                _ = try rec.recordInspection(WorkStamp(device: "ICU-V01", at: cal.instant(day, secondOfDay: 36_000), by: "admin"),
                                             kind: .monthly, result: .ok, calendar: cal)
            }
        }
        return f
    }

    func tamper(_ f: StoreFixture, _ sql: String) throws {
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: sql) }
    }

    @Test func checksOnlyTheEntriesAfterTheLastSeal() throws {
        let f = try sealedThenTwoInspections()
        let r = try f.store.verifySinceSeal()
        #expect(r.passed, "\(r.firstProblem ?? "")")
        // Generated history carries no signatures, so each inspection is one row and one audit
        // entry: 2 entries after the seal, 2 rows written, and one device's derived rows.
        #expect(r.auditEntries == 2)
        #expect(r.rowsChecked == 2)
        #expect(r.devicesChecked == 1)
        // The full check counts every entry: the 15 of the seeded hospital as well.
        #expect(try f.store.verify().auditEntries == 17)
    }

    @Test func aRowWrittenSinceTheSealAndEditedIsNamed() throws {
        let f = try sealedThenTwoInspections()
        try tamper(f, "UPDATE inspections SET result = 'fault' WHERE day = '2026-02-20'")
        let problem = try f.store.verifySinceSeal().firstProblem ?? ""
        #expect(problem.hasPrefix("inspections row "), "\(problem)")
        #expect(problem.contains("result: recorded ok, found fault"), "\(problem)")
    }

    @Test func aDerivedRowOfATouchedDeviceEditedFails() throws {
        let f = try sealedThenTwoInspections()
        try tamper(f, "UPDATE latest_inspections SET day = '2026-02-10' WHERE device = 'ICU-V01'")
        let problem = try f.store.verifySinceSeal().firstProblem ?? ""
        #expect(problem.hasPrefix("derived table latest_inspections says ICU-V01 monthly was last inspected on 2026-02-10"), "\(problem)")
    }

    /// An archive edit since the seal checks the device's compliance marks only when it moved the
    /// in-service day (the one archive field they depend on): a new location does not walk the
    /// device; a new in-service day does, and a mark edited behind it is found.
    @Test func anArchiveEditChecksTheMarksOnlyWhenTheInServiceDayMoved() throws {
        let f = try StoreFixture(since: "2025-06-01")
        try f.seedSmallHospital()
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            _ = try rec.recordInspection(WorkStamp(device: "CARD-E01", at: cal.instant(Day(2026, 2, 10)!, secondOfDay: 36_000), by: "admin"),
                                         kind: .monthly, result: .ok, calendar: cal)
        }
        try f.store.seal(at: f.at, login: "admin")
        var ecg = try #require(try f.store.device("CARD-E01"))
        ecg.location = "心电图室 2"
        try f.store.write(actor: "admin", at: f.at, options: .generated) { try $0.save(ecg, reason: "搬迁") }
        let moved = try f.store.verifySinceSeal()
        // Its due days are compared (they read the archive row), its marks are not walked.
        #expect(moved.passed && moved.devicesChecked == 0 && moved.dueDaysChecked == 1, "\(moved)")
        ecg.inService = Day(2025, 9, 1)!
        try f.store.write(actor: "admin", at: f.at, options: .generated) { try $0.save(ecg, reason: "入账日期更正") }
        #expect(try f.store.verifySinceSeal().devicesChecked == 1)
        try tamper(f, "UPDATE compliance_marks SET due = '2025-12-31' WHERE device = 'CARD-E01' AND kind = 'monthly' AND quarter = '2025-10-01'")
        let problem = try f.store.verifySinceSeal().firstProblem ?? ""
        #expect(problem.hasPrefix("derived table compliance_marks says CARD-E01 monthly stood at 2025-12-31 on 2025-10-01"), "\(problem)")
    }

    @Test func anEditedEntryAfterTheSealBreaksTheChain() throws {
        let f = try sealedThenTwoInspections()
        let last = try f.store.changeMark()
        try tamper(f, "UPDATE audit SET actor = 'someone' WHERE id = \(last)")
        #expect(try f.store.verifySinceSeal().firstProblem?.hasPrefix("audit entry #\(last) ") == true)
    }

    @Test func aRolledBackHistoryFailsItsSeal() throws {
        let f = try sealedThenTwoInspections()
        try f.store.seal(at: f.at, login: "admin")
        let head = try f.store.changeMark()
        try tamper(f, "DELETE FROM audit WHERE id = \(head)")
        #expect(try f.store.verifySinceSeal().firstProblem?.contains("before the sealed entry") == true)
    }

    @Test func anEditBeforeTheSealIsLeftToTheFullCheck() throws {
        // What the quick check does not do, stated as a test: an archive row untouched since the
        // seal is not read again; the full verify still names it.
        let f = try sealedThenTwoInspections()
        try tamper(f, "UPDATE equipment SET location = 'X' WHERE tag = 'CARD-E01'")
        #expect(try f.store.verifySinceSeal().passed)
        #expect(try f.store.verify().firstProblem?.hasPrefix("equipment row CARD-E01") == true)
    }
}
