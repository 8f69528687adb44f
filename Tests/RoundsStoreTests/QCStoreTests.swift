import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Radiation QC in the store (R75–R88), with hand-computed Shanghai days. The small hospital gets an
/// imaging department with a CT in service since 2018 (before tracking began on 2026-01-01), an MRI,
/// and two testing organisations: `jl-oph` (WS 519 and WS 76, acceptance and status, valid to
/// 2027-03-31) and `bad` (WS 76 status only, blacklisted from 2026-02-01).
struct QCStoreTests {
    static func t(_ text: String) -> Instant { FacilityCalendar.shanghai.parseTime(text)! }
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func hospital() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        _ = try f.importer.run(.departments, file: try f.file("img-d.csv", "code,name,key\nIMG,影像中心,no\n"))
        _ = try f.importer.run(.equipment, file: try f.file("img-e.csv", """
            tag,name,department,category,radiation,in_service,status
            IMG-CT01,CT,IMG,ct,yes,2018-01-01,in-service
            IMG-MR01,磁共振,IMG,mri,no,2018-01-01,in-service
            """))
        try f.store.write(actor: "admin", at: f.at) { rec in
            try rec.saveOrganisation(TestingOrganisation(code: "jl-oph", name: "吉林省职业病防治院", certificate: "(吉)放卫技字[2021]第01号",
                                                         scopeStandards: ["WS519-2019", "WS76-2020"], scopeKinds: [.acceptance, .status],
                                                         validFrom: day("2021-04-01"), validUntil: day("2027-03-31"), effective: day("2021-04-01")))
            try rec.saveOrganisation(TestingOrganisation(code: "bad", name: "某检测公司", certificate: "X-1", scopeStandards: ["WS76-2020"],
                                                         scopeKinds: [.status], validFrom: day("2021-04-01"), validUntil: day("2027-03-31"),
                                                         effective: day("2021-04-01")))
            try rec.blacklistOrganisation("bad", on: day("2026-02-01"), source: "信用吉林")
        }
        return f
    }

    /// A CT test with every item of its kind given `outcome` (one item `failing`).
    func ctTest(_ kind: QCTestKind, on tested: String, organisation: String = "jl-oph", failing: String? = nil) -> QCTestRecord {
        let items = QCStandards.ws519.groups[0].items(for: kind).map { QCItemResult(item: $0.code, outcome: $0.code == failing ? .fail : .pass) }
        return QCTestRecord(device: "IMG-CT01", kind: kind, standard: "WS519-2019", organisation: organisation, reportNumber: "JL-\(tested)",
                            testedOn: day(tested), instruments: ["RTI Piranha 657 #CB2-12345"], items: items)
    }

    @discardableResult
    func record(_ f: StoreFixture, _ test: QCTestRecord, at time: String, override: QCOverride? = nil) throws -> QCTestOutcome {
        try f.store.write(actor: "admin", at: Self.t(time)) { try $0.recordQCTest(test, by: "admin", override: override, calendar: .shanghai) }
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as StoreError { return e.description } catch { return "\(error)" }
    }

    func testCount(_ f: StoreFixture) throws -> Int {
        try f.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM qc_test_records") ?? -1 }
    }

    /// R84: a failed status test restricts the CT and opens a repair request; a passing retest lifts it.
    @Test func aFailedStatusTestRestrictsUntilAPassingRetest() throws {
        let f = try hospital()
        let failed = try record(f, ctTest(.status, on: "2026-03-02", failing: "noise"), at: "2026-03-03T09:00")
        #expect(!failed.passed && failed.ticket != nil)
        let ticket = try #require(try f.store.ticket(failed.ticket!.number))
        #expect(ticket.device == "IMG-CT01")
        let restricted = try f.store.qcRestricted(today: day("2026-03-03"))
        #expect(restricted.map(\.device.tag) == ["IMG-CT01"] && restricted.first?.restrictedBy?.id == failed.id)
        // Before the test day it was not restricted.
        #expect(try f.store.qcRestricted(today: day("2026-03-01")).isEmpty)
        // A passing stability test does not lift it (and needs no organisation).
        let stability = QCTestRecord(device: "IMG-CT01", kind: .stability, standard: "WS519-2019", testedOn: day("2026-03-05"),
                                     instruments: ["本院 CT 性能模体"],
                                     items: QCStandards.ws519.groups[0].items(for: .stability).map { QCItemResult(item: $0.code, outcome: .pass, measured: "1") },
                                     stability: StabilityConditions(exposure: "120 kV, 200 mAs", geometry: "head phantom, isocentre"))
        try record(f, stability, at: "2026-03-05T10:00")
        #expect(try f.store.qcRestricted(today: day("2026-03-05")).count == 1)
        let retest = try record(f, ctTest(.status, on: "2026-03-10"), at: "2026-03-10T16:00")
        #expect(retest.passed && retest.ticket == nil)
        #expect(try f.store.qcRestricted(today: day("2026-03-10")).isEmpty)
        #expect(try f.store.verify().passed)
    }

    /// R79: a status test on 29 February 2028 is due on 28 February 2029; reminders at 60, 30, 7 days.
    @Test func aStatusTestOn29FebruaryIsDueOn28FebruaryNextYear() throws {
        let f = try hospital()
        var org = try f.store.organisations(on: day("2026-03-01")).first { $0.code == "jl-oph" }!
        org.validUntil = day("2031-03-31"); org.effective = day("2027-03-01")
        try f.store.write(actor: "admin", at: Self.t("2027-03-01T09:00")) { try $0.saveOrganisation(org, change: "资质延续") }
        try record(f, ctTest(.status, on: "2028-02-29"), at: "2028-03-01T09:00")
        func standing(_ d: String) throws -> QCDueStanding { try #require(try f.store.qcStandings(today: day(d)).first { $0.device.tag == "IMG-CT01" }).due }
        #expect(try standing("2028-12-29") == QCDueStanding(due: day("2029-02-28"), daysLeft: 61, reminder: nil, overdue: false))
        #expect(try standing("2028-12-30").reminder == 60)
        #expect(try standing("2029-01-29").reminder == 30)
        #expect(try standing("2029-02-21").reminder == 7)
        #expect(try standing("2029-03-01") == QCDueStanding(due: day("2029-02-28"), daysLeft: -1, reminder: nil, overdue: true))
        // The MRI takes no QC test and is not listed.
        #expect(try f.store.qcStandings(today: day("2029-03-01")).map(\.device.tag) == ["IMG-CT01"])
        // R89: both versions of jl-oph are kept, and the test of 2028 was checked against the second.
        #expect(try f.store.organisationHistory("jl-oph").map(\.change) == ["", "资质延续"])
        // A change dated before the latest version is refused: it would be hidden by it.
        #expect(refusal { try f.store.write(actor: "admin", at: Self.t("2028-03-02T09:00")) { try $0.publishOrganisation("jl-oph", province: "吉林", on: Day(2026, 1, 1)!) } }?
            .hasPrefix("R89: jl-oph has a version effective 2027-03-01") == true)
    }

    /// R86: a blacklisted or out-of-scope organisation is refused, unless the equipment head approves with a reason.
    @Test func aBlacklistedOrOutOfScopeOrganisationIsRefused() throws {
        let f = try hospital()
        let byBad = ctTest(.status, on: "2026-03-02", organisation: "bad")
        let refused = refusal { try record(f, byBad, at: "2026-03-03T09:00") }
        #expect(refused?.hasPrefix("R86: ") == true && refused?.contains("scope does not cover a status test under WS519-2019") == true
                && refused?.contains("blacklisted since 2026-02-01 (信用吉林)") == true, "\(refused ?? "")")
        // Out of scope alone: jl-oph does not do stability tests.
        var stability = ctTest(.stability, on: "2026-03-02")
        stability.items = QCStandards.ws519.groups[0].items(for: .stability).map { QCItemResult(item: $0.code, outcome: .pass) }
        #expect(refusal { try record(f, stability, at: "2026-03-03T09:00") }?.contains("scope does not cover a stability test") == true)
        // An approver who is not the equipment head is refused.
        #expect(refusal { try record(f, byBad, at: "2026-03-03T09:00", override: QCOverride(approvedBy: "lina", reason: "急需")) }?
            .contains("not the equipment head") == true)
        #expect(refusal { try record(f, byBad, at: "2026-03-03T09:00", override: QCOverride(approvedBy: "admin", reason: " ")) }?.hasPrefix("R86") == true)
        #expect(try testCount(f) == 0)
        let approved = try record(f, byBad, at: "2026-03-03T09:00", override: QCOverride(approvedBy: "admin", reason: "省防治院排期已满，经卫健委同意临时委托"))
        let shown = try #require(try f.store.qcTest(approved.id))
        #expect(shown.overrideBy == "admin" && shown.certificate == "X-1" && shown.test.items.count == 10)
        #expect(try f.store.signatures("qc_test_records", row: approved.id).map(\.meaning) == [.performedQCTest, .approved])
    }

    /// R82, R83 in the store: nothing is written for an incomplete test or an untestable item without evidence.
    @Test func anUntestableItemWithoutEvidenceCannotBeFinalised() throws {
        let f = try hospital()
        var test = ctTest(.acceptance, on: "2026-03-02")
        test.items[0] = QCItemResult(item: test.items[0].item, outcome: .untestable, note: "设备无定位光")
        #expect(refusal { try record(f, test, at: "2026-03-03T09:00") }?.hasPrefix("R82: ") == true)
        test.items[0].manufacturerConfirmation = "scan/厂方确认函.pdf"; test.items[0].hospitalSeal = "scan/院方盖章认可.pdf"
        test.items.removeLast()
        #expect(refusal { try record(f, test, at: "2026-03-03T09:00") }?.hasPrefix("R83: ") == true)
        #expect(try testCount(f) == 0)
        // R75: the MRI takes no QC test; R4: not before it is done.
        var mri = ctTest(.status, on: "2026-03-02"); mri.device = "IMG-MR01"
        #expect(refusal { try record(f, mri, at: "2026-03-03T09:00") }?.hasPrefix("R75: ") == true)
        #expect(refusal { try record(f, ctTest(.status, on: "2026-03-04"), at: "2026-03-03T09:00") }?.hasPrefix("R4: ") == true)
    }

    /// R77: a new CT cannot be imported or set in service without a passed acceptance test.
    @Test func aNewRadiationDeviceCannotEnterServiceWithoutAcceptance() throws {
        let f = try hospital()
        let file = { (status: String) in try f.file("ct2-\(status).csv", "tag,name,department,category,radiation,in_service,status\nIMG-CT02,CT,IMG,ct,yes,2026-02-20,\(status)\n") }
        #expect(refusal { _ = try f.importer.run(.equipment, file: try file("in-service")) }?.contains("R77") == true)
        _ = try f.importer.run(.equipment, file: try file("stopped"))
        let setInService = { try f.store.write(actor: "admin", at: Self.t("2026-03-03T10:00")) { try $0.setStatus(of: "IMG-CT02", to: .inService, reason: "新装机") } }
        #expect(refusal(setInService)?.hasPrefix("R77: radiation device IMG-CT02 has no passed acceptance test") == true)
        var failing = ctTest(.acceptance, on: "2026-03-02", failing: "noise"); failing.device = "IMG-CT02"
        try record(f, failing, at: "2026-03-02T17:00")
        #expect(refusal(setInService)?.contains("R77") == true, "a failed acceptance test does not let it in")
        var passing = ctTest(.acceptance, on: "2026-03-03"); passing.device = "IMG-CT02"
        try record(f, passing, at: "2026-03-03T09:00")
        try setInService()
        #expect(try f.store.device("IMG-CT02")?.status == .inService)
        #expect(try f.store.verify().passed)
    }

    /// R77: after a repair that replaced an important part, a stopped CT goes back in service only with
    /// an acceptance test passed on or after the repair day.
    @Test func afterAMajorRepairTheDeviceReentersServiceOnlyWithANewAcceptanceTest() throws {
        let f = try hospital()
        let write = { (time: String, body: (Recorder) throws -> Void) in try f.store.write(actor: "admin", at: Self.t(time), body) }
        try write("2026-03-02T08:00") { try $0.setStatus(of: "IMG-CT01", to: .stopped, reason: "球管打火") }
        var number: TicketNumber?
        try write("2026-03-02T08:10") { number = try $0.reportFault(device: "IMG-CT01", fault: "球管打火", at: Self.t("2026-03-02T08:10"), by: "admin",
                                                                     source: .request, calendar: .shanghai).number }
        let steps: [(String, TicketStep)] = [("2026-03-02T08:30", .assigned(to: "admin")), ("2026-03-02T08:45", .received()),
                                             ("2026-03-02T09:00", .started),
                                             ("2026-03-04T16:00", .repaired(work: "更换球管", cause: .component, majorPartReplaced: true))]
        for (time, step) in steps {
            try write(time) { try $0.recordTicketStep(number!, TicketEvent(at: Self.t(time), by: "admin", step: step), calendar: .shanghai) }
        }
        let back = { try write("2026-03-05T10:00") { try $0.setStatus(of: "IMG-CT01", to: .inService, reason: "维修完成") } }
        #expect(refusal(back)?.hasPrefix("R77: an important part of radiation device IMG-CT01 was replaced on 2026-03-04") == true)
        try record(f, ctTest(.acceptance, on: "2026-03-03"), at: "2026-03-04T17:00")
        #expect(refusal(back)?.contains("was replaced on 2026-03-04") == true, "an acceptance test before the repair does not count")
        try record(f, ctTest(.acceptance, on: "2026-03-05"), at: "2026-03-05T09:00")
        try back()
        #expect(try f.store.device("IMG-CT01")?.status == .inService)
    }

    /// R88: the half-year list holds the tests done in it; R3: an item edited outside is named by verify.
    @Test func theHalfYearListAndVerifyCoverTheNewTables() throws {
        let f = try hospital()
        try record(f, ctTest(.status, on: "2026-06-30"), at: "2026-07-01T09:00")
        try record(f, ctTest(.status, on: "2026-07-01"), at: "2026-07-01T10:00")
        #expect(try f.store.halfYearTests(HalfYear(year: 2026, half: 1)).map(\.test.testedOn) == [day("2026-06-30")])
        #expect(try f.store.halfYearTests(HalfYear(year: 2026, half: 2)).map(\.test.testedOn) == [day("2026-07-01")])
        #expect(try f.store.verify().passed)
        let q = try DatabaseQueue(path: f.store.path)
        try q.write { try $0.execute(sql: "UPDATE qc_test_items SET outcome = 'fail' WHERE id = 1") }
        #expect(try f.store.verify().firstProblem?.hasPrefix("qc_test_items row 1 does not match audit entry") == true)
    }
}
