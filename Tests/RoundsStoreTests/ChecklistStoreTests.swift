import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Checklist answers in the store (R14, R16, R18, R19, R32): written with their record in one audited
/// transaction, refused with a blank item, findings raised per item, the room answered once.
/// The small hospital plus a defibrillator in the ventilator's room (ICU 01床); Shanghai times.
struct ChecklistStoreTests {
    static let when = FacilityCalendar.shanghai.parseTime("2026-03-10T10:00")!

    func hospital() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        _ = try f.importer.run(.equipment, file: try f.file("more.csv", """
            tag,name,department,category,emergency,in_service,location
            ICU-D01,除颤仪,ICU,defibrillator,yes,2024-01-01,ICU 01床
            ICU-B01,简易呼吸器,ICU,resuscitator,yes,2024-01-01,ICU 01床
            """))
        return f
    }

    func record(_ f: StoreFixture, _ device: String, _ kind: InspectionKind, _ input: ChecklistInput, round: Int64? = nil) throws -> RecordedInspection {
        try f.store.write(actor: "admin", at: Self.when) {
            try $0.recordInspection(WorkStamp(device: device, at: Self.when, by: "admin"), kind: kind, checklist: input,
                                    calendar: .shanghai, round: round)
        }
    }

    func count(_ f: StoreFixture, _ table: String) throws -> Int {
        try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// Every item of a device's quarterly template answered normal, by code (room items included).
    func quarterlyNormal(_ device: String, _ f: StoreFixture) throws -> [String: ChecklistAnswer] {
        let d = try #require(try f.store.device(device))
        return Dictionary(uniqueKeysWithValues: ChecklistTemplates.items(.quarterly, for: d).map { ($0.code, ChecklistAnswer.normal) })
    }

    /// R18: a quarterly record with "wear" blank is refused, naming it, and nothing is written.
    @Test func aQuarterlyRecordWithABlankItemIsRefused() throws {
        let f = try hospital()
        var given = try quarterlyNormal("CARD-E01", f)
        given["wear"] = nil
        let before = try count(f, "audit")
        #expect {
            try record(f, "CARD-E01", .quarterly, .items(given))
        } throws: { error in
            "\(error)".hasPrefix("R18: checklist item 'wear' (Degree of wear) is blank")
        }
        #expect(try count(f, "audit") == before)
        #expect(try count(f, "inspections") == 0)
    }

    /// R16: "power" abnormal raises one hazard item with the item in its note; the record is a hazard.
    /// A second item chosen to raise a ticket opens one repair ticket instead (R36), result fault.
    @Test func anAbnormalItemRaisesAHazardOrATicket() throws {
        let f = try hospital()
        let d = try #require(try f.store.device("CARD-E01"))
        var given = Dictionary(uniqueKeysWithValues: ChecklistTemplates.items(.monthly, for: d).map { ($0.code, ChecklistAnswer.normal) })
        given["power"] = .abnormal(note: "电源线外皮破损", raises: .hazard)
        let made = try record(f, "CARD-E01", .monthly, .items(given))
        #expect(made.hazards.count == 1 && made.fault == nil)
        let note = try f.store.read { try String.fetchOne($0, sql: "SELECT note FROM hazards WHERE id = ?", arguments: [made.hazards[0]]) }
        #expect(note == "power: 电源线外皮破损")
        let detail = try #require(try f.store.inspection(made.inspection))
        #expect(detail.result == .hazard && detail.answers?["power"] == .abnormal(note: "电源线外皮破损", raises: .hazard))

        given["power"] = .normal
        given["selftest"] = .abnormal(note: "开机无显示", raises: .ticket)
        let faulty = try f.store.write(actor: "admin", at: Self.when.adding(seconds: 600)) {
            try $0.recordInspection(WorkStamp(device: "CARD-E01", at: Self.when.adding(seconds: 600), by: "admin"), kind: .monthly,
                                    checklist: .items(given), calendar: .shanghai)
        }
        #expect(faulty.hazards.isEmpty && faulty.fault != nil)
        #expect(try f.store.inspection(faulty.inspection)?.result == .fault)
        #expect(try f.store.verify().passed)
    }

    /// All normal answers each of the defibrillator's seven ten-day items (R32's powered test among
    /// them) normal, stored item by item; the bag-valve resuscitator's four, none about power.
    @Test func allNormalAnswersEveryItem() throws {
        let f = try hospital()
        let defib = try record(f, "ICU-D01", .tenDay, .allNormal)
        let json = try f.store.read { try String.fetchOne($0, sql: "SELECT answers FROM checklist_answers WHERE record = ?", arguments: [defib.inspection]) }
        let sheet = try #require(json.flatMap(ChecklistJSON.decode))
        #expect(sheet.entries.map(\.code) == ["casing", "power", "selftest", "alarms", "labels", "battery", "powered-test"])
        #expect(sheet.isAllNormal)
        let bag = try record(f, "ICU-B01", .tenDay, .allNormal)
        #expect(try f.store.inspection(bag.inspection)?.answers?.entries.map(\.code) == ["casing", "manual", "labels", "function-test"])
    }

    /// R19: in one quarterly round the room ICU 01床 is answered with its first device only; the second
    /// device's record is covered by it, and answering the room again is refused.
    @Test func theEnvironmentIsAnsweredOncePerRoomPerRound() throws {
        let f = try hospital()
        let round = try f.store.write(actor: "admin", at: Self.when) { try $0.startRound(kind: .quarterly, department: "ICU") }
        let first = try record(f, "ICU-V01", .quarterly, .allNormal, round: round)
        let second = try record(f, "ICU-D01", .quarterly, .allNormal, round: round)
        #expect(try count(f, "room_checklists") == 1)
        let detail = try #require(try f.store.inspection(second.inspection))
        #expect(detail.answers?.entries.count == 7)
        #expect(detail.room?.inspection == first.inspection && detail.room?.sheet.entries.count == 9)
        #expect(try f.store.answeredRooms(round: round) == ["ICU 01床"])
        #expect {
            try record(f, "ICU-B01", .quarterly, .items(try quarterlyNormal("ICU-B01", f)), round: round)
        } throws: { "\($0)".hasPrefix("R19: 'static' is an item of the room ICU 01床") }
    }

    /// An answer rewritten behind the program's back is caught by verify (R3).
    @Test func verifyNamesAnAnswerEditedOutside() throws {
        let f = try hospital()
        _ = try record(f, "ICU-D01", .tenDay, .allNormal)
        #expect(try f.store.verify().passed)
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: "UPDATE checklist_answers SET answers = replace(answers, 'normal', 'na')") }
        let r = try f.store.verify()
        #expect(r.firstProblem?.hasPrefix("checklist_answers row 1 does not match audit entry #") == true, "\(r.firstProblem ?? "")")
    }

    /// R29 + R32: second-level maintenance of the defibrillator with its powered test failed: the
    /// item raises a repair ticket even when a hazard was chosen, the record's plug test is "fail",
    /// and all six items are stored. Both signatures are still required (R29).
    @Test func aFailedPoweredTestInSecondLevelMaintenanceOpensATicket() throws {
        let f = try hospital()
        _ = try f.importer.run(.people, file: try f.file("p2.csv", "login,name,roles,department\nwang,王工,engineer,\n"))
        let input = ChecklistInput(given: ["powered-test": .abnormal(note: "放电无输出", raises: .hazard)], restNormal: true)
        #expect {
            try f.store.write(actor: "admin", at: Self.when) {
                try $0.recordMaintenance(WorkStamp(device: "ICU-D01", at: Self.when, by: "admin"), tier: .second, with: nil, plugTest: nil,
                                         checklist: input, calendar: .shanghai)
            }
        } throws: { "\($0)".hasPrefix("R29") }
        let made = try f.store.write(actor: "admin", at: Self.when) {
            try $0.recordMaintenance(WorkStamp(device: "ICU-D01", at: Self.when, by: "admin"), tier: .second, with: "wang", plugTest: nil,
                                     checklist: input, calendar: .shanghai)
        }
        #expect(made.hazards.isEmpty)
        #expect(try f.store.read { try String.fetchOne($0, sql: "SELECT plug_test FROM maintenance") } == "fail")
        #expect(try count(f, "tickets") == 1)
        let sheet = try #require(try f.store.maintenanceAnswers(made.maintenance))
        #expect(sheet.entries.map(\.code) == ["main-body", "precision", "wear-parts", "components", "powered-test"])
        #expect(sheet["powered-test"] == .abnormal(note: "放电无输出", raises: .ticket))
        #expect(try f.store.verify().passed)
    }
}
