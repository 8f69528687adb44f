/// One CSV record with the physical line it starts on (1-based), for `FILE:LINE` messages.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
}

/// An RFC 4180 CSV reader that keeps line numbers.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; CRLF and LF both end a record;
/// blank lines are skipped. A problem (an unclosed quote, text after a closing quote) is reported with
/// its line. Written here rather than taken from a library because every error must name the
/// physical line of the file, which the CSV libraries at hand do not report.
///
/// ```swift
/// let records = try CSVReader.parse("code,name\nICU,\"重症, 医学科\"\n")
/// records[1].fields  // ["ICU", "重症, 医学科"], line 2
/// ```
public enum CSVReader {
    public struct ParseError: Error, Equatable {
        public var line: Int
        public var message: String
    }

    /// The records of `text`. Read byte by byte: every character the format gives meaning to
    /// (comma, quote, CR, LF) is ASCII, so a field is the UTF-8 between them, made a string once.
    public static func parse(_ text: String) throws(ParseError) -> [CSVRecord] {
        let bytes = Array(text.utf8)
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false
        var recordHasContent = false

        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); afterQuote = false }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []; recordHasContent = false
        }

        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if inQuotes {
                if c == quote {
                    if i < bytes.count && bytes[i] == quote { field.append(quote); i += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case comma:
                endField(); recordHasContent = true
            case cr:
                if i < bytes.count && bytes[i] == lf { i += 1 }
                endRecord(); line += 1; recordLine = line
            case lf:
                endRecord(); line += 1; recordLine = line
            case quote:
                guard field.isEmpty, !afterQuote else {
                    throw ParseError(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                inQuotes = true; recordHasContent = true
            default:
                if afterQuote { throw ParseError(line: line, message: "text after a closing quote") }
                field.append(c)
                if c != space && c != tab { recordHasContent = true }
            }
        }
        if inQuotes { throw ParseError(line: recordLine, message: "a quoted field is never closed") }
        if recordHasContent || !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
