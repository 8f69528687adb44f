import Foundation
import Testing

/// Hostile option values and spreadsheet-safe CSV through the real binary (issue 10 items 3 and 5).
struct HostileValuesTests {
    /// Each of these aborted (SIGILL/SIGABRT), was stored, or gave ArgumentParser's "Missing value":
    /// now exit 1 with the option named, and the audit chain's head unchanged (nothing written).
    @Test func hostileAmountsCountsAndTextsAreRefusedAndNothingIsWritten() throws {
        let box = try Sandbox("hostile")
        try PartsContactsScrapTests.hospital(box)
        #expect(try box.rounds(["part", "add", "--code", "P1", "--name", "氧电池", "--price", "380.5"], user: "head").status == 0)
        let head = try SealTests.head(box)
        let cases: [([String], String)] = [
            (["part", "add", "--code", "P2", "--name", "x", "--price", "1e308"], "--price '1e308' is not an amount"),
            (["part", "add", "--code", "P2", "--name", "x", "--price", "92233720368547758.07"], "--price '92233720368547758.07' is too large"),
            (["part", "add", "--code", "P2", "--name", "x", "--price=-5"], "--price '-5' is negative"),
            (["part", "add", "--code", "P2", "--name", "x", "--price", "-5"], "--price '-5' is negative"),
            (["part", "add", "--code", "P2", "--name", "x", "--minimum=-3"], "--minimum '-3' is negative"),
            (["part", "add", "--code", "P2", "--name", "x", "--minimum", "99999999999999999999"], "--minimum '99999999999999999999' is too large"),
            (["part", "receive", "P1", "--qty", "-5"], "--qty '-5' is negative"),
            (["part", "receive", "P1", "--qty=-5"], "--qty '-5' is negative"),
            (["part", "receive", "P1", "--qty", "0"], "--qty '0' is less than 1"),
            (["part", "receive", "P1", "--qty", "3", "--note", "a\u{1B}[2Jb"], "--note: the text contains the control character U+001B ESC"),
            (["part", "add", "--code", "P2", "--name=响\u{7}铃"], "--name: the text contains the control character U+0007 BEL"),
            (["scrap", "request", "ICU-V01", "--reason", "老化", "--value", "99999999999999999"], "--value '99999999999999999' is too large"),
            (["scrap", "request", "ICU-V01", "--reason", "老化", "--value=-1"], "--value '-1' is negative"),
            (["ticket", "open", "--device", "ICU-V01", "--fault", "报警\u{7F}"], "--fault: the text contains the control character U+007F DEL"),
            (["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--result", "ok", "--at", "9999-12-31"], "'9999-12-31' is not"),
            (["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--result", "ok", "--at", "0001-01-01"], "'0001-01-01' is not"),
        ]
        for (args, message) in cases {
            let r = try box.rounds(args, user: "head", clockAtWork: false)   // --now stays the test clock; --at is checked
            #expect(r.status == 1 && r.stderr.contains(message), "\(r)")
        }
        for bad in ["9999-12-31", "0001-01-01"] {
            let r = try box.rounds(["report", "overdue"], now: bad, user: "head", clockAtWork: false)
            #expect(r.status == 1 && r.stderr.contains("--now '\(bad)' is not"), "exit 1 like every refusal, not 64: \(r)")
        }
        #expect(try SealTests.head(box) == head, "nothing was written")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// 48 generated option values through the real binary (12 each for --price, --minimum, --qty and
    /// --value, in both `--opt V` and `--opt=V` spellings): every run ends with exit 0 or 1, never a
    /// signal or a usage error; a refusal is one line naming its option and leaves the chain's head
    /// where it was; an acceptance stores the value (a new audit entry).
    @Test func generatedOptionValuesNeverTrap() throws {
        let box = try Sandbox("hostile-gen")
        try PartsContactsScrapTests.hospital(box)
        #expect(try box.rounds(["part", "add", "--code", "P0", "--name", "x"], user: "head").status == 0)
        let pieces = ["1", "9", "0", ".", "5", "-", "e", "308", "99999999999", "٣", "+", " ", ",", "00"]
        var state: UInt64 = 0x48_2026
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        var accepted = 0, refused = 0
        for i in 0..<48 {
            let value = (0..<(1 + next() % 4)).map { _ in pieces[next() % pieces.count] }.joined()
            let (option, command): (String, [String]) = switch i % 4 {
            case 0: ("--price", ["part", "add", "--code", "G\(i)", "--name", "x"])
            case 1: ("--minimum", ["part", "add", "--code", "G\(i)", "--name", "x"])
            case 2: ("--qty", ["part", "receive", "P0"])
            default: ("--value", ["scrap", "request", "ICU-V0\(1 + i % 2)", "--reason", "老化"])
            }
            let head = try SealTests.head(box)
            let r = try box.rounds(command + (i % 8 < 4 ? [option, value] : ["\(option)=\(value)"]), user: "head", clockAtWork: false)
            #expect(r.status == 0 || r.status == 1, "\(r)")
            if r.status == 1 {
                refused += 1
                #expect(r.stderrLines.count == 1, "\(r)")
                #expect(try SealTests.head(box) == head, "a refusal wrote nothing: \(r)")
            } else {
                accepted += 1
                #expect(try SealTests.head(box) != head, "\(r)")
            }
        }
        #expect(accepted + refused == 48 && accepted > 0 && refused > 0, "accepted \(accepted), refused \(refused)")
    }

    /// A device list with formula-like names and ESC/BEL (planted with sqlite3: the importer refuses
    /// control characters now) exports as safe cells, with a BOM under --excel.
    @Test func craftedDeviceListExportsSafeCells() throws {
        let box = try Sandbox("csv-safe")
        try PartsContactsScrapTests.hospital(box)
        let names = ["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-1+2"]
        var csv = "tag,name,department,in_service\n"
        for (i, n) in names.enumerated() { csv += "X-\(i),\"\(n.replacingOccurrences(of: "\"", with: "\"\""))\",ICU,2020-01-01\n" }
        let imported = try box.rounds(["import", "equipment", try box.write("x.csv", csv)], user: "head")
        try #require(imported.status == 0, "\(imported)")
        _ = try SealTests.sqlite(box, "UPDATE equipment SET location = 'bed' || char(27) || '[31m' || char(7) WHERE tag = 'X-0'")
        let r = try box.rounds(["equipment", "list", "--format", "csv", "--excel"], user: "head")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.unicodeScalars.first == "\u{FEFF}", "--excel starts with the UTF-8 BOM")
        let cells = Self.cells(String(r.stdout.unicodeScalars.dropFirst()))
        #expect(cells.count > 20)
        for cell in cells {
            #expect(!cell.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }, "\(cell.debugDescription)")
            if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                #expect(Double(cell) != nil, "only a number may start with a formula character: \(cell.debugDescription)")
            }
        }
        for n in names { #expect(cells.contains("'" + n), "\(n) is written as text") }
        #expect(cells.contains("bed[31m"), "ESC and BEL dropped")
        // The list re-imports as it was: the importer takes the ' off again (and reads the BOM).
        let again = try box.rounds(["import", "equipment", try box.write("again.csv", r.stdout)], user: "head")
        #expect(again.status == 0, "\(again)")
        let json = try box.rounds(["equipment", "list", "--format", "json"], user: "head")
        for n in names { #expect(json.stdout.contains("\"name\": " + Self.jsonString(n)), "\(n) unchanged after re-import") }
        let plain = try box.rounds(["equipment", "list", "--format", "csv"], user: "head")
        #expect(plain.stdout.hasPrefix("tag,") && plain.stdout.contains("'=HYPERLINK(\"\"x\"\")"), "\(plain)")
    }

    /// `handover export --output` never replaces a file without --force; GB18030 when asked.
    @Test func aSecondExportRefusesToOverwriteWithoutForce() throws {
        let box = try Sandbox("csv-force")
        try box.createSampleHospital()
        let sign = try box.rounds(["handover", "sign", "--department", "ED"], now: "2026-11-22T19:55", user: "demo")
        try #require(sign.status == 0, "\(sign)")
        let file = box.path("sheet.csv")
        let first = try box.rounds(["handover", "export", "1", "--format", "csv", "--excel", "--output", file], now: "2026-11-22T20:00", user: "demo")
        #expect(first.status == 0 && first.stdout == file + "\n", "prints the absolute path: \(first)")
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(written.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let second = try box.rounds(["handover", "export", "1", "--format", "csv", "--output", file], now: "2026-11-22T20:00", user: "demo")
        #expect(second.status == 1 && second.stderr.contains("exists: give --force to replace it"), "\(second)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == written, "the file is untouched")
        // The Chinese sheet in GB18030 reads back (Foundation's GB18030 decoder, as the importer's) as the UTF-8 one.
        let zh = ["handover", "export", "1", "--format", "csv", "--lang", "zh"]
        let forced = try box.rounds(zh + ["--encoding", "gb18030", "--force", "--output", file], now: "2026-11-22T20:00", user: "demo")
        #expect(forced.status == 0, "\(forced)")
        let gb = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(String(data: gb, encoding: .utf8) == nil, "GB18030 now, not UTF-8")
        let utf8 = try box.rounds(zh, now: "2026-11-22T20:00", user: "demo")
        #expect(String(data: gb, encoding: String.Encoding(rawValue: 0x8000_0632)) == utf8.stdout)
        let both = try box.rounds(["handover", "export", "1", "--excel", "--encoding", "gb18030"], now: "2026-11-22T20:00", user: "demo")
        #expect(both.status == 1 && both.stderr.contains("--excel"), "\(both)")
    }

    static func jsonString(_ s: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes]), encoding: .utf8)!.dropFirst().dropLast().description
    }

    /// The cells of an RFC 4180 text (quoted fields may hold commas, quotes and line breaks).
    static func cells(_ text: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, it = Array(text.unicodeScalars), i = 0
        while i < it.count {
            let c = it[i]
            if quoted {
                if c == "\"" { if i + 1 < it.count, it[i + 1] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false } }
                else { cell.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," || c == "\n" { cells.append(cell); cell = "" }
            else if c == "\r" && i + 1 < it.count && it[i + 1] == "\n" { }
            else { cell.unicodeScalars.append(c) }
            i += 1
        }
        return cells
    }
}
