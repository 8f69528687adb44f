import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Licences and the imaging log in the store (R65, R66, R68, R90–R95), with hand-computed Shanghai
/// days. The small hospital gets an imaging department with a DR and a CT (radiation) and an MRI,
/// and a director to approve scrapping.
struct LicenceStoreTests {
    static func t(_ text: String) -> Instant { FacilityCalendar.shanghai.parseTime(text)! }
    func day(_ text: String) -> Day { Day(parsing: text)! }
    let number = "吉卫放证字〔2024〕第0012号"

    func hospital() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        _ = try f.importer.run(.departments, file: try f.file("img-d.csv", "code,name,key\nIMG,影像中心,no\n"))
        _ = try f.importer.run(.people, file: try f.file("img-p.csv", "login,name,roles,department\nyuan,袁院长,director,\n"))
        _ = try f.importer.run(.equipment, file: try f.file("img-e.csv", """
            tag,name,department,category,radiation,in_service,status,custodian
            IMG-DR01,DR,IMG,dr,yes,2019-01-01,in-service,lina
            IMG-CT01,CT,IMG,ct,yes,2019-01-01,in-service,lina
            IMG-MR01,磁共振,IMG,mri,no,2019-01-01,in-service,lina
            """))
        return f
    }

    func write(_ f: StoreFixture, _ time: String, actor: String = "admin", _ body: (Recorder) throws -> Void) throws {
        try f.store.write(actor: actor, at: Self.t(time)) { try body($0) }
    }

    func licence(_ f: StoreFixture, due: String = "2026-06-30") throws {
        try write(f, "2026-03-02T09:00") { rec in
            try rec.recordLicence(RadiationLicence(number: number, holder: "示范医院", authority: "长春市卫生健康委员会", issuedOn: day("2024-07-01"),
                                                   categories: [.xrayImaging], verificationDue: day(due)), today: day("2026-03-02"))
            try rec.addLicensedDevice(LicensedDevice(licence: number, device: "IMG-CT01", parameters: "140 kV / 800 mA", listedOn: day("2024-07-01")),
                                      today: day("2026-03-02"))
        }
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as StoreError { return e.description } catch { return "\(error)" }
    }

    /// R92: the DR is in service and on no licence; listing it closes the task.
    @Test func anInServiceDeviceNotOnTheLicenceIsFlagged() throws {
        let f = try hospital()
        try licence(f)
        var tasks = try f.store.licenceTasks(today: day("2026-03-03"))
        #expect(tasks.filter { $0.kind == .notOnLicence }.map(\.device) == ["IMG-DR01"])
        try write(f, "2026-03-03T09:00") {
            try $0.addLicensedDevice(LicensedDevice(licence: number, device: "IMG-DR01", parameters: "150 kV / 630 mA", listedOn: day("2026-03-03")),
                                     today: day("2026-03-03"))
        }
        tasks = try f.store.licenceTasks(today: day("2026-03-03"))
        #expect(tasks.filter { $0.kind == .notOnLicence }.isEmpty)
        #expect(refusal { try write(f, "2026-03-03T10:00") {
            try $0.addLicensedDevice(LicensedDevice(licence: number, device: "IMG-DR01", parameters: "x", listedOn: day("2026-03-03")), today: day("2026-03-03"))
        } }?.hasPrefix("R92:") == true)
    }

    /// R91 through the store: due 2026-06-30 and a verification on 2026-06-20 setting 2028-06-30;
    /// before it, 1 July is one day overdue.
    @Test func aVerificationMovesTheDueDay() throws {
        let f = try hospital()
        try licence(f)
        let late = try f.store.licenceStandings(today: day("2026-07-01"))[0].due
        #expect(late.overdue && late.daysLeft == -1)
        #expect(try f.store.licenceTasks(today: day("2026-07-01")).contains { $0.kind == .verificationOverdue && $0.licence == number })
        try write(f, "2026-06-20T09:00") {
            try $0.recordLicenceVerification(LicenceVerification(licence: number, verifiedOn: day("2026-06-20"), nextDue: day("2028-06-30")),
                                             today: day("2026-06-20"))
        }
        let s = try f.store.licenceStandings(today: day("2026-07-01"))[0]
        #expect(s.due.due == day("2028-06-30") && !s.due.overdue && s.verifications.count == 1)
        // R4: a verification dated after today is refused.
        #expect(refusal { try write(f, "2026-06-21T09:00") {
            try $0.recordLicenceVerification(LicenceVerification(licence: number, verifiedOn: day("2026-06-22"), nextDue: day("2028-06-30")),
                                             today: day("2026-06-21"))
        } }?.hasPrefix("R4:") == true)
    }

    /// R65: completing the scrapping of the listed CT opens its deregistration task, naming the
    /// request; recording the removal closes it.
    @Test func scrappingALicensedDeviceOpensTheChangeTask() throws {
        let f = try hospital()
        try licence(f)
        var request: Int64 = 0
        try write(f, "2026-03-05T09:00") { request = try $0.requestScrapping(devices: ["IMG-CT01"], reason: "球管老化无法修复", condition: "",
                                                                              repairSummary: "", remainingValueFen: 0) }
        #expect(try f.store.licenceTasks(today: day("2026-03-05")).filter { $0.kind == .deregister }.isEmpty)
        try write(f, "2026-03-06T09:00") { try $0.recordScrapStep(request, .approved(role: .equipmentHead, note: "")) }
        try write(f, "2026-03-07T09:00", actor: "yuan") { try $0.recordScrapStep(request, .approved(role: .director, note: "")) }
        try write(f, "2026-03-08T09:00") { try $0.recordScrapStep(request, .completed) }
        let open = try f.store.licenceTasks(today: day("2026-03-09")).filter { $0.kind == .deregister }
        #expect(open.map(\.device) == ["IMG-CT01"] && open[0].rule == "R65" && open[0].day == day("2026-03-08"))
        #expect(open[0].text.en.contains("scrapped by request \(request) on 2026-03-08"))
        try write(f, "2026-03-09T09:00") { try $0.removeLicensedDevice("IMG-CT01", on: day("2026-03-09"), reason: "报废注销", today: day("2026-03-09")) }
        #expect(try f.store.licenceTasks(today: day("2026-03-09")).filter { $0.kind == .deregister }.isEmpty)
    }

    /// R95: the exemption's task is open until a licence issued on or after it is recorded.
    @Test func theExemptionKeepsItsTaskOpenUntilTheLicence() throws {
        let f = try hospital()
        try write(f, "2026-03-02T09:00") { try $0.recordLicenceExemption(basis: LicenceExemption.epidemicBasis, on: day("2026-02-10"), note: "", today: day("2026-03-02")) }
        #expect(try f.store.licenceTasks(today: day("2026-03-03")).filter { $0.kind == .exemptionOpen }.count == 1)
        try licence(f)   // issued 2024-07-01: before the exemption, it does not close it
        #expect(try f.store.licenceTasks(today: day("2026-03-03")).filter { $0.kind == .exemptionOpen }.count == 1)
        try write(f, "2026-03-04T09:00") {
            try $0.recordLicence(RadiationLicence(number: "吉卫放证字〔2026〕第0003号", holder: "示范医院", authority: "长春市卫生健康委员会",
                                                  issuedOn: day("2026-03-04"), categories: [.xrayImaging], verificationDue: day("2028-03-04")),
                                 today: day("2026-03-04"))
        }
        #expect(try f.store.licenceTasks(today: day("2026-03-04")).filter { $0.kind == .exemptionOpen }.isEmpty)
    }

    /// R66: the CT logs 1–3 and 5 March; on the morning of 6 March the 4th is missing, shown to its
    /// keeper; the DR and the MRI, never logged, miss every day from 1 to 5 March.
    @Test func aMissingImagingLogDayIsFlaggedTheNextMorning() throws {
        let f = try hospital()
        for d in [1, 2, 3, 5] {
            try write(f, "2026-03-0\(d)T18:00") {
                try $0.recordRunningStatus(RunningStatusEntry(device: "IMG-CT01", day: day("2026-03-0\(d)"), status: .normal, exams: 40, keptBy: "lina"),
                                           today: day("2026-03-0\(d)"))
            }
        }
        let missing = try f.store.imagingMissingDays(today: day("2026-03-06"), from: day("2026-03-01"))
        #expect(missing.filter { $0.device == "IMG-CT01" }.map(\.day) == [day("2026-03-04")])
        #expect(missing.first { $0.device == "IMG-CT01" }?.keeper == "lina")
        #expect(missing.filter { $0.device == "IMG-DR01" }.count == 5)
        // One record per day (R66), none for a day after today (R4), none for a ventilator.
        #expect(refusal { try write(f, "2026-03-06T09:00") {
            try $0.recordRunningStatus(RunningStatusEntry(device: "IMG-CT01", day: day("2026-03-05"), status: .down, keptBy: "lina"), today: day("2026-03-06"))
        } }?.hasPrefix("R66:") == true)
        #expect(refusal { try write(f, "2026-03-06T09:00") {
            try $0.recordRunningStatus(RunningStatusEntry(device: "IMG-CT01", day: day("2026-03-07"), status: .normal, keptBy: "lina"), today: day("2026-03-06"))
        } }?.hasPrefix("R4:") == true)
        #expect(refusal { try write(f, "2026-03-06T09:00") {
            try $0.recordRunningStatus(RunningStatusEntry(device: "ICU-V01", day: day("2026-03-06"), status: .normal, keptBy: "lina"), today: day("2026-03-06"))
        } }?.hasPrefix("R66:") == true)
    }

    /// R68 through the store: the CT's log says `down` on 10 March; March = 744 h, rate
    /// 1 − 24/744 = 0.967742; the MRI under `qc` on 11 March keeps rate 1 with 24 h planned. Today's
    /// log `down` makes the CT "present but down" in the configuration (R70).
    @Test func theImagingRateAndConfigurationReadTheLog() throws {
        let f = try hospital()
        try write(f, "2026-03-10T18:00") {
            try $0.recordRunningStatus(RunningStatusEntry(device: "IMG-CT01", day: day("2026-03-10"), status: .down, keptBy: "lina"), today: day("2026-03-10"))
            try $0.recordImagingSpec(ImagingSpec(device: "IMG-CT01", slices: 64))
        }
        try write(f, "2026-03-11T18:00") {
            try $0.recordRunningStatus(RunningStatusEntry(device: "IMG-MR01", day: day("2026-03-11"), status: .qc, keptBy: "lina"), today: day("2026-03-11"))
        }
        let r = try f.store.imagingUptime(from: day("2026-03-01"), to: day("2026-03-31"), now: Self.t("2026-04-01T08:00"))
        let ct = r.devices.first { $0.key == "IMG-CT01" }!, mr = r.devices.first { $0.key == "IMG-MR01" }!
        #expect(abs(ct.rate - 0.967742) < 0.000001)
        #expect(mr.rate == 1 && mr.plannedSeconds == 24 * 3600)
        #expect(!r.devices.contains { $0.key == "ICU-V01" })
        let config = try f.store.imagingConfiguration(today: day("2026-03-10"))
        #expect(config.first { $0.requirement.code == "ct-64" }!.down == ["IMG-CT01"])
        #expect(config.first { $0.requirement.code == "ct-64" }!.shortfall == 1)
        #expect(config.first { $0.requirement.code == "dr" }!.shortfall == 1)
    }

    /// R93 and R65: the MRI, configured 2019-01-01 under the 2018 catalogue, is undecided without its
    /// field strength and needs a configuration licence at 1.5 T; recorded, the task closes; scrapped,
    /// the record must be released.
    @Test func theConfigurationLicenceFollowsTheCatalogueAndTheScrapping() throws {
        let f = try hospital()
        func kinds() throws -> [LicenceTask.Kind] { try f.store.licenceTasks(today: day("2026-03-10")).filter { $0.device == "IMG-MR01" }.map(\.kind) }
        #expect(try kinds() == [.configurationUnknown])
        try write(f, "2026-03-02T09:00") { try $0.recordImagingSpec(ImagingSpec(device: "IMG-MR01", tesla: 1.5)) }
        #expect(try kinds() == [.configurationMissing])
        try write(f, "2026-03-02T09:05") {
            try $0.recordConfigurationLicence(device: "IMG-MR01", number: "吉乙2019-0031", grade: .b, authority: "吉林省卫生健康委员会",
                                              on: day("2019-01-01"), today: day("2026-03-02"))
        }
        #expect(try kinds() == [])
        var request: Int64 = 0
        try write(f, "2026-03-05T09:00") { request = try $0.requestScrapping(devices: ["IMG-MR01"], reason: "磁体失超无法修复", condition: "",
                                                                              repairSummary: "", remainingValueFen: 0) }
        try write(f, "2026-03-06T09:00") { try $0.recordScrapStep(request, .approved(role: .equipmentHead, note: "")) }
        try write(f, "2026-03-07T09:00", actor: "yuan") { try $0.recordScrapStep(request, .approved(role: .director, note: "")) }
        try write(f, "2026-03-08T09:00") { try $0.recordScrapStep(request, .completed) }
        #expect(try kinds() == [.configurationRelease])
        try write(f, "2026-03-09T09:00") {
            try $0.recordConfigurationLicence(device: "IMG-MR01", number: nil, grade: nil, authority: "吉林省卫生健康委员会", on: day("2026-03-09"), today: day("2026-03-09"))
        }
        #expect(try kinds() == [])
    }

    /// The new tables are audited: `rounds verify` checks every row.
    @Test func theNewRowsVerify() throws {
        let f = try hospital()
        try licence(f)
        #expect(try f.store.verify().firstProblem == nil)
    }
}
