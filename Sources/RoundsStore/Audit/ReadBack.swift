import Foundation
import GRDB

/// Defence in depth for the write path: the row read back after writing must say what was written.
///
/// ``Recorder`` records in the audit log the row *as it reads in the table* after each write. If a
/// trigger planted with the `sqlite3` tool rewrote the row on its way in (blanking a hazard's note,
/// say), the audit entry would faithfully record the rewritten row and the row check of `verify`
/// would find nothing wrong. (The schema check of `verify` names such a trigger; this refuses the
/// write before it happens.) So each written column is compared with the value read back, and a
/// difference refuses the write — the transaction rolls back and nothing is saved.
///
/// SQLite's type affinity may legitimately change a value's storage class (the integer 5 written to
/// a `TEXT` column reads back as the text "5"); those conversions are accepted when they keep the
/// value. Text is compared byte for byte. Cost: one comparison per written column, on a row the
/// recorder reads back anyway.
enum ReadBack {
    /// `row`: the row's columns in the canonical order (``CanonicalRow/sorted(_:)``), which the
    /// recorder has sorted anyway to encode the audit entry.
    static func check(_ table: String, written values: [String: (any DatabaseValueConvertible)?], sorted row: [(String, DatabaseValue)]) throws {
        for (column, value) in values {
            let want = value?.databaseValue ?? .null
            let got = CanonicalRow.value(column, in: row) ?? .null
            guard agrees(want, got) else {
                throw StoreError.refused("\(table): the row read back after writing has \(column) = \(got), not the \(want) written: "
                                         + "something in the store file (a trigger?) rewrote it outside rounds; nothing was saved — run `rounds verify`")
            }
        }
    }

    /// Whether `got` is what SQLite stores for `want`: equal, byte for byte for text and blobs, or
    /// the same number after an affinity conversion.
    static func agrees(_ want: DatabaseValue, _ got: DatabaseValue) -> Bool {
        switch (want.storage, got.storage) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return ByteText.equal(a, b)
        case (.blob(let a), .blob(let b)): return a == b
        case (.int64(let a), .int64(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.int64(let a), .double(let b)), (.double(let b), .int64(let a)): return Double(a) == b
        case (.int64(let a), .string(let s)): return s == String(a)
        case (.double(let a), .string(let s)), (.string(let s), .double(let a)): return Double(s) == a
        case (.string(let s), .int64(let a)): return Int64(s.trimmingCharacters(in: .whitespaces)) == a || Double(s) == Double(a)
        default: return false
        }
    }
}
