/// Which inspections a device owes and when (CONTRACT "Which inspections are due"; R12, R13, R17).
///
/// - Only tracked devices (in service or standby) owe anything: stopped, awaiting-scrap and scrapped
///   devices get no requirement. A device under repair is still tracked.
/// - ten-day: tracked devices that are life-support or emergency AND in a key department (R13).
/// - monthly and quarterly: every tracked device (R12, R17).
/// - Base day B = the later of `inService` and the store's `since` day; only records on or after B and
///   on or before today count; see `Cadence` for the due day of each kind.
///
/// ```swift
/// // ICU-V01: ventilator (life support) in the key ICU, in service 2025-06-01, store since 2026-03-01,
/// // last inspected 2026-03-01 (any kind). Today 2026-03-15.
/// InspectionSchedule.requirements(for: v01, departmentIsKey: true, since: Day(2026, 3, 1)!,
///                                 today: Day(2026, 3, 15)!, records: records)
/// // [ten-day due 2026-03-11 (4 days overdue), monthly due 2026-04-30,
///  quarterly due 2026-06-30 (no quarterly record; B = 03-01 is inside Q1, so Q2 is the first full quarter)]
/// ```
public enum InspectionSchedule {
    /// B = max(in-service day, since day): no requirement is due before tracking began (CONTRACT).
    public static func baseDay(inService: Day, since: Day) -> Day { max(inService, since) }

    /// The kinds a device owes, in the order ten-day, monthly, quarterly; empty for untracked devices.
    public static func applicableKinds(for device: Equipment, departmentIsKey: Bool) -> [InspectionKind] {
        guard device.status.isTracked else { return [] }
        let tenDay = departmentIsKey && (device.lifeSupport || device.emergency)
        return (tenDay ? [.tenDay] : []) + [.monthly, .quarterly]
    }

    /// The requirements of one device on `today`, one per applicable kind (see the type's summary).
    /// `records` should be the device's inspections; records of other devices are ignored.
    public static func requirements(for device: Equipment, departmentIsKey: Bool, since: Day, today: Day,
                                    records: [InspectionRecord],
                                    rules: ScheduleRules = .standard) -> [Requirement] {
        let base = baseDay(inService: device.inService, since: since)
        let own = records.filter { $0.device == device.tag }
        return applicableKinds(for: device, departmentIsKey: departmentIsKey).map { kind in
            let cadence = Cadence(kind: kind, rules: rules)
            let latest = cadence.countingDays(own, base: base, today: today).last
            return Requirement(device: device.tag, department: device.department, kind: kind,
                               due: cadence.due(base: base, latest: latest), lastInspection: latest)
        }
    }
}
