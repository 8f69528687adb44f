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
        // The fields are fed to the hash one after the other, with the separators between them:
        // the same bytes as hashing the joined text, without building it (verify hashes every entry).
        var hasher = SHA256()
        var first = true
        for field in [prev, String(id), String(at), actor, action, table, key, payload] {
            if !first { hasher.update(data: newline) }
            first = false
            var text = field
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hex(hasher.finalize())
    }

    private static let newline: [UInt8] = [0x0A]

    static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hexadecimal of a digest.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for b in digest { bytes.append(digits[Int(b >> 4)]); bytes.append(digits[Int(b & 0x0F)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The last entry of the chain: what the next one chains from.
    struct Head {
        var id: Int64
        var hash: String
    }

    /// The last entry as the table holds it (the genesis, id 0, when there is none).
    static func head(_ db: Database) throws -> Head {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"))
        return Head(id: last?[0] ?? 0, hash: last?[1] ?? genesis)
    }

    /// Appends one entry inside the caller's write transaction and returns its id.
    ///
    /// `head`, when given, is the chain's last entry as this transaction left it (the recorder
    /// keeps it from entry to entry, ``TransactionCache/auditHead``), so an import of thousands of
    /// rows does not read it back each time; it is moved on to the new entry. It can only be
    /// stale if something else appended to the chain in the same transaction, or part of the
    /// transaction were rolled back; nothing does either (no savepoints), and a stale head would
    /// collide with the entry's id, which is the table's primary key, and refuse the write.
    @discardableResult
    static func append(_ db: Database, at: Int64, actor: String, action: String,
                       table: String, key: String, payload: String, head: inout Head?) throws -> Int64 {
        let last = try head ?? Self.head(db)
        let prev = last.hash
        let id = last.id + 1
        let h = hash(prev: prev, id: id, at: at, actor: actor, action: action, table: table, key: key, payload: payload)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit (id, at, actor, action, tbl, row_key, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.setArguments([id, at, actor, action, table, key, payload, prev, h])
        try statement.execute()
        head = Head(id: id, hash: h)
        return id
    }

    /// Appends one entry, reading the chain's last entry first.
    @discardableResult
    static func append(_ db: Database, at: Int64, actor: String, action: String,
                       table: String, key: String, payload: String) throws -> Int64 {
        var head: Head?
        return try append(db, at: at, actor: actor, action: action, table: table, key: key, payload: payload, head: &head)
    }
}
