import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// The audit chain catches any change made behind the program's back (R3).
struct VerifyTests {
    @Test func untouchedStorePasses() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let r = try f.store.verify()
        #expect(r.passed)
        #expect(r.integrity == "ok")
        // 4 settings (tz, since, require_pin, store-kind) + 2 departments + 3 people + 3 devices + 3 status-history rows = 15 entries.
        #expect(r.auditEntries == 15)
    }

    /// Opens the file directly, as the sqlite3 tool would, and runs one statement.
    func tamper(_ f: StoreFixture, _ sql: String) throws {
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: sql) }
    }

    @Test func editedEquipmentRowIsNamed() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        try tamper(f, "UPDATE equipment SET status = 'stopped' WHERE tag = 'ICU-M01'")
        let r = try f.store.verify()
        #expect(!r.passed)
        #expect(r.firstProblem?.hasPrefix("equipment row ICU-M01 does not match audit entry #") == true)
        #expect(r.firstProblem?.contains("status: recorded standby, found stopped") == true)
    }

    @Test func rowAddedOrDeletedOutsideIsNamed() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        try tamper(f, "DELETE FROM people WHERE login = 'zhaolei'")
        #expect(try f.store.verify().firstProblem?.contains("people row zhaolei") == true)
        let g = try StoreFixture()
        try g.seedSmallHospital()
        try tamper(g, "INSERT INTO departments (code, name, is_key) VALUES ('X', 'X', 0)")
        #expect(try g.store.verify().firstProblem == "departments row X has no audit entry: it was added outside rounds")
    }

    /// The small hospital with twelve monthly inspections of ICU-V01 in February, verified.
    func hospitalWithTwelveInspections() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        try f.store.write(actor: "admin", at: f.at, options: .generated) { rec in
            for day in 1...12 {
                let at = FacilityCalendar.shanghai.instant(Day(2026, 2, day)!, secondOfDay: 10 * 3600)
                _ = try rec.recordInspection(WorkStamp(device: "ICU-V01", at: at, by: "admin"), kind: .monthly, result: .ok, calendar: .shanghai)
            }
        }
        #expect(try f.store.verify().passed)
        return f
    }

    /// Records keyed by rowid (inspections) are checked beside the chain, row n against the entry
    /// that recorded it (Audit/StreamedRowCheck.swift); anything that does not fit hands the table
    /// to the row check, which reads the audit index in key order ("1", "10", "2", …), seeks each
    /// row by its id and names the problem (Audit/RowCheck.swift). The renumbered and the edited
    /// middle rows are the ones only the hand-back finds.
    @Test func inspectionDeletedAddedOrRenumberedOutsideIsNamed() throws {
        let deleted = try hospitalWithTwelveInspections()
        try tamper(deleted, "DELETE FROM inspections WHERE id = 10")
        #expect(try deleted.store.verify().firstProblem?.hasPrefix("inspections row 10 (audit entry #") == true)
        let added = try hospitalWithTwelveInspections()
        try tamper(added, "INSERT INTO inspections (device, kind, result, note, at, day, by, recorded_at, recorded_by) SELECT device, kind, result, note, at, day, by, recorded_at, recorded_by FROM inspections WHERE id = 3")
        #expect(try added.store.verify().firstProblem == "inspections row 13 has no audit entry: it was added outside rounds")
        // Renumbered: entry 2's row is gone from its key, and the count still matches.
        let renumbered = try hospitalWithTwelveInspections()
        try tamper(renumbered, "UPDATE inspections SET id = 20 WHERE id = 2")
        #expect(try renumbered.store.verify().firstProblem?.hasPrefix("inspections row 2 (audit entry #") == true)
        let edited = try hospitalWithTwelveInspections()
        try tamper(edited, "UPDATE inspections SET result = 'hazard' WHERE id = 6")
        #expect(try edited.store.verify().firstProblem?.hasPrefix("inspections row 6 does not match audit entry #") == true)
        #expect(try edited.store.verify().firstProblem?.contains("result: recorded ok, found hazard") == true)
    }

    /// Every audited row is counted once, whether it was checked beside the chain or by the row
    /// check: 15 rows of the small hospital (as `untouchedStorePasses` counts its entries), 12
    /// inspections and the 12 signatures and other rows they wrote, as the tables hold them.
    @Test func everyRowIsCheckedOnce() throws {
        let f = try hospitalWithTwelveInspections()
        let rows = try f.store.read { db in
            try Verifier.auditedTables.reduce(0) { $0 + (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($1)") ?? 0) }
        }
        let r = try f.store.verify()
        #expect(r.passed)
        #expect(try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM inspections") } == 12)
        #expect(r.rowsChecked == rows)
    }

    @Test func editedAuditEntryBreaksTheChain() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        try tamper(f, "UPDATE audit SET actor = 'someone' WHERE id = 5")
        #expect(try f.store.verify().firstProblem?.hasPrefix("audit entry #5 ") == true)
    }

    @Test func twoConnectionsWriteAtOnce() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let stores = [f.store, try Store.open(path: f.store.path)]
        let at = f.at
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            for n in 0..<50 {
                try? stores[i].write(actor: "admin", at: at) { rec in
                    try rec.save(Department(code: "D\(i)-\(n)", name: "科室\(n)"))
                }
            }
        }
        #expect(try f.store.departments().count == 102)
        #expect(try f.store.verify().passed)   // the chain stays linear under contention
    }
}
