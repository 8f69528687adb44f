import Foundation
import RoundsCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes RFC 4180 CSV for spreadsheets: fields with a comma, quote or line break are quoted, quotes
/// doubled, lines end with CRLF as the RFC (and Excel) expects. Every CSV the program writes comes
/// through here (CONTRACT "Backup, restore and exports"), and every cell is neutralised by
/// ``SpreadsheetCell`` (control characters dropped; a formula-like text cell written with a leading
/// `'`; plain numbers left as numbers).
///
/// ```swift
/// CSVWriter.line(["ICU-V01", "Savina 300, Select"])   // ICU-V01,"Savina 300, Select"\r\n
/// CSVWriter.line(["=HYPERLINK(\"x\")", "-3"])         // "'=HYPERLINK(""x"")",-3\r\n
/// ```
public enum CSVWriter {
    public static func field(_ raw: String) -> String {
        var s = SpreadsheetCell.neutralised(raw)
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) || s.hasPrefix(" ") || s.hasSuffix(" ") {
            s = "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        line(header) + rows.map(line).joined()
    }

    /// The bytes of a CSV text in an encoding; nil when GB18030 cannot hold a character (it holds
    /// every Unicode character, so only a conversion failure of the system gives nil).
    public static func data(_ text: String, encoding: CSVEncoding) -> Data? {
        switch encoding {
        case .utf8: return Data(text.utf8)
        case .excel: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .gb18030: return GB18030.encode(text)
        }
    }

    /// Writes a CSV file. A file that exists is replaced only with `force` (CONTRACT); the write is
    /// atomic, so a failed write leaves the old file or none.
    public static func write(_ text: String, to path: String, encoding: CSVEncoding, force: Bool) throws(CSVWriteError) {
        if !force, FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        guard let bytes = data(text, encoding: encoding) else { throw .unencodable(path) }
        do { try bytes.write(to: URL(fileURLWithPath: path), options: .atomic) } catch { throw .failed(path, error.localizedDescription) }
    }

    /// The absolute form of a path as the user gave it (relative to the working directory).
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// How a CSV's text becomes bytes: UTF-8; UTF-8 with a BOM (`--excel`: what Excel needs to show
/// Chinese); or GB18030 (`--encoding gb18030`: what Excel on a Chinese Windows reads and writes).
public enum CSVEncoding: Sendable, Equatable {
    case utf8, excel, gb18030
}

public enum CSVWriteError: Error, Equatable, CustomStringConvertible {
    case exists(String), unencodable(String), failed(String, String)

    public var description: String {
        switch self {
        case .exists(let p): return "\(p) exists: give --force to replace it"
        case .unencodable(let p): return "\(p): the text cannot be written as GB18030"
        case .failed(let p, let why): return "\(p): \(why)"
        }
    }
}

/// GB18030 encoding with the C library's iconv: Foundation on Linux decodes GB18030 (see
/// `ImportEncoding`), but its encoder is not to be relied on there; glibc's iconv is.
enum GB18030 {
    static func encode(_ text: String) -> Data? {
        guard let cd = iconv_open("GB18030", "UTF-8"), Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        if input.isEmpty { return Data() }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inBuf -> Int in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            }
        }
        guard result != -1, inLeft == 0 else { return nil }
        return Data(output[0..<(output.count - outLeft)])
    }
}
