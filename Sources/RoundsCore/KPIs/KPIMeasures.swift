/// A count out of a count, kept as both numbers so an auditor can redo the division (R120).
///
/// ```swift
/// let repeats = KPIFraction(numerator: 2, denominator: 5)
/// repeats.value        // 0.4
/// KPIFraction(numerator: 0, denominator: 0).value   // nil: nothing to divide by, not 0 and not NaN
/// ```
public struct KPIFraction: Hashable, Sendable {
    public var numerator: Int
    public var denominator: Int

    public init(numerator: Int, denominator: Int) { self.numerator = numerator; self.denominator = denominator }

    /// numerator / denominator; nil when the denominator is 0.
    public var value: Double? { denominator > 0 ? Double(numerator) / Double(denominator) : nil }
}

/// One kind of per-ticket duration (response, repair or downtime, R97): every measured ticket's
/// seconds, and their mean and median in hours. The mean's numerator is `totalHours` and its
/// denominator `count` (R120).
///
/// The median of an even number of durations is the mean of the two middle ones.
///
/// ```swift
/// // Three responses: 0.5 h, 1 h, 2.5 h.
/// let s = DurationStats(seconds: [1800, 3600, 9000])
/// s.count         // 3
/// s.totalHours    // 4.0
/// s.meanHours     // 1.333333… (4 / 3)
/// s.medianHours   // 1.0
/// DurationStats(seconds: []).meanHours   // nil: no ticket measured
/// ```
public struct DurationStats: Hashable, Sendable {
    /// Each measured ticket's duration in seconds, ascending.
    public let seconds: [Int64]

    public init(seconds: [Int64]) { self.seconds = seconds.sorted() }

    public var count: Int { seconds.count }
    public var totalSeconds: Int64 { seconds.reduce(0, +) }
    public var totalHours: Double { Double(totalSeconds) / 3600 }

    /// Σ duration / count, in hours; nil when nothing was measured.
    public var meanHours: Double? { count > 0 ? totalHours / Double(count) : nil }

    /// The middle duration in hours (mean of the two middle ones for an even count); nil when empty.
    public var medianHours: Double? {
        guard count > 0 else { return nil }
        let mid = count / 2
        let s = count % 2 == 1 ? Double(seconds[mid]) : Double(seconds[mid - 1] + seconds[mid]) / 2
        return s / 3600
    }
}

/// Which times an MTTR is taken between (DOMAIN §4.6: "the report must say which").
///
/// With r = request, s = start of repair, e = repair finished, a = the department's sign-off (R42):
///
/// - `downtime`: Σ (a − r) / n, the time the department waited — the GB/T draft's "single repair time";
/// - `handsOn`: Σ (e − s) / n, the time the repairers worked — WHO's repair time.
public enum MTTRBasis: String, Hashable, Sendable, CaseIterable {
    case downtime
    case handsOn = "hands-on"

    /// The formula in symbols, the same in every language.
    public var formula: String {
        switch self {
        case .downtime: return "Σ(a − r) / n"
        case .handsOn: return "Σ(e − s) / n"
        }
    }
}

/// Mean time to repair on one basis (R97, DOMAIN §4.6). Numerator: Σ durations (hours); denominator:
/// n, the failures that have both ends of that basis (signed back for `downtime`, repaired for
/// `handsOn`). By definition it equals the mean of the matching `DurationStats`: the downtime basis is
/// the mean downtime per ticket, the hands-on basis the mean repair time; it is reported under its own
/// name because auditors look for "MTTR" and must be told the basis.
///
/// ```swift
/// let m = MTTR(basis: .handsOn, durations: DurationStats(seconds: [2700, 5400]))
/// m.hours     // 1.125 (0.75 h + 1.5 h = 2.25 h over 2)
/// ```
public struct MTTR: Hashable, Sendable {
    public var basis: MTTRBasis
    public var durations: DurationStats

    public init(basis: MTTRBasis, durations: DurationStats) { self.basis = basis; self.durations = durations }

    public var totalHours: Double { durations.totalHours }
    public var count: Int { durations.count }
    /// nil when no failure has both ends yet.
    public var hours: Double? { durations.meanHours }
}

/// Mean time between failures (R97, DOMAIN §4.6 "MTBF = (H − U − S) / n"): operating hours per failure.
///
/// - operating time = exposure − failure downtime − planned downtime, each exactly as the time-based
///   intact rate measures them (`UptimeCalculator.timeBased`: the period clipped to the device's
///   in-service day and to now; failure downtime = the union of its out-of-service intervals; planned
///   downtime = maintenance and QC time outside failure downtime). The store records no planned
///   downtime yet, so today operating time = exposure − failure downtime.
/// - MTBF = operating hours / n, n = failures requested in the period on the devices counted.
/// - n = 0 gives no number (`hours == nil`, `noFailures == true`): "no failures", never infinity.
///
/// ```swift
/// // 30 days = 720 h exposed, 20 h down, 2 failures → (720 − 20) / 2 = 350 h.
/// MTBF(exposureSeconds: 720 * 3600, downtimeSeconds: 20 * 3600, failures: 2).hours   // 350.0
/// MTBF(exposureSeconds: 720 * 3600, downtimeSeconds: 0, failures: 0).noFailures      // true
/// ```
public struct MTBF: Hashable, Sendable {
    public var exposureSeconds: Int64
    /// Failure downtime U.
    public var downtimeSeconds: Int64
    /// Planned downtime S (never overlapping U).
    public var plannedSeconds: Int64
    /// The denominator n.
    public var failures: Int

    public init(exposureSeconds: Int64, downtimeSeconds: Int64, plannedSeconds: Int64 = 0, failures: Int) {
        self.exposureSeconds = exposureSeconds; self.downtimeSeconds = downtimeSeconds
        self.plannedSeconds = plannedSeconds; self.failures = failures
    }

    /// The numerator: exposure − failure downtime − planned downtime, in seconds.
    public var operatingSeconds: Int64 { max(0, exposureSeconds - downtimeSeconds - plannedSeconds) }
    public var operatingHours: Double { Double(operatingSeconds) / 3600 }

    /// operating hours / failures; nil when there were none.
    public var hours: Double? { failures > 0 ? operatingHours / Double(failures) : nil }

    /// No failure in the period (the report prints "no failures" instead of a number).
    public var noFailures: Bool { failures == 0 }

    /// Some exposure was measured. A device with none (not tracked, or not yet in service) has no MTBF
    /// at all, rather than "no failures".
    public var hasExposure: Bool { exposureSeconds > 0 }

    static func + (a: MTBF, b: MTBF) -> MTBF {
        MTBF(exposureSeconds: a.exposureSeconds + b.exposureSeconds, downtimeSeconds: a.downtimeSeconds + b.downtimeSeconds,
             plannedSeconds: a.plannedSeconds + b.plannedSeconds, failures: a.failures + b.failures)
    }

    static let zero = MTBF(exposureSeconds: 0, downtimeSeconds: 0, failures: 0)
}
