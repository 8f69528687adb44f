import Testing
@testable import RoundsCore

/// R67: every in-service imaging device has a dedicated person and a current calibration/maintenance
/// plan; one without either is reported.
struct ImagingUpkeepTests {
    func device(_ tag: String, _ category: String, maintainer: String = "", status: EquipmentStatus = .inService) -> Equipment {
        Equipment(tag: tag, name: tag, department: "IMG", category: category, inService: Day(2020, 1, 1)!, status: status, maintainer: maintainer)
    }

    /// CT-1: lina, a second-level plan → nothing missing. DR-1: no person, only a daily plan (not a
    /// calibration schedule) → both missing. MR-1: a person who is not in the store, a suspended
    /// first-level plan → both missing. US-1: stopped, and V-1: not imaging → not checked.
    @Test func aDeviceWithoutPersonOrCurrentPlanIsReported() {
        let devices = [device("DR-1", "dr"), device("CT-1", "ct", maintainer: "lina"), device("MR-1", "mri", maintainer: "gone"),
                       device("US-1", "ultrasound", status: .stopped), device("V-1", "ventilator")]
        let plans = [MaintenancePlan(device: "CT-1", tier: .second, intervalDays: 90), MaintenancePlan(device: "DR-1", tier: .daily, intervalDays: 1),
                     MaintenancePlan(device: "MR-1", tier: .first, intervalDays: 30, active: false)]
        let found = ImagingUpkeep.check(devices: devices, plans: plans, people: ["lina"])
        #expect(found.map(\.device) == ["CT-1", "DR-1", "MR-1"])
        #expect(found.map(\.problems) == [[], [.noPerson, .noPlan], [.noPerson, .noPlan]])
        #expect(found[0].plans == [plans[0]] && found[0].person == "lina")
    }
}
