import Testing
@testable import RoundsStore

/// RFC 4180 parsing with the physical line each record starts on.
struct CSVReaderTests {
    @Test func quotedFieldsCommasQuotesAndBreaks() throws {
        let text = "a,b\r\n1,\"x, y\"\r\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,z\n"
        let r = try CSVReader.parse(text)
        #expect(r.map(\.fields) == [["a", "b"], ["1", "x, y"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", "z"]])
        // Record "3" starts on line 4 and spans two lines, so "4,z" is on line 6.
        #expect(r.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let r = try CSVReader.parse("h\n\nx\n\n\ny\n")
        #expect(r.map(\.line) == [1, 3, 6])
    }

    @Test func unclosedQuoteNamesItsLine() {
        #expect(throws: CSVReader.ParseError(line: 2, message: "a quoted field is never closed")) {
            try CSVReader.parse("h\n\"open\n")
        }
    }

    @Test func chineseFields() throws {
        let r = try CSVReader.parse("资产编号,设备名称\nICU-V01,呼吸机\n")
        #expect(r[1].fields == ["ICU-V01", "呼吸机"])
    }
}
