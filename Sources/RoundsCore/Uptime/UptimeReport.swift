/// One line of a time-based intact-rate report: a device, a department or the fleet
/// (CONTRACT `rounds report uptime`).
///
/// ```swift
/// // ICU-V01 over Q1 2026: 2160 h exposed, 52.5 h down.
/// line.exposureHours   // 2160.0
/// line.downtimeHours   // 52.5
/// line.rate            // 0.975694… (1 − 52.5 / 2160)
/// line.compliant       // true
/// ```
public struct UptimeLine: Hashable, Sendable {
    /// The device tag, the department code, or `UptimeLine.fleetKey`.
    public var key: String
    /// The department code ("" on the fleet line).
    public var department: String
    public var exposureSeconds: Int64
    /// Failure downtime inside the exposure (union of intervals, each second counted once).
    public var downtimeSeconds: Int64
    /// Planned downtime inside the exposure and outside failure downtime; never part of `rate`.
    public var plannedSeconds: Int64
    /// 1 − downtime / exposure.
    public var rate: Double
    /// rate > 0.95 strictly, decided exactly on whole seconds (20 × downtime < exposure).
    public var compliant: Bool

    /// The key of the fleet line.
    public static let fleetKey = "fleet"

    public init(key: String, department: String, exposureSeconds: Int64, downtimeSeconds: Int64,
                plannedSeconds: Int64 = 0) {
        self.key = key; self.department = department; self.exposureSeconds = exposureSeconds
        self.downtimeSeconds = downtimeSeconds; self.plannedSeconds = plannedSeconds
        self.rate = exposureSeconds > 0 ? 1 - Double(downtimeSeconds) / Double(exposureSeconds) : 0
        // rate > 0.95 ⇔ downtime / exposure < 1/20 ⇔ 20 × downtime < exposure (no rounding).
        self.compliant = exposureSeconds > 0 && downtimeSeconds * 20 < exposureSeconds
    }

    public var exposureHours: Double { Double(exposureSeconds) / 3600 }
    public var downtimeHours: Double { Double(downtimeSeconds) / 3600 }
    public var plannedHours: Double { Double(plannedSeconds) / 3600 }

    /// Compliant / warning / non-compliant against the early-warning level (R69).
    public func standing(warningLevel: Double = RateStanding.defaultWarningLevel) -> RateStanding {
        compliant ? RateStanding(rate: rate, warningLevel: warningLevel) : .nonCompliant
    }
}

/// A time-based running intact rate report (CONTRACT "Running intact rate"; R68, R69).
///
/// Departments are sorted by code and devices by tag (plain string order). Devices with zero exposure
/// are left out of every line; `fleet` is nil when no device has any exposure.
public struct UptimeReport: Hashable, Sendable {
    public var from: Day
    public var to: Day
    public var method: UptimeMethod
    public var fleet: UptimeLine?
    public var departments: [UptimeLine]
    public var devices: [UptimeLine]

    public init(from: Day, to: Day, method: UptimeMethod, fleet: UptimeLine?, departments: [UptimeLine],
                devices: [UptimeLine]) {
        self.from = from; self.to = to; self.method = method; self.fleet = fleet
        self.departments = departments; self.devices = devices
    }
}
