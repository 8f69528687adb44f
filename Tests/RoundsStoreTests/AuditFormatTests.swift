import Foundation
import GRDB
import Testing
@testable import RoundsStore

/// The two texts every store already holds millions of: the canonical row of an audit entry and the
/// entry's hash. They are written by fast paths (one string, a streamed hash); these pin them to
/// their definitions byte for byte, since a store written before must still verify.
struct AuditFormatTests {
    /// Keys sorted by byte, integers bare, a double as Swift prints it, a non-finite number as
    /// null, text escaped once, a blob as "base64:…".
    @Test func canonicalRowText() {
        let pairs: [(String, DatabaseValue)] = [
            ("tag", "ICU-V01".databaseValue), ("at", Int64(1_700_000_000).databaseValue), ("note", "呼吸机 \"A\"\n".databaseValue),
            ("hours", 2.5.databaseValue), ("bad", Double.infinity.databaseValue), ("round", DatabaseValue.null),
            ("scan", Data([0x01, 0xFF]).databaseValue), ("_at", Int64(-3).databaseValue),
        ]
        #expect(CanonicalRow.encode(pairs: pairs)
                == #"{"_at":-3,"at":1700000000,"bad":null,"hours":2.5,"note":"呼吸机 \"A\"\n","round":null,"scan":"base64:Af8=","tag":"ICU-V01"}"#)
        #expect(CanonicalRow.encode(pairs: []) == "{}")
    }

    /// A layout worked out once per statement writes each row as the pairwise encoding does.
    @Test func layoutEncodesAsThePairs() throws {
        let q = try DatabaseQueue()
        try q.write { db in
            try db.execute(sql: "CREATE TABLE t (zeta TEXT, id INTEGER PRIMARY KEY, alpha REAL, _b BLOB, mid TEXT)")
            try db.execute(sql: "INSERT INTO t (zeta, alpha, _b, mid) VALUES ('呼吸机 \"x\"', 1.5, x'00ff', NULL), ('', NULL, NULL, 'm')")
            let statement = try db.makeStatement(sql: "SELECT rowid, * FROM t ORDER BY rowid")
            let layout = CanonicalRow.Layout(columns: statement.columnNames, skipping: 1)
            let rows = try Row.fetchAll(statement)
            #expect(rows.count == 2)
            for row in rows { #expect(layout.encode(row) == CanonicalRow.encode(pairs: Array(Array(row).dropFirst()))) }
            #expect(layout.encode(rows[1]) == #"{"_b":null,"alpha":null,"id":2,"mid":"m","zeta":""}"#)
        }
    }

    /// SHA-256 over the fields joined by line feeds, as docs/DECISIONS.md defines it. The expected
    /// digest was computed apart from the program: Python's hashlib.sha256 over the joined text.
    @Test func entryHashIsTheHashOfTheJoinedFields() {
        let payload = #"{"device":"ICU-V01","note":"呼吸机 \"A\""}"#
        let h = AuditChain.hash(prev: AuditChain.genesis, id: 7, at: 1_700_000_000, actor: "wangfang", action: "insert",
                                table: "inspections", key: "7", payload: payload)
        #expect(h == "00f291ecd03ef1fa9d4fd5d153b6bfaf98cd1ddeb0f81d8dd1d54551f2d1524c")
    }
}
