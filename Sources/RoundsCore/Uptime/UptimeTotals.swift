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
        // Per period, per department (by its index in `codes`): arrays, not a dictionary lookup per
        // device and period; a device with no downtime adds its exposure only.
        var codes: [String] = [], index: [String: Int] = [:]
        var sums = Array(repeating: [Sum](), count: periods.count)
        var startOfDay: [Day: Int64] = [:]
        for d in devices where d.isTracked {
            let k: Int
            if let known = index[d.department] { k = known } else {
                k = codes.count; index[d.department] = k; codes.append(d.department)
                for i in sums.indices { sums[i].append(Sum()) }
            }
            let inService: Int64
            if let known = startOfDay[d.inService] { inService = known } else {
                inService = calendar.startOfDay(d.inService).seconds; startOfDay[d.inService] = inService
            }
            let failure = d.downtime.isEmpty ? nil : SecondSet.union(d.downtime, now: now)
            let planned = d.plannedDowntime.isEmpty ? nil : SecondSet.union(d.plannedDowntime, now: now)
            for (i, w) in windows.enumerated() {
                let lo = max(w.start, inService)
                guard lo < w.end else { continue }
                sums[i][k].exposure += w.end - lo
                guard failure != nil || planned != nil else { continue }
                let down = failure?.clipped(to: lo..<w.end) ?? SecondSet([])
                sums[i][k].downtime += down.measure
                if let planned { sums[i][k].planned += planned.clipped(to: lo..<w.end).subtracting(down).measure }
            }
        }
        return periods.indices.map { i in
            let departments = zip(codes, sums[i]).filter { $0.1.exposure > 0 || $0.1.downtime > 0 }.map { code, s in
                UptimeLine(key: code, department: code, exposureSeconds: s.exposure, downtimeSeconds: s.downtime, plannedSeconds: s.planned)
            }.sorted { $0.key < $1.key }
            let fleet = departments.isEmpty ? nil : aggregate(key: UptimeLine.fleetKey, department: "", departments)
            return UptimeReport(from: periods[i].from, to: periods[i].to, method: .time, fleet: fleet, departments: departments, devices: [])
        }
    }
}
