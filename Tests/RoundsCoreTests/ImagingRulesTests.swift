import Testing
@testable import RoundsCore

/// The imaging centre's rules with hand-computed days (R66, R68–R70).
struct ImagingRulesTests {
    let cal = FacilityCalendar.shanghai
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }
    func device(_ tag: String, _ category: String, location: String = "", status: EquipmentStatus = .inService) -> Equipment {
        Equipment(tag: tag, name: tag, department: "IMG", category: category, inService: day(2020, 1, 1), status: status, location: location)
    }

    /// R66: CT-1 logged 1–3 and 5 March; on 6 March the 4th is missing; the 5th, logged, is not,
    /// and the 6th is today (flagged only from the next morning).
    @Test func aMissingLogDayIsFlaggedTheNextMorning() {
        let logged: Set<Day> = [day(2026, 3, 1), day(2026, 3, 2), day(2026, 3, 3), day(2026, 3, 5)]
        let ct = device("CT-1", "ct")
        #expect(ImagingDevices.missingDays(device: ct, since: day(2026, 3, 1), logged: logged, today: day(2026, 3, 6)) == [day(2026, 3, 4)])
        #expect(ImagingDevices.missingDays(device: ct, since: day(2026, 3, 1), logged: logged, today: day(2026, 3, 4)) == [])
        #expect(ImagingDevices.missingDays(device: ct, since: day(2026, 3, 1), logged: logged, today: day(2026, 3, 5)) == [day(2026, 3, 4)])
        #expect(ImagingDevices.missingDays(device: device("V-1", "ventilator"), since: day(2026, 3, 1), logged: [], today: day(2026, 3, 6)) == [])
    }

    /// R70: one DR, a 64-slice CT in room CT1 with a defibrillator and oxygen there, an MRI of 1.5 T
    /// that is down, three ultrasound units of which one lacks contrast, two ECG machines.
    @Test func theConfigurationListsShortfallsAndPresentButDown() {
        let devices = [device("DR-1", "dr"), device("CT-64", "ct", location: "CT1"), device("MR-1", "mri"),
                       device("US-1", "ultrasound"), device("US-2", "ultrasound"), device("US-3", "ultrasound"),
                       device("ECG-1", "ecg"), device("ECG-2", "ecg"), device("MON-1", "monitor"),
                       device("DEF-1", "defibrillator", location: "CT1"), device("OX-1", "oxygen", location: "CT1"),
                       device("SU-1", "suction", location: "走廊"), device("DR-9", "dr", status: .scrapped)]
        let all = Set(ImagingFeature.allCases)
        let specs = ["CT-64": ImagingSpec(device: "CT-64", slices: 64), "MR-1": ImagingSpec(device: "MR-1", tesla: 1.5),
                     "US-1": ImagingSpec(device: "US-1", features: all), "US-2": ImagingSpec(device: "US-2", features: all),
                     "US-3": ImagingSpec(device: "US-3", features: all.subtracting([.contrast]))]
        let lines = ImagingConfiguration.check(devices: devices, specs: specs, down: ["MR-1"])
        let short = Dictionary(uniqueKeysWithValues: lines.map { ($0.requirement.code, $0.shortfall) })
        #expect(short == ["dr": 1, "ct-64": 0, "ct-16": 1, "mri-1.5t": 1, "ultrasound": 1, "ecg": 0, "ecg-monitor": 0,
                          "ct-room-defibrillator": 0, "ct-room-resuscitator": 1, "ct-room-oxygen": 0, "ct-room-suction": 1])
        let mri = lines.first { $0.requirement.code == "mri-1.5t" }!
        #expect(mri.working == [] && mri.down == ["MR-1"])
        // The 64-slice CT fills the ≥64 requirement only, not the 16-slice one too.
        #expect(lines.first { $0.requirement.code == "ct-16" }!.working == [])
    }

    /// R68, R69 worked example, March 2026 (31 days = 744 h). DR-1: a ticket down 10 March
    /// 08:00–20:00 (12 h) and the log `down` on 10 March (the whole day, 24 h, containing the
    /// ticket: counted once) and on 20 March (24 h): 48 h down; 25 March `maintenance`: 24 h planned,
    /// not in the rate. Rate = 1 − 48/744 = 0.935484, not > 95 %. US-1 logs only `normal`: 1.
    /// Fleet = 1 − 48/1488 = 0.967742.
    @Test func theImagingIntactRateOnAWorkedExample() {
        let dr = device("DR-1", "dr"), us = device("US-1", "ultrasound"), vent = device("V-1", "ventilator")
        let ticket = DowntimeInterval(start: cal.parseTime("2026-03-10T08:00")!, end: cal.parseTime("2026-03-10T20:00")!)
        let exposures = [DeviceExposure(equipment: dr, downtime: [ticket]), DeviceExposure(equipment: us), DeviceExposure(equipment: vent)]
        let log = ["DR-1": [RunningStatusEntry(device: "DR-1", day: day(2026, 3, 10), status: .down, keptBy: "lina"),
                            RunningStatusEntry(device: "DR-1", day: day(2026, 3, 20), status: .down, keptBy: "lina"),
                            RunningStatusEntry(device: "DR-1", day: day(2026, 3, 25), status: .maintenance, keptBy: "lina"),
                            RunningStatusEntry(device: "DR-1", day: day(2026, 3, 26), status: .partial, keptBy: "lina")],
                   "US-1": [RunningStatusEntry(device: "US-1", day: day(2026, 3, 2), status: .normal, keptBy: "lina")]]
        let r = ImagingUptime.report(from: day(2026, 3, 1), to: day(2026, 3, 31), now: cal.endOfDay(day(2026, 4, 1)), calendar: cal,
                                     devices: [dr, us, vent], exposures: exposures, logs: log)
        #expect(r.devices.map(\.key) == ["DR-1", "US-1"])
        #expect(r.devices[0].downtimeSeconds == 48 * 3600 && r.devices[0].plannedSeconds == 24 * 3600)
        #expect(abs(r.devices[0].rate - 0.935484) < 0.000001)
        #expect(RateStanding(rate: r.devices[0].rate) == .nonCompliant)
        #expect(abs(r.fleet!.rate - 0.967742) < 0.000001)
    }
}
