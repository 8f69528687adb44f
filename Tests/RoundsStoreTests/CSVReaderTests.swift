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

    /// A lone CR ends a record as CRLF and LF do (old spreadsheet exports); each counts one line.
    @Test func loneCarriageReturnsEndRecords() throws {
        let r = try CSVReader.parse("h,k\r1,2\r\n3,4\n")
        #expect(r.map(\.fields) == [["h", "k"], ["1", "2"], ["3", "4"]])
        #expect(r.map(\.line) == [1, 2, 3])
    }

    /// A quoted field that holds a line break moves the line count on for the next record.
    @Test func aBreakInsideQuotesCountsALine() throws {
        let r = try CSVReader.parse("h\n\"a\nb\"\nnext\n")
        #expect(r.map(\.line) == [1, 2, 4])
    }

    @Test func textAfterAClosingQuoteIsRefusedWithItsLine() {
        #expect(throws: CSVReader.ParseError(line: 2, message: "text after a closing quote")) {
            try CSVReader.parse("h\n\"x\"y\n")
        }
    }

    @Test func aQuoteInsideAnUnquotedFieldIsRefused() {
        #expect(throws: CSVReader.ParseError(line: 3, message: "a quote inside an unquoted field (quote the whole field and double the quote)")) {
            try CSVReader.parse("h\nok\nab\"c\n")
        }
    }

    /// Multi-byte text beside quotes and commas comes out whole (the reader works on UTF-8 bytes).
    @Test func chineseInsideQuotesAndSpacesKept() throws {
        let r = try CSVReader.parse("a,b\n\"重症，医学科, ICU\", 呼吸机 \n")
        #expect(r[1].fields == ["重症，医学科, ICU", " 呼吸机 "])
    }

    @Test func chineseFields() throws {
        let r = try CSVReader.parse("资产编号,设备名称\nICU-V01,呼吸机\n")
        #expect(r[1].fields == ["ICU-V01", "呼吸机"])
    }
}
