import Foundation
import GRDB
import RoundsCore

/// A row as canonical JSON: keys sorted, integers as integers, text escaped one way only.
///
/// The audit log stores this text for every row it records, and `rounds verify` encodes the live row
/// the same way, so any difference means the table was changed outside the program.
///
/// ```
/// {"department":"ICU","name":"呼吸机","tag":"ICU-V01"}
/// ```
///
/// Every recorded row and every row `verify` checks goes through here (millions on a large store),
/// so the text is written into one string, not assembled from a string per column.
enum CanonicalRow {
    static func encode(_ row: Row) -> String { encode(sorted: sorted(row)) }

    static func encode(pairs: [(String, DatabaseValue)]) -> String { encode(sorted: sorted(pairs)) }

    /// A row's columns in the canonical order. Column names are ASCII (the schema's own), so their
    /// byte order is the order of `<`.
    static func sorted(_ row: Row) -> [(String, DatabaseValue)] { sorted(Array(row)) }

    static func sorted(_ pairs: [(String, DatabaseValue)]) -> [(String, DatabaseValue)] {
        pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }

    /// The value of `column` in columns in the canonical order (nil when the row has no such column).
    static func value(_ column: String, in sorted: [(String, DatabaseValue)]) -> DatabaseValue? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].0.utf8.lexicographicallyPrecedes(column.utf8) { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low].0.utf8.elementsEqual(column.utf8) ? sorted[low].1 : nil
    }

    /// The JSON of columns already in the canonical order.
    static func encode(sorted: [(String, DatabaseValue)]) -> String {
        var out = "{"
        out.reserveCapacity(64 + 24 * sorted.count)
        for (i, pair) in sorted.enumerated() {
            if i > 0 { out += "," }
            JSONString.append(pair.0, to: &out)
            out += ":"
            append(pair.1, to: &out)
        }
        out += "}"
        return out
    }

    /// The canonical order of one statement's columns, worked out once for all its rows: which
    /// column comes first, and each name already written as `"name":`. Encoding a row is then a
    /// walk over its values, with no pair, name or sort per row (`verify` encodes millions).
    struct Layout {
        private let order: [Int]
        private let keys: [String]

        /// The statement's column names; the first `skipping` columns (say a `rowid` read beside
        /// `*`) are not part of the row.
        init(columns: [String], skipping: Int = 0) {
            let named = columns.enumerated().dropFirst(skipping).map { ($0.element, $0.offset) }
            let sorted = named.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            order = sorted.map(\.1)
            keys = sorted.map { JSONString.quote($0.0) + ":" }
        }

        /// The same text as ``CanonicalRow/encode(_:)`` of the row without its skipped columns.
        func encode(_ row: Row) -> String {
            var out = "{"
            out.reserveCapacity(64 + 24 * order.count)
            for (n, i) in order.enumerated() {
                if n > 0 { out += "," }
                out += keys[n]
                append(row[i] as DatabaseValue, to: &out)
            }
            out += "}"
            return out
        }
    }

    /// The text form of a row key: a code, a login, a tag, or a rowid.
    static func keyText(_ v: DatabaseValue) -> String {
        switch v.storage {
        case .string(let s): return s
        case .int64(let i): return String(i)
        default: return v.description
        }
    }

    /// Appends one value's JSON: null, an integer, a finite number (else null), a string, or a
    /// blob as the string "base64:…".
    static func append(_ value: DatabaseValue, to out: inout String) {
        switch value.storage {
        case .null: out += "null"
        case .int64(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSONString.append(s, to: &out)
        case .blob(let data): JSONString.append("base64:" + data.base64EncodedString(), to: &out)
        }
    }
}
