import Foundation
import Testing
import RoundsStore
@testable import RoundsCore
@testable import RoundsApp

/// Every CSV the program writes is safe for spreadsheets (CONTRACT "Backup, restore and exports").
struct CSVWriterTests {
    /// What a spreadsheet must not run: a cell starting with one of these is a formula (or DDE).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell is safe when it holds no control character but tab and line breaks, and starts with no
    /// formula character unless it is a plain number.
    static func isSafe(_ cell: String) -> Bool {
        let controls = cell.unicodeScalars.contains { CleanText.isControl($0) && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard !controls, let first = cell.unicodeScalars.first else { return !controls }
        return !formulaStarts.contains(first) || SpreadsheetCell.isNumber(cell)
    }

    @Test func craftedCellsAreNeutralised() throws {
        let doc = CSVWriter.document(header: ["name", "n"], rows: [
            ["=HYPERLINK(\"x\")", "-3"], ["+cmd|' /C calc'!A0", "12.5"], ["@SUM(1)", "-0.5%"], ["-1+2", "0"],
            ["a\u{1B}[31mred\u{7}", "\tx"], ["\rcr", "呼\u{0}吸机"],
        ])
        // Expected text: a leading ' on the formula-like text cells; numbers (-3, 12.5, -0.5%) left as
        // numbers; ESC, BEL and NUL dropped; quotes doubled and fields with quotes or CR quoted.
        #expect(doc == "name,n\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-3\r\n"
                + "'+cmd|' /C calc'!A0,12.5\r\n"
                + "'@SUM(1),-0.5%\r\n"
                + "'-1+2,0\r\n"
                + "a[31mred,'\tx\r\n"
                + "\"'\rcr\",呼吸机\r\n")
        let records = try CSVReader.parse(doc)
        for cell in records.flatMap(\.fields) { #expect(Self.isSafe(cell), "\(cell.debugDescription)") }
    }

    /// 6,000 generated cells from hostile pieces: every document parses back (with the importer's
    /// reader) to exactly the neutralised cells, every cell is safe, and nothing else is lost: a
    /// cell equals its input minus control characters, with a `'` before it when it was formula-like.
    @Test func fuzzedCellsAreSafeAndRoundTrip() throws {
        var rng = XorShift(state: 0xC5F_0005)
        let pieces = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", ",", " ", "'", "\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}",
                      "HYPERLINK(\"x\")", "cmd|' /C calc'!A0", "SUM(1)", "1", "2.5", "%", "呼吸机", "é", "😀", "9999-12-31", "0001-01-01"]
        var cells = 0, quoted = 0
        for _ in 0..<600 {
            var rows: [[String]] = []
            for _ in 0..<5 {
                rows.append((0..<2).map { _ in (0..<Int(rng.next() % 5)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined() })
            }
            let doc = CSVWriter.document(header: ["a", "b"], rows: rows)
            let parsed = try CSVReader.parse(doc).dropFirst().map(\.fields)
            // A row of one empty field cannot be told from a blank line, which the reader skips.
            let expected = rows.map { $0.map(SpreadsheetCell.neutralised) }
            #expect(parsed.count == expected.count, "\(doc.debugDescription)")
            for (got, want) in zip(parsed, expected) {
                #expect(got == want, "\(doc.debugDescription)")
            }
            for (input, cell) in zip(rows.flatMap { $0 }, expected.flatMap { $0 }) {
                cells += 1
                #expect(Self.isSafe(cell), "\(input.debugDescription) → \(cell.debugDescription)")
                let stripped = String(String.UnicodeScalarView(input.unicodeScalars.filter { !CleanText.isControl($0) || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
                #expect(cell == stripped || cell == "'" + stripped, "nothing but controls is dropped: \(input.debugDescription)")
                if cell.hasPrefix("'") && !stripped.hasPrefix("'") { quoted += 1 }
                // The importer undoes the quote, so a list the program wrote re-imports as it was
                // (a text that itself began with ' and a formula character is the one it cannot tell).
                if !(stripped.hasPrefix("'") && stripped.unicodeScalars.dropFirst().first.map(SpreadsheetCell.formulaStarts.contains) == true) {
                    #expect(SpreadsheetCell.restored(cell) == stripped, "\(input.debugDescription)")
                }
            }
        }
        #expect(cells == 6000)
        #expect(quoted > 500, "the generator reaches formula-like cells: \(quoted)")
    }

    @Test func excelHasABOMAndGB18030RoundTripsThroughTheImportDecoder() throws {
        let text = CSVWriter.document(header: ["资产编号", "设备名称"], rows: [["ICU-V01", "呼吸机"], ["ED-01", "除颤仪 😀"]])
        let excel = try #require(CSVWriter.data(text, encoding: .excel))
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(ImportEncoding.decode(excel)?.0 == text)
        let gb = try #require(CSVWriter.data(text, encoding: .gb18030))
        #expect(String(data: gb, encoding: .utf8) == nil, "GB18030 bytes of Chinese are not UTF-8")
        // 呼 is BA F4 in GB18030 (as in GB2312; `iconv -t gb18030` agrees); the emoji takes four bytes.
        #expect(gb.range(of: Data([0xBA, 0xF4])) != nil)
        let decoded = try #require(ImportEncoding.decode(gb))
        #expect(decoded.0 == text && decoded.1 == .gb18030)
    }

    @Test func aFileThatExistsIsNotReplacedWithoutForce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.csv").path
        try CSVWriter.write("a\r\n", to: path, encoding: .utf8, force: false)
        #expect(throws: CSVWriteError.exists(path)) { try CSVWriter.write("b\r\n", to: path, encoding: .utf8, force: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\r\n")
        try CSVWriter.write("b\r\n", to: path, encoding: .utf8, force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "b\r\n")
    }
}

/// Xorshift64: a deterministic generator, the same cells on every run.
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
