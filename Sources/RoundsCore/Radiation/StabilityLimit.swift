import Foundation

/// How far a stability result may lie from its baseline (R81): a share of the baseline (`±10%`)
/// or an amount in the item's own unit (`±4`, e.g. HU for the CT number of water).
///
/// A result exactly on the limit is within it.
///
/// ```swift
/// StabilityLimit(parsing: "10%")!.allows(108, baseline: 100)   // true: 8 % off
/// StabilityLimit(parsing: "4")!.allows(-5, baseline: 0)        // false: 5 off, limit 4
/// ```
public enum StabilityLimit: Hashable, Sendable, CustomStringConvertible {
    case percent(Double)
    case absolute(Double)

    /// `10%` or `4` (the sign `±` is allowed and ignored).
    public init?(parsing text: String) {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("±") { t.removeFirst() }
        if t.hasSuffix("%") {
            guard let v = Double(t.dropLast()), v >= 0 else { return nil }
            self = .percent(v)
        } else {
            guard let v = Double(t), v >= 0 else { return nil }
            self = .absolute(v)
        }
    }

    /// The largest allowed distance from `baseline`.
    public func allowance(baseline: Double) -> Double {
        switch self {
        case .percent(let p): return abs(baseline) * p / 100
        case .absolute(let a): return a
        }
    }

    public func allows(_ value: Double, baseline: Double) -> Bool {
        abs(value - baseline) <= allowance(baseline: baseline) + 1e-9
    }

    /// As the data file writes it: `10%`, `4`.
    public var description: String {
        switch self {
        case .percent(let p): return "\(Self.number(p))%"
        case .absolute(let a): return Self.number(a)
        }
    }

    /// A number without a needless `.0`.
    public static func number(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
