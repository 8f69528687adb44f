/// One line of a count-based intact-rate report: units counted and units intact (devices for the
/// snapshot, device-days for the device-day rate).
public struct CountLine: Hashable, Sendable {
    /// The device tag, the department code, or `UptimeLine.fleetKey`.
    public var key: String
    public var department: String
    public var units: Int
    public var intactUnits: Int
    /// intact / units.
    public var rate: Double
    /// rate > 0.95 strictly, decided exactly (20 × (units − intact) < units).
    public var compliant: Bool

    public init(key: String, department: String, units: Int, intactUnits: Int) {
        self.key = key; self.department = department; self.units = units; self.intactUnits = intactUnits
        self.rate = units > 0 ? Double(intactUnits) / Double(units) : 0
        self.compliant = units > 0 && (units - intactUnits) * 20 < units
    }

    public func standing(warningLevel: Double = RateStanding.defaultWarningLevel) -> RateStanding {
        compliant ? RateStanding(rate: rate, warningLevel: warningLevel) : .nonCompliant
    }
}

/// A count-based intact-rate report (`UptimeMethod.snapshot` or `.deviceDay`). Same ordering and
/// exclusions as `UptimeReport`: departments by code, devices by tag, zero-unit devices left out.
public struct CountRateReport: Hashable, Sendable {
    public var method: UptimeMethod
    public var from: Day
    public var to: Day
    /// The instant of a snapshot (nil for the device-day rate).
    public var at: Instant?
    public var fleet: CountLine?
    public var departments: [CountLine]
    public var devices: [CountLine]
}

/// The count-based intact rates of DOMAIN §4.2 and §4.3, next to the time-based default.
///
/// Only failure downtime makes a device not intact: planned maintenance and QC testing do not
/// (the facility-maintenance practice quoted in §4.3: "planned maintenance is not counted").
extension UptimeCalculator {
    /// Snapshot 完好率 at instant `t` (DOMAIN §4.2): intact devices / tracked devices in service at t.
    ///
    /// A device counts when it is tracked and t >= the start of its in-service day; it is intact
    /// unless t lies in one of its failure intervals [start, end) (an open interval covers every t on
    /// or after its start).
    ///
    /// ```swift
    /// // 20 ventilators in service, one out of service at 10:00 → 19 / 20 = 0.95, not compliant.
    /// UptimeCalculator.snapshot(at: cal.parseTime("2026-03-15T10:00")!, calendar: cal, devices: vents)
    /// ```
    public static func snapshot(at t: Instant, calendar: FacilityCalendar, devices: [DeviceExposure]) -> CountRateReport {
        let lines = devices.compactMap { d -> CountLine? in
            guard d.isTracked, calendar.startOfDay(d.inService) <= t else { return nil }
            let down = d.downtime.contains { $0.start <= t && ($0.end.map { t < $0 } ?? true) }
            return CountLine(key: d.device, department: d.department, units: 1, intactUnits: down ? 0 : 1)
        }
        let day = calendar.day(of: t)
        return countReport(method: .snapshot, from: day, to: day, at: t, lines)
    }

    /// Device-day rate (DOMAIN §4.3): intact device-days / exposed device-days over the local days
    /// from…to.
    ///
    /// A device-day counts when the device is tracked, the day is on or after its in-service day, and
    /// the day has begun by `now`; the part of the day after `now` is not looked at. The device-day is
    /// intact when none of its failure downtime (open intervals run to now) touches that part of the
    /// day: a ticket from 23:00 to 01:00 spoils two days, a ticket of one minute spoils one.
    ///
    /// ```swift
    /// // One device, March 2026 (31 days), down 2026-03-10 09:00 to 2026-03-11 08:00: 29 / 31.
    /// ```
    public static func deviceDay(from: Day, to: Day, now: Instant, calendar: FacilityCalendar,
                                 devices: [DeviceExposure]) -> CountRateReport {
        var lines: [CountLine] = []
        for d in devices where d.isTracked {
            let failure = SecondSet.union(d.downtime, now: now)
            var units = 0, intact = 0
            let first = max(from, d.inService)
            if first <= to {
                for n in first.dayNumber...to.dayNumber {
                    let day = Day(dayNumber: n)
                    let lo = calendar.startOfDay(day).seconds
                    let hi = min(calendar.startOfDay(day.adding(days: 1)).seconds, now.seconds)
                    guard lo < hi else { break }
                    units += 1
                    if failure.clipped(to: lo..<hi).isEmpty { intact += 1 }
                }
            }
            if units > 0 {
                lines.append(CountLine(key: d.device, department: d.department, units: units, intactUnits: intact))
            }
        }
        return countReport(method: .deviceDay, from: from, to: to, at: nil, lines)
    }

    static func countReport(method: UptimeMethod, from: Day, to: Day, at: Instant?, _ lines: [CountLine]) -> CountRateReport {
        func sum(_ key: String, _ dept: String, _ ls: [CountLine]) -> CountLine {
            CountLine(key: key, department: dept, units: ls.reduce(0) { $0 + $1.units },
                      intactUnits: ls.reduce(0) { $0 + $1.intactUnits })
        }
        let devices = lines.sorted { $0.key < $1.key }
        let departments = Dictionary(grouping: devices, by: \.department).map { sum($0, $0, $1) }.sorted { $0.key < $1.key }
        return CountRateReport(method: method, from: from, to: to, at: at,
                               fleet: devices.isEmpty ? nil : sum(UptimeLine.fleetKey, "", devices),
                               departments: departments, devices: devices)
    }
}
