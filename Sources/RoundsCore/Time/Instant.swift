import Foundation

/// A moment in time: whole seconds since 1970-01-01T00:00:00Z.
///
/// Every record of work carries an `Instant` (when it happened) taken from the injected clock, never
/// from `Date()` inside the core. Seconds are the resolution of every rule and report.
public struct Instant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public static func < (a: Instant, b: Instant) -> Bool { a.seconds < b.seconds }

    public func adding(seconds s: Int64) -> Instant { Instant(seconds: seconds + s) }
    public func adding(hours h: Double) -> Instant { Instant(seconds: seconds + Int64((h * 3600).rounded())) }

    /// Seconds from `self` to `other`.
    public func seconds(until other: Instant) -> Int64 { other.seconds - seconds }

    /// UTC ISO 8601, for logs and debugging: `2026-03-15T01:30:00Z`.
    public var description: String {
        let day = Day(dayNumber: Int(floorDiv(seconds, 86_400)))
        let s = Int(seconds - Int64(day.dayNumber) * 86_400)
        return "\(day)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }

    public init(from decoder: Decoder) throws { seconds = try decoder.singleValueContainer().decode(Int64.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(seconds) }
}

@inlinable func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
