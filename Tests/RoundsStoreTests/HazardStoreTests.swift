import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// R16 in the store: a hazard found on an inspection is assigned, resolved or converted into a
/// repair ticket; each step is audited and signed, every refusal names R16 and writes nothing.
/// Shanghai local times; the hazard on ICU-V01 is found on Tuesday 10 March 2026 at 10:00.
struct HazardStoreTests {
    static func t(_ text: String) -> Instant { FacilityCalendar.shanghai.parseTime(text)! }

    /// The small hospital with one hazard found on ICU-V01; returns the fixture and the hazard id.
    func hospitalWithHazard(device: String = "ICU-V01", note: String = "电源线外皮破损") throws -> (StoreFixture, Int64) {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let id = try record(f, device: device, note: note)
        return (f, id)
    }

    func record(_ f: StoreFixture, device: String, note: String) throws -> Int64 {
        let found = Self.t("2026-03-10T10:00")
        let made = try f.store.write(actor: "admin", at: found) {
            try $0.recordInspection(WorkStamp(device: device, at: found, by: "admin", note: note), kind: .monthly, result: .hazard,
                                    calendar: .shanghai)
        }
        return try #require(made.hazard)
    }

    /// Records a step entered at its own time, as `by`.
    @discardableResult
    func step(_ f: StoreFixture, _ id: Int64, _ time: String, _ step: HazardStep, by: String = "admin") throws -> HazardItem {
        try f.store.write(actor: by, at: Self.t(time)) { try $0.recordHazardStep(id, HazardEvent(at: Self.t(time), by: by, step: step)) }
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as StoreError { return e.description } catch { return "\(error)" }
    }

    func eventCount(_ f: StoreFixture) throws -> Int {
        try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM hazard_events") ?? -1 }
    }

    @Test func aHazardIsListedOpenWithItsAgeThenAssignedAndResolved() throws {
        let (f, id) = try hospitalWithHazard()
        let listed = try f.store.hazards(HazardFilter(openOnly: true), asOf: Self.t("2026-03-12T08:00"))
        #expect(listed.map(\.id) == [id])
        #expect(listed.first?.department == "ICU" && listed.first?.note == "电源线外皮破损" && listed.first?.foundBy == "admin")
        #expect(listed.first?.ageDays(asOf: Self.t("2026-03-12T08:00"), calendar: .shanghai) == 2)
        // Not yet found on the 9th.
        #expect(try f.store.hazards(asOf: Self.t("2026-03-09T12:00")).isEmpty)

        try step(f, id, "2026-03-10T11:00", .assigned(to: "admin"))
        let resolved = try step(f, id, "2026-03-11T09:00", .resolved(action: "更换电源线并测试"))
        #expect(resolved.state == .resolved && resolved.assignee == "admin" && resolved.action == "更换电源线并测试")
        #expect(try f.store.hazards(HazardFilter(openOnly: true), asOf: Self.t("2026-03-12T08:00")).isEmpty)
        // As of the evening of the 10th it was still assigned; the full list keeps it resolved.
        #expect(try f.store.hazards(HazardFilter(openOnly: true), asOf: Self.t("2026-03-10T20:00")).first?.state == .assigned)
        #expect(try f.store.hazards(asOf: Self.t("2026-03-12T08:00")).first?.state == .resolved)

        let rows = try f.store.read { try Row.fetchAll($0, sql: "SELECT id, step, to_login, action, device FROM hazard_events ORDER BY id") }
        #expect(rows.map { $0["step"] as String } == ["assigned", "resolved"])
        #expect(rows.map { $0["device"] as String } == ["ICU-V01", "ICU-V01"])
        let meanings = try rows.map { try f.store.signatures("hazard_events", row: $0["id"]).map(\.meaning) }
        #expect(meanings == [[.hazardStep], [.resolvedHazard]])
        #expect(try f.store.verify().passed)
    }

    @Test func everyRefusalNamesR16AndWritesNothing() throws {
        let (f, id) = try hospitalWithHazard()
        // lina is custodian and operator, not an engineer.
        #expect(refusal { try step(f, id, "2026-03-10T11:00", .assigned(to: "lina")) }?.hasPrefix("R16: ") == true)
        #expect(refusal { try step(f, id, "2026-03-10T11:00", .assigned(to: "ghost")) }?.hasPrefix("R16: no person 'ghost'") == true)
        #expect(refusal { try step(f, id, "2026-03-10T11:00", .resolved(action: " ")) }?.contains("--action") == true)
        #expect(refusal { try step(f, id, "2026-03-10T09:00", .resolved(action: "已处理")) }?.contains("before the hazard was found") == true)
        #expect(refusal { try step(f, 999, "2026-03-10T11:00", .resolved(action: "已处理")) } == "no hazard 999")
        #expect(try eventCount(f) == 0)

        try step(f, id, "2026-03-11T09:00", .resolved(action: "已处理"))
        #expect(refusal { try step(f, id, "2026-03-11T10:00", .assigned(to: "admin")) }
                == "R16: hazard \(id) is already resolved: a closed hazard takes no further step")
        #expect(refusal {
            try f.store.write(actor: "admin", at: Self.t("2026-03-11T10:00")) {
                _ = try $0.convertHazard(id, at: Self.t("2026-03-11T10:00"), by: "admin", calendar: .shanghai)
            }
        }?.hasPrefix("R16: hazard \(id) is already resolved") == true)
        #expect(try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM tickets") } == 0, "a refused conversion opens no ticket")
        #expect(try eventCount(f) == 1)
        #expect(try f.store.verify().passed)
    }

    @Test func convertingOpensARepairTicketFromTheInspection() throws {
        let (f, id) = try hospitalWithHazard(device: "CARD-E01", note: "导联线接头松动")
        let when = Self.t("2026-03-10T14:00")
        let made = try f.store.write(actor: "admin", at: when) { try $0.convertHazard(id, at: when, by: "admin", calendar: .shanghai) }
        #expect(made.hazard.state == .converted && made.hazard.ticket == made.fault.number && !made.fault.linked)
        let ticket = try #require(try f.store.ticket(made.fault.number))
        #expect(ticket.device == "CARD-E01" && ticket.fault == "导联线接头松动" && ticket.openedAt == when)
        guard case let .opened(_, _, outOfService, _, _, source, _)? = ticket.events.first?.step else {
            Issue.record("the ticket starts with its request"); return
        }
        #expect(source == .inspection && outOfService)
        #expect(try f.store.hazard(id)?.ticket == made.fault.number)
        #expect(refusal { try step(f, id, "2026-03-10T15:00", .resolved(action: "已处理")) }?.contains("converted to repair ticket \(made.fault.number)") == true)
        #expect(try f.store.verify().passed)
    }

    @Test func theHandoverSheetListsOpenHazardsHoweverOldUntilResolved() throws {
        let (f, id) = try hospitalWithHazard()
        try step(f, id, "2026-03-10T11:00", .assigned(to: "admin"))
        // Twelve days later it is still open: the sheet lists it, with its state.
        let sheet = try f.store.handoverSheet(department: "ICU", now: Self.t("2026-03-22T09:00"))
        #expect(sheet.hazards.map(\.note) == ["电源线外皮破损"] && sheet.hazards.first?.state == .assigned)
        try step(f, id, "2026-03-22T10:00", .resolved(action: "更换电源线"))
        #expect(try f.store.handoverSheet(department: "ICU", now: Self.t("2026-03-22T11:00")).hazards.isEmpty)
    }

    /// A resolution rewritten behind the program's back (say with the sqlite3 tool) is caught by verify.
    @Test func verifyNamesAHazardStepEditedOutside() throws {
        let (f, id) = try hospitalWithHazard()
        try step(f, id, "2026-03-11T09:00", .resolved(action: "更换电源线"))
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: "UPDATE hazard_events SET action = '已处理' WHERE hazard = ?", arguments: [id]) }
        let r = try f.store.verify()
        #expect(!r.passed)
        #expect(r.firstProblem?.hasPrefix("hazard_events row 1 does not match audit entry #") == true, "\(r.firstProblem ?? "")")
    }

    /// A hazard recorded by mistake and amended to normal leaves the lists: its correction stands for it.
    @Test func anAmendedHazardLeavesTheLists() throws {
        let (f, id) = try hospitalWithHazard()
        let inspection = try f.store.read { try Int64.fetchOne($0, sql: "SELECT inspection FROM hazards WHERE id = ?", arguments: [id]) }
        let when = Self.t("2026-03-10T10:30")
        try f.store.write(actor: "admin", at: when) {
            try $0.amendToNormal(.inspection, original: try #require(inspection), stamp: WorkStamp(device: "ICU-V01", at: when, by: "admin"),
                                 reason: "误录：电源线完好", ticket: .keep, calendar: .shanghai)
        }
        #expect(try f.store.hazards(asOf: Self.t("2026-03-11T09:00")).isEmpty)
        #expect(try f.store.handoverSheet(department: "ICU", now: Self.t("2026-03-11T09:00")).hazards.isEmpty)
    }

    @Test func theOpenDaysRuleIsASetting() throws {
        let (f, _) = try hospitalWithHazard()
        #expect(try f.store.hazardRules().openDays == 3)
        try f.store.write(actor: "admin", at: f.at) { try $0.setRule(.hazardOpenDays, "5") }
        #expect(try f.store.hazardRules().openDays == 5)
        #expect(refusal { try f.store.write(actor: "admin", at: f.at) { try $0.setRule(.hazardOpenDays, "-1") } }?.contains("rule.hazard-open-days") == true)
    }
}
