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
                out += Self.quote(pair.0)
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
        case .string(let s): out += Self.quote(s)
        case .int(let i): out += String(i)
        case .number(let d, let places): out += Self.fixed(d, places: places)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// `d` with up to `places` decimals, trailing zeros trimmed, at least one decimal; `-0.0` as
    /// `0.0`; `null` when not finite. The C library's `%.*f` rounds exactly as `String(format:)`
    /// does, without Foundation's formatter behind it (a tenth of a large report's time).
    static func fixed(_ d: Double, places: Int) -> String {
        guard d.isFinite else { return "null" }
        var buffer = [CChar](repeating: 0, count: 400)
        let count = withVaList([Int32(places), d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        var bytes = buffer.prefix(Int(max(0, min(count, Int32(buffer.count - 1))))).map { UInt8(bitPattern: $0) }
        if bytes.contains(UInt8(ascii: ".")) {
            while bytes.last == UInt8(ascii: "0") && bytes[bytes.count - 2] != UInt8(ascii: ".") { bytes.removeLast() }
        } else {
            bytes += Array(".0".utf8)
        }
        let s = String(decoding: bytes, as: UTF8.self)
        return s == "-0.0" ? "0.0" : s
    }

    static func quote(_ s: String) -> String { JSONString.quote(s) }
}
