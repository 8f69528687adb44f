/// A stretch of time a device was out of service: [start, end), or still out when `end` is nil
/// (an unreturned ticket runs to now). CONTRACT "Running intact rate": a repair ticket with the device
/// out of service gives [ticket opened, ticket returned).
///
/// ```swift
/// DowntimeInterval(start: opened, end: returned)   // a returned ticket
/// DowntimeInterval(start: opened, end: nil)        // still out of service
/// ```
public struct DowntimeInterval: Hashable, Sendable, Codable {
    public var start: Instant
    public var end: Instant?

    public init(start: Instant, end: Instant?) { self.start = start; self.end = end }

    /// The interval in seconds with an open end closed at `now`; empty (nil) when it ends on or before
    /// it starts.
    func seconds(closingAt now: Instant) -> Range<Int64>? {
        let e = (end ?? now).seconds
        return start.seconds < e ? start.seconds..<e : nil
    }
}

/// A set of seconds kept as sorted, disjoint, non-adjacent half-open ranges: the union of downtime
/// intervals, so overlapping tickets are counted once (CONTRACT "the union of the intervals").
///
/// ```swift
/// SecondSet([0..<10, 5..<20, 30..<40]).ranges      // [0..<20, 30..<40]
/// SecondSet([0..<10, 5..<20]).clipped(to: 8..<50)  // [8..<20], measure 12
/// ```
struct SecondSet: Hashable, Sendable {
    private(set) var ranges: [Range<Int64>]

    init(_ input: [Range<Int64>]) {
        var merged: [Range<Int64>] = []
        for r in input.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        ranges = merged
    }

    /// Total seconds.
    var measure: Int64 { ranges.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) } }

    var isEmpty: Bool { ranges.isEmpty }

    func clipped(to window: Range<Int64>) -> SecondSet {
        SecondSet(ranges.compactMap { r in
            let lo = max(r.lowerBound, window.lowerBound), hi = min(r.upperBound, window.upperBound)
            return lo < hi ? lo..<hi : nil
        })
    }

    /// Seconds in both `self` and `other`.
    func clipped(to other: SecondSet) -> SecondSet { subtracting(subtracting(other)) }

    /// Seconds in `self` and not in `other`.
    func subtracting(_ other: SecondSet) -> SecondSet {
        var out: [Range<Int64>] = []
        for r in ranges {
            var lo = r.lowerBound
            for o in other.ranges where o.upperBound > lo && o.lowerBound < r.upperBound {
                if o.lowerBound > lo { out.append(lo..<o.lowerBound) }
                lo = max(lo, o.upperBound)
            }
            if lo < r.upperBound { out.append(lo..<r.upperBound) }
        }
        return SecondSet(out)
    }

    /// The union of intervals (open ends closed at `now`).
    static func union(_ intervals: [DowntimeInterval], now: Instant) -> SecondSet {
        SecondSet(intervals.compactMap { $0.seconds(closingAt: now) })
    }
}
