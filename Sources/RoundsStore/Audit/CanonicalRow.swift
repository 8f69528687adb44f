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
enum CanonicalRow {
    static func encode(_ row: Row) -> String { encode(pairs: Array(row)) }

    static func encode(pairs: [(String, DatabaseValue)]) -> String {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        return "{" + sorted.map { "\(quote($0.0)):\(encode($0.1))" }.joined(separator: ",") + "}"
    }

    /// The text form of a row key: a code, a login, a tag, or a rowid.
    static func keyText(_ v: DatabaseValue) -> String {
        switch v.storage {
        case .string(let s): return s
        case .int64(let i): return String(i)
        default: return v.description
        }
    }

    static func encode(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "null"
        case .int64(let i): return String(i)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .string(let s): return quote(s)
        case .blob(let data): return quote("base64:" + data.base64EncodedString())
        }
    }

    /// JSON string literal (shared with every JSON the program writes).
    static func quote(_ s: String) -> String { JSONString.quote(s) }
}
