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

    /// Verify compares texts byte for byte: the same name in NFC and in NFD differs, though
    /// Swift's `==` says they are equal.
    @Test func bytesEqualMeansTheSameBytes() {
        let nfc = "Dr\u{E4}ger", nfd = "Dra\u{308}ger"
        #expect(nfc == nfd)
        #expect(!ByteText.equal(nfc, nfd))
        #expect(ByteText.equal(nfc, "Dr" + "\u{E4}ger"))
        #expect(ByteText.equal("", ""))
        #expect(!ByteText.equal("", "a") && !ByteText.equal("ab", "a"))
    }

    /// The byte order is the order of the UTF-8 bytes (SQLite's BINARY), prefixes first, for
    /// texts and for keys of several parts: checked against Swift's own byte arrays.
    @Test func byteOrderIsTheOrderOfTheBytes() {
        var random = SeededRandom(seed: 7)
        let pieces = ["", "a", "b", "A", "Dr\u{E4}", "Dra\u{308}", "呼", "吸", "2026-01", "2026-01-01", "\u{0}"]
        func text() -> String { (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        func sign(_ a: [UInt8], _ b: [UInt8]) -> Int { a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1) }
        for _ in 0..<3_000 {
            let (a, b) = (text(), text())
            #expect(ByteText.order(a, b) == sign(Array(a.utf8), Array(b.utf8)), "\(a) \(b)")
            #expect(ByteText.equal(a, b) == (Array(a.utf8) == Array(b.utf8)))
            let (k, l) = ([a, text()], [b, text()])
            let want = k.map { Array($0.utf8) }.lexicographicallyPrecedes(l.map { Array($0.utf8) }, by: { $0.lexicographicallyPrecedes($1) }) ? -1
                : (k.map { Array($0.utf8) } == l.map { Array($0.utf8) } ? 0 : 1)
            #expect(ByteText.order(k, l) == want)
        }
        #expect(ByteText.order(["D01"], ["D01", "monthly"]) == -1)
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
