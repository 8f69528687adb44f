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
    /// JSON already written (the ``text`` of a value): a long list can be rendered item by item,
    /// so the tree of a report of thousands of devices never exists whole in memory.
    case written(String)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

    /// Compact JSON on one line.
    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the compact JSON to `out`: one growing string for the whole document, so a report
    /// of 15,000 devices is not built from 100,000 joined pieces.
    public func write(to out: inout String) {
        switch self {
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += ", " }
                JSONString.append(pair.0, to: &out)
                out += ": "
                pair.1.write(to: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .string(let s): JSONString.append(s, to: &out)
        case .int(let i): out += String(i)
        case .number(let d, let places): out += Self.fixed(d, places: places)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .written(let text): out += text
        }
    }

    /// `d` with up to `places` decimals, trailing zeros trimmed, at least one decimal; `-0.0` as
    /// `0.0`; `null` when not finite. Rounded as the C library's `%.*f` rounds (``FixedDecimal``).
    static func fixed(_ d: Double, places: Int) -> String { FixedDecimal.trimmed(d, places: places) ?? "null" }

}
