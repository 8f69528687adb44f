/// What the intact-rate calculations need to know about one device (CONTRACT "Running intact rate").
///
/// `downtime` holds the failure downtime: the [opened, returned) intervals of its repair tickets with
/// the device out of service. `plannedDowntime` holds scheduled maintenance, QC testing and calibration
/// (DOMAIN §4.6 "planned downtime S"): it is reported separately and never counted as failure.
///
/// ```swift
/// DeviceExposure(device: "ICU-V01", department: "ICU", inService: Day(2025, 6, 1)!, isTracked: true,
///                downtime: [DowntimeInterval(start: opened, end: returned)])
/// ```
public struct DeviceExposure: Hashable, Sendable {
    /// Device tag.
    public var device: String
    /// Department code.
    public var department: String
    public var inService: Day
    /// `EquipmentStatus.isTracked`: untracked devices are left out of every rate.
    public var isTracked: Bool
    public var downtime: [DowntimeInterval]
    public var plannedDowntime: [DowntimeInterval]

    public init(device: String, department: String, inService: Day, isTracked: Bool = true,
                downtime: [DowntimeInterval] = [], plannedDowntime: [DowntimeInterval] = []) {
        self.device = device; self.department = department; self.inService = inService
        self.isTracked = isTracked; self.downtime = downtime; self.plannedDowntime = plannedDowntime
    }

    /// Builds the exposure of a registry entry.
    public init(equipment: Equipment, downtime: [DowntimeInterval] = [], plannedDowntime: [DowntimeInterval] = []) {
        self.init(device: equipment.tag, department: equipment.department, inService: equipment.inService,
                  isTracked: equipment.status.isTracked, downtime: downtime, plannedDowntime: plannedDowntime)
    }
}
