/// The imaging devices' running intact rate (R68, R69) from their tickets and their running-status
/// log, by the one formula of ``UptimeCalculator``: a `down` day of the log adds that whole day to
/// the failure downtime (the union with the tickets' downtime, so a day both logged down and inside
/// a ticket counts once); `maintenance` and `qc` days are planned downtime, shown apart.
///
/// ```swift
/// // DR-1 in service all of March 2026 (31 days), one ticket down 12 h, the log down on 20 March:
/// ImagingUptime.exposure(dr1, log: entries, calendar: cal)   // downtime 12 h + 24 h
/// // UptimeCalculator rate = 1 − 36 / 744 = 0.951613 > 0.95: compliant
/// ```
public enum ImagingUptime {
    /// The device's exposure with its log days added to its ticket downtime.
    public static func exposure(_ base: DeviceExposure, log: [RunningStatusEntry], calendar: FacilityCalendar) -> DeviceExposure {
        var e = base
        for entry in log {
            let interval = DowntimeInterval(start: calendar.startOfDay(entry.day), end: calendar.startOfDay(entry.day.adding(days: 1)))
            if entry.status == .down { e.downtime.append(interval) } else if entry.status.isPlanned { e.plannedDowntime.append(interval) }
        }
        return e
    }

    /// The rate of the imaging devices among `exposures` for [from, to], with their logs.
    public static func report(from: Day, to: Day, now: Instant, calendar: FacilityCalendar, devices: [Equipment],
                              exposures: [DeviceExposure], logs: [String: [RunningStatusEntry]]) -> UptimeReport {
        let imaging = Set(devices.filter(ImagingDevices.isImaging).map(\.tag))
        let list = exposures.filter { imaging.contains($0.device) }.map { exposure($0, log: logs[$0.device] ?? [], calendar: calendar) }
        return UptimeCalculator.timeBased(from: from, to: to, now: now, calendar: calendar, devices: list)
    }
}
