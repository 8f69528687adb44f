import Foundation
import Testing
@testable import RoundsCore

/// The licence rules with hand-computed dates (R91–R95).
struct LicenceRulesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    /// R91: due 2026-06-30; overdue from 1 July, by one day on 1 July.
    @Test func aVerificationOneDayPastItsDueDayIsOverdue() {
        let s = LicenceVerificationSchedule().standing(due: day(2026, 6, 30), today: day(2026, 7, 1))
        #expect(s.overdue && s.daysLeft == -1 && s.reminder == nil)
        let onTheDay = LicenceVerificationSchedule().standing(due: day(2026, 6, 30), today: day(2026, 6, 30))
        #expect(!onTheDay.overdue && onTheDay.daysLeft == 0 && onTheDay.reminder == 7)
    }

    /// R91 with the default steps 60, 30, 7: due 2026-06-30. 60 days before is 1 May (30 April is
    /// 61 days before: no reminder yet), 30 days before is 31 May, 7 days before is 23 June.
    @Test func eachReminderStepStartsOnItsDay() {
        let s = LicenceVerificationSchedule(), due = day(2026, 6, 30)
        #expect(s.standing(due: due, today: day(2026, 4, 30)).reminder == nil)
        #expect(s.standing(due: due, today: day(2026, 5, 1)).reminder == 60)
        #expect(s.standing(due: due, today: day(2026, 5, 30)).reminder == 60)
        #expect(s.standing(due: due, today: day(2026, 5, 31)).reminder == 30)
        #expect(s.standing(due: due, today: day(2026, 6, 22)).reminder == 30)
        #expect(s.standing(due: due, today: day(2026, 6, 23)).reminder == 7)
        #expect(LicenceVerificationSchedule(setting: "90, 30,7")?.reminderDays == [90, 30, 7])
        #expect(LicenceVerificationSchedule(setting: "30,0") == nil)
        #expect(LicenceVerificationSchedule(setting: "") == nil)
    }

    func licence(due: Day, issued: Day = Day(2024, 7, 1)!) -> RadiationLicence {
        RadiationLicence(number: "吉卫放证字〔2024〕第0012号", holder: "示范医院", authority: "长春市卫生健康委员会",
                         issuedOn: issued, categories: [.xrayImaging], verificationDue: due)
    }

    /// R92: an in-service DR on no licence is flagged; the listed CT, stopped, must be deregistered.
    @Test func devicesOffAndOnTheLicenceAreFlagged() {
        let dr = Equipment(tag: "DR-1", name: "DR", department: "IMG", category: "dr", radiation: true, inService: day(2020, 1, 1))
        let ct = Equipment(tag: "CT-1", name: "CT", department: "IMG", category: "ct", radiation: true, inService: day(2020, 1, 1), status: .stopped)
        let us = Equipment(tag: "US-1", name: "超声", department: "IMG", category: "ultrasound", inService: day(2020, 1, 1))
        let l = licence(due: day(2027, 6, 30))
        let facts = LicenceChecks.Facts(licences: [(l, l.verificationDue)],
                                        listed: [LicensedDevice(licence: l.number, device: "CT-1", parameters: "140 kV / 800 mA", listedOn: day(2024, 7, 1))],
                                        devices: [dr, ct, us])
        let tasks = LicenceChecks.tasks(facts, today: day(2026, 3, 1))
        #expect(tasks.map(\.kind) == [.deregister, .notOnLicence])
        #expect(tasks.map(\.device) == ["CT-1", "DR-1"])
        #expect(tasks[1].rule == "R92" && tasks[1].text.en.contains("DR-1 is an in-service radiation device no licence lists"))
    }

    /// R95: the exemption's task stays open until a licence issued on or after the exemption day.
    @Test func theExemptionStaysOpenUntilALicenceIsRecorded() {
        let e = LicenceExemption(id: 1, basis: LicenceExemption.epidemicBasis, exemptedOn: day(2020, 2, 10))
        #expect(e.isOpen(licencesIssued: []))
        #expect(e.isOpen(licencesIssued: [day(2019, 5, 1)]))
        #expect(!e.isOpen(licencesIssued: [day(2020, 9, 1)]))
    }

    /// R93: a 64-slice CT configured in 2020 falls under the 2018 catalogue (class B); configured in
    /// 2024 it needs none (removed in 2023); a CT with no slices recorded cannot be decided.
    @Test func theCatalogueInForceWhenConfiguredDecides() {
        let ct64 = ImagingSpec(device: "CT-2", slices: 64), ct16 = ImagingSpec(device: "CT-1", slices: 16)
        #expect(ConfigurationCatalogue.needsLicence(category: "ct", spec: ct64, configuredOn: day(2020, 5, 1)) == true)
        #expect(ConfigurationCatalogue.entry(for: "ct", spec: ct64, configuredOn: day(2020, 5, 1))?.grade == .b)
        #expect(ConfigurationCatalogue.needsLicence(category: "ct", spec: ct16, configuredOn: day(2020, 5, 1)) == false)
        #expect(ConfigurationCatalogue.needsLicence(category: "ct", spec: ct64, configuredOn: day(2024, 1, 1)) == false)
        #expect(ConfigurationCatalogue.needsLicence(category: "ct", spec: nil, configuredOn: day(2020, 5, 1)) == nil)
        #expect(ConfigurationCatalogue.version(on: day(2023, 3, 26))?.code == "2018")
        #expect(ConfigurationCatalogue.version(on: day(2023, 3, 27))?.code == "2023")
        #expect(ConfigurationCatalogue.needsLicence(category: "pet-mr", spec: nil, configuredOn: day(2024, 1, 1)) == true)
    }

    /// Data/config-licence-catalogue.csv is the catalogue for people to review; the code applies exactly it.
    @Test func theCatalogueEqualsItsDataFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/config-licence-catalogue.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst().map(String.init)
        var fromCode: [String] = []
        for v in ConfigurationCatalogue.versions {
            for e in v.entries {
                fromCode.append([v.code, v.effective.description, e.grade.rawValue, e.category, e.minSlices.map(String.init) ?? "",
                                 e.minTesla.map { String($0) } ?? "", e.name.zh, e.name.en].joined(separator: ","))
            }
        }
        #expect(lines == fromCode)
    }
}
