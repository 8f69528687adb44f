import Foundation
import Testing

/// A minimal RFC 4180 reader for checking the program's CSV and the sample data: quoted fields
/// with commas, doubled quotes and line breaks; CRLF or LF line ends. Works on Unicode scalars,
/// because Swift treats `\r\n` as a single Character.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var i = 0
    func endRecord() {
        record.append(field)
        field = ""
        if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
        record = []
    }
    while i < scalars.count {
        let c = scalars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else {
            switch c {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n": endRecord()
            default: field.unicodeScalars.append(c)
            }
        }
        i += 1
    }
    if !field.isEmpty || !record.isEmpty { endRecord() }
    return records
}

/// A CSV file as dictionaries keyed by its header.
func csvRows(_ text: String) -> [[String: String]] {
    let records = parseCSV(text)
    guard let header = records.first else { return [] }
    return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// The sample hospital's equipment ledger, Data/equipment.csv, as dictionaries.
func sampleEquipment() throws -> [[String: String]] {
    csvRows(try String(contentsOfFile: Repository.dataFile("equipment.csv"), encoding: .utf8))
}

/// `rounds equipment list --format json`: `{"count": N, "devices": [{...}]}`.
struct DeviceList {
    let count: Int
    let devices: [[String: Any]]

    init(json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let top = try #require(object as? [String: Any], "not a JSON object: \(json.prefix(200))", sourceLocation: sourceLocation)
        count = try #require(top["count"] as? Int, "no integer \"count\"", sourceLocation: sourceLocation)
        devices = try #require(top["devices"] as? [[String: Any]], "no \"devices\" array", sourceLocation: sourceLocation)
    }

    var tags: [String] { devices.compactMap { $0["tag"] as? String } }
    var names: [String] { devices.compactMap { $0["name"] as? String } }
}

/// The `ok:` line of `rounds verify`, read for its audit entry count
/// (`ok: integrity ok, 512 audit entries chained, 475 rows match the audit log`).
func auditEntryCount(_ verify: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    let line = try #require(verify.stdoutLines.first(where: { $0.hasPrefix("ok:") }), "no ok: line\n\(verify)", sourceLocation: sourceLocation)
    let words = line.split(separator: " ")
    let i = try #require(words.firstIndex(of: "audit"), "no audit entry count in '\(line)'", sourceLocation: sourceLocation)
    return try #require(Int(words[i - 1]), "no audit entry count in '\(line)'", sourceLocation: sourceLocation)
}

/// Terminal display width as the tests count it: CJK ideographs, CJK punctuation and full-width
/// forms take two columns, everything else one.
func displayColumns<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { sum, u in
        switch u.value {
        case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFF60: return sum + 2
        default: return sum + 1
        }
    }
}
