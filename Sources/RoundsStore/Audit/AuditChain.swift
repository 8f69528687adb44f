import Crypto
import Foundation
import GRDB

/// The hash chain over the `audit` table (R3).
///
/// Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields, so editing,
/// inserting or deleting any entry breaks every hash after it:
///
///     hash(n) = SHA256(hash(n-1) ␊ id ␊ at ␊ actor ␊ action ␊ table ␊ key ␊ payload)
///
/// The first entry chains from 64 zeros.
enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    struct Entry {
        var id: Int64
        var at: Int64
        var actor: String
        var action: String
        var table: String
        var key: String
        var payload: String
        var prevHash: String
        var hash: String
    }

    static func hash(prev: String, id: Int64, at: Int64, actor: String, action: String,
                     table: String, key: String, payload: String) -> String {
        let text = [prev, String(id), String(at), actor, action, table, key, payload].joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Appends one entry inside the caller's write transaction and returns its id.
    @discardableResult
    static func append(_ db: Database, at: Int64, actor: String, action: String,
                       table: String, key: String, payload: String) throws -> Int64 {
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        let prev: String = last?["hash"] ?? genesis
        let id: Int64 = (last?["id"] ?? 0) + 1
        let h = hash(prev: prev, id: id, at: at, actor: actor, action: action, table: table, key: key, payload: payload)
        try db.execute(sql: """
            INSERT INTO audit (id, at, actor, action, tbl, row_key, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, at, actor, action, table, key, payload, prev, h])
        return id
    }
}
