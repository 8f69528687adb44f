import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// R29 with R2: second-level maintenance is signed by two people, and in a store that requires
/// proof each signature is proven by its own signer's PIN; one missing proof refuses the whole
/// record (checklist answers included). Small hospital, store made with `--require-pin`, 10 March 2026.
struct SecondLevelSignatureTests {
    static let when = FacilityCalendar.shanghai.parseTime("2026-03-10T10:00")!

    func record(_ f: StoreFixture, pins: [String: String]) throws -> RecordedMaintenance {
        try f.store.write(actor: "admin", at: Self.when, options: WriteOptions(osAccount: nil, pins: pins)) {
            try $0.recordMaintenance(WorkStamp(device: "ICU-V01", at: Self.when, by: "admin"), tier: .second, with: "wang", plugTest: nil,
                                     checklist: .allNormal, calendar: .shanghai)
        }
    }

    @Test func bothSignaturesOfSecondLevelMaintenanceAreProven() throws {
        let f = try StoreFixture(requirePIN: true)
        try f.seedSmallHospital()
        _ = try f.importer.run(.people, file: try f.file("p2.csv", "login,name,roles,department\nwang,王工,engineer,\n"))
        for (login, pin) in [("admin", "24682468"), ("wang", "13571357")] {
            try f.store.write(actor: login, at: Self.when) { try $0.setPIN(pin, for: login, oldPIN: nil, osAccount: login) }
        }
        let before = try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") }
        // The maintenance person's PIN alone: the repair technician's signature is unproven, refused.
        #expect {
            try record(f, pins: ["admin": "24682468"])
        } throws: { "\($0)".hasPrefix("R2") && "\($0)".contains("wang") }
        #expect(try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") } == before)
        // Both: two signatures, each proven by its signer's PIN, and the five items of a powered
        // life-support device's second-level template (R29, R32) stored with the record.
        let made = try record(f, pins: ["admin": "24682468", "wang": "13571357"])
        let signatures = try f.store.read {
            try Row.fetchAll($0, sql: "SELECT signer, proof, meaning FROM signatures WHERE tbl = 'maintenance' AND row = ? ORDER BY id",
                             arguments: [made.maintenance]).map { "\($0["signer"] as String) \($0["proof"] as String)" }
        }
        #expect(signatures == ["admin pin", "wang pin"])
        #expect(try f.store.maintenanceAnswers(made.maintenance)?.entries.count == 5)
        #expect(try f.store.verify().passed)
    }
}
