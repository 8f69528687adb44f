/// How a running intact rate stands against the target of MN 3(14) "> 95 %" (R69).
///
/// - `nonCompliant`: rate <= 95 % (95.0 % itself is not compliant: the target is strict);
/// - `warning`: compliant but at or below the early-warning level (default 96 %);
/// - `compliant`: above the warning level.
///
/// ```swift
/// RateStanding(rate: 0.95)     // .nonCompliant
/// RateStanding(rate: 0.955)    // .warning
/// RateStanding(rate: 0.96)     // .warning (at the level)
/// RateStanding(rate: 0.975694) // .compliant
/// ```
public enum RateStanding: String, Hashable, Sendable, Codable, CaseIterable {
    case compliant
    case warning
    case nonCompliant = "non-compliant"

    /// MN 3(14): the running intact rate must be strictly greater than this.
    public static let target = 0.95
    /// R69: the default early-warning level.
    public static let defaultWarningLevel = 0.96

    /// Whether a rate meets the strict target (rate > 0.95).
    public static func isCompliant(_ rate: Double) -> Bool { rate > target }

    public init(rate: Double, warningLevel: Double = RateStanding.defaultWarningLevel) {
        if !RateStanding.isCompliant(rate) { self = .nonCompliant }
        else if rate <= warningLevel { self = .warning }
        else { self = .compliant }
    }
}

/// The ways of computing a running intact rate (DOMAIN §4; R68 "the report shows the method").
/// Raw values are what reports print and `--method` accepts.
public enum UptimeMethod: String, Hashable, Sendable, Codable, CaseIterable {
    /// Time-based availability (default, CONTRACT): 1 − downtime / exposure.
    case time
    /// Count-based snapshot 完好率 at an instant: intact devices / tracked devices (DOMAIN §4.2).
    case snapshot
    /// Device-day rate: intact device-days / exposed device-days (DOMAIN §4.3).
    case deviceDay = "device-day"
    /// Time-based over each device's operating calendar (R68 "over scheduled hours"): exposure and
    /// downtime counted only inside its operating hours (ScheduledUptime.swift).
    case scheduled
}
