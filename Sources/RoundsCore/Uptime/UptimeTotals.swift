extension UptimeCalculator {
    /// The department and fleet lines of several periods at once: for each period the same sums
    /// as ``timeBased(from:to:now:calendar:devices:)`` gives (its `departments` and `fleet`), with
    /// no per-device lines (`devices` is empty).
    ///
    /// The dashboard's twelve-month trend asks this of every device of the hospital: each device's
    /// downtime is united once for all periods, and the sums go straight into their department
    /// instead of into 15,000 lines per month that are then sorted and grouped.
    ///
    /// ```swift
    /// let months = [(Day(2026, 10, 1)!, Day(2026, 10, 31)!), (Day(2026, 11, 1)!, Day(2026, 11, 22)!)]
    /// let r = UptimeCalculator.timeBasedTotals(periods: months, now: now, calendar: cal, devices: fleet)
    /// r[1].fleet == UptimeCalculator.timeBased(from: months[1].0, to: months[1].1, …).fleet   // true
    /// ```
    public static func timeBasedTotals(periods: [(from: Day, to: Day)], now: Instant, calendar: FacilityCalendar,
                                       devices: [DeviceExposure]) -> [UptimeReport] {
        struct Sum { var exposure: Int64 = 0, downtime: Int64 = 0, planned: Int64 = 0 }
        let windows = periods.map { p in
            (start: calendar.startOfDay(p.from).seconds, end: min(calendar.startOfDay(p.to.adding(days: 1)).seconds, now.seconds))
        }
        var sums = Array(repeating: [String: Sum](), count: periods.count)
        for d in devices where d.isTracked {
            let inService = calendar.startOfDay(d.inService).seconds
            let failure = SecondSet.union(d.downtime, now: now)
            let planned = SecondSet.union(d.plannedDowntime, now: now)
            for (i, w) in windows.enumerated() {
                let lo = max(w.start, inService)
                guard lo < w.end else { continue }
                let down = failure.clipped(to: lo..<w.end)
                let plannedSeconds = planned.isEmpty ? 0 : planned.clipped(to: lo..<w.end).subtracting(down).measure
                sums[i][d.department, default: Sum()].exposure += w.end - lo
                sums[i][d.department, default: Sum()].downtime += down.measure
                sums[i][d.department, default: Sum()].planned += plannedSeconds
            }
        }
        return periods.indices.map { i in
            let departments = sums[i].map { code, s in
                UptimeLine(key: code, department: code, exposureSeconds: s.exposure, downtimeSeconds: s.downtime, plannedSeconds: s.planned)
            }.sorted { $0.key < $1.key }
            let fleet = departments.isEmpty ? nil : aggregate(key: UptimeLine.fleetKey, department: "", departments)
            return UptimeReport(from: periods[i].from, to: periods[i].to, method: .time, fleet: fleet, departments: departments, devices: [])
        }
    }
}
