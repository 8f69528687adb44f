/// Running intact rate (运行完好率), time-based (CONTRACT "Running intact rate"; R68, R69; DOMAIN §4.4).
///
/// For the local days from…to inclusive, period = [start of `from`, start of the day after `to`).
/// For each tracked device:
///
/// - exposure = period ∩ [start of its in-service day, ∞) ∩ [.., now];
/// - downtime = the union of its failure intervals (open ones run to now), clipped to the exposure;
/// - rate = 1 − downtime / exposure; compliant = rate > 0.95 strictly;
/// - planned downtime (maintenance, QC) = the union of its planned intervals clipped to the exposure,
///   minus failure downtime, reported as its own number and never in the rate.
///
/// A department's and the fleet's rate = 1 − Σ downtime / Σ exposure over their devices (weighted by
/// exposure, not the mean of the device rates). Devices with zero exposure are left out everywhere.
///
/// ```swift
/// // ICU-V01 in service all of Q1 2026 (90 days = 2160 h), one ticket of 52.5 h:
/// let r = UptimeCalculator.timeBased(from: Day(2026, 1, 1)!, to: Day(2026, 3, 31)!,
///                                    now: cal.endOfDay(Day(2026, 4, 1)!), calendar: cal, devices: [v01])
/// r.devices[0].rate   // 0.975694 to 6 places
/// ```
public enum UptimeCalculator {
    public static func timeBased(from: Day, to: Day, now: Instant, calendar: FacilityCalendar,
                                 devices: [DeviceExposure]) -> UptimeReport {
        report(.time, from: from, to: to, now: now, calendar: calendar, devices: devices) { _ in nil }
    }

    /// The one rate of every time-based method: per device, exposure = the period ∩ in service ∩
    /// [.., now], narrowed to `operating(device)` when it gives hours (nil: every second counts);
    /// downtime and planned downtime are clipped to that exposure; then 1 − Σ down / Σ exposure.
    static func report(_ method: UptimeMethod, from: Day, to: Day, now: Instant, calendar: FacilityCalendar,
                       devices: [DeviceExposure], operating: (DeviceExposure) -> OperatingCalendar?) -> UptimeReport {
        let periodStart = calendar.startOfDay(from).seconds
        let periodEnd = calendar.startOfDay(to.adding(days: 1)).seconds
        var lines: [UptimeLine] = []
        for d in devices where d.isTracked {
            let lo = max(periodStart, calendar.startOfDay(d.inService).seconds)
            let hi = min(periodEnd, now.seconds)
            guard lo < hi else { continue }
            let exposure = operating(d).map { $0.seconds(in: lo..<hi, calendar: calendar) } ?? SecondSet([lo..<hi])
            guard !exposure.isEmpty else { continue }
            let failure = SecondSet.union(d.downtime, now: now).clipped(to: exposure)
            let planned = SecondSet.union(d.plannedDowntime, now: now).clipped(to: exposure).subtracting(failure)
            lines.append(UptimeLine(key: d.device, department: d.department, exposureSeconds: exposure.measure,
                                    downtimeSeconds: failure.measure, plannedSeconds: planned.measure))
        }
        lines.sort { $0.key < $1.key }
        let departments = Dictionary(grouping: lines, by: \.department)
            .map { code, members in aggregate(key: code, department: code, members) }
            .sorted { $0.key < $1.key }
        let fleet = lines.isEmpty ? nil : aggregate(key: UptimeLine.fleetKey, department: "", lines)
        return UptimeReport(from: from, to: to, method: method, fleet: fleet, departments: departments, devices: lines)
    }

    /// 1 − Σ downtime / Σ exposure.
    static func aggregate(key: String, department: String, _ lines: [UptimeLine]) -> UptimeLine {
        UptimeLine(key: key, department: department,
                   exposureSeconds: lines.reduce(0) { $0 + $1.exposureSeconds },
                   downtimeSeconds: lines.reduce(0) { $0 + $1.downtimeSeconds },
                   plannedSeconds: lines.reduce(0) { $0 + $1.plannedSeconds })
    }
}
