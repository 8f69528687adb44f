import Foundation
import RoundsCore

/// A JSON value whose object keys keep the order they were given in, so machine output reads in the
/// same order as the contract documents it.
///
/// ```swift
/// JSONValue.object([("as_of", .string("2026-03-15")), ("items", .array([]))]).text
/// // {"as_of": "2026-03-15", "items": []}
/// ```
public indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// A number written with up to `places` decimals (trailing zeros trimmed, at least one decimal).
    case number(Double, places: Int)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

    /// Compact JSON on one line.
    public var text: String {
        switch self {
        case .object(let pairs):
            return "{" + pairs.map { "\(Self.quote($0.0)): \($0.1.text)" }.joined(separator: ", ") + "}"
        case .array(let items):
            return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .string(let s): return Self.quote(s)
        case .int(let i): return String(i)
        case .number(let d, let places):
            guard d.isFinite else { return "null" }
            var s = String(format: "%.\(places)f", d)
            while s.hasSuffix("0") && !s.hasSuffix(".0") { s.removeLast() }
            if !s.contains(".") { s += ".0" }
            return s == "-0.0" ? "0.0" : s
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    static func quote(_ s: String) -> String { JSONString.quote(s) }
}
