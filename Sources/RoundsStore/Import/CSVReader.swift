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

    public static func parse(_ text: String) throws(ParseError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false
        var recordHasContent = false

        func endField() { fields.append(field); field = ""; afterQuote = false }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []; recordHasContent = false
        }

        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = it.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = next }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                endField(); recordHasContent = true
            case "\r":
                let next = it.next()
                if next != "\n" { pending = next }
                endRecord(); line += 1; recordLine = line
            case "\n":
                endRecord(); line += 1; recordLine = line
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw ParseError(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                inQuotes = true; recordHasContent = true
            default:
                if afterQuote { throw ParseError(line: line, message: "text after a closing quote") }
                field.unicodeScalars.append(c)
                if c != " " && c != "\t" { recordHasContent = true }
            }
        }
        if inQuotes { throw ParseError(line: recordLine, message: "a quoted field is never closed") }
        if recordHasContent || !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
