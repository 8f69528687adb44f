import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// Hostile cells in an import (issue 10 item 3): refused by FILE:LINE: column with nothing written,
/// or stored exactly as given; never cut short, never a trap.
struct ImportHostileValuesTests {
    @Test func aNULInACellIsRefusedNotCutShort() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let before = try f.store.changeMark()
        // Before, 呼\0吸机 was stored and read back as 呼 (SQLite's C string ended at the NUL), exit 0.
        let path = try f.file("nul.csv", "tag,name,department,in_service,location\nICU-V09,呼\u{0}吸机,ICU,2025-01-01,\"3\u{1B}[2J床\u{7}\"\n")
        #expect(throws: StoreError.importRejected([
            "nul.csv:2: location: contains the control character U+001B ESC (control characters are refused; line breaks too)",
            "nul.csv:2: name: contains the control character U+0000 NUL (control characters are refused; line breaks too)",
        ])) { try f.importer.run(.equipment, file: path) }
        #expect(try f.store.changeMark() == before)
        #expect(try f.store.device("ICU-V09") == nil)
    }

    /// 40 files of 50 equipment rows, 4 generated cells a row (name, model, location, in_service):
    /// 8,000 cells with NUL, ESC, BEL, DEL, line breaks, formula prefixes, quotes, 9999-12-31 and
    /// 0001-01-01 among them. A file with any bad cell is refused as a whole (changeMark unchanged,
    /// none of its devices stored) and names the bad cell's line and column; a file without is
    /// stored, every text byte for byte as given (trimmed of outer spaces, as the importer does).
    @Test func fuzzedImportsAreWholeOrNothingAndNeverTruncate() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        var rng = SplitMix(state: 0x1D_2026)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        let good = ["呼吸机", "=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-1+2", "a,b", "say \"hi\"", "x\ty", "é😀", "'quoted", "Savina 300"]
        let bad = ["呼\u{0}吸机", "\u{1B}[31m", "bell\u{7}", "del\u{7F}", "two\nlines", "c1\u{85}"]
        let goodDates = ["2020-01-01", "1950-01-01", "2099-12-31", "2024/1/5"]
        let badDates = ["9999-12-31", "0001-01-01", "1949-12-31", "2100-01-01", "2025-02-30"]
        var accepted = 0, refused = 0, cells = 0
        for file in 0..<40 {
            let hostile = file % 2 == 1
            let badRow = Int(rng.next() % 50)
            var lines = ["tag,name,model,location,in_service,department"]
            var rows: [(tag: String, name: String, model: String, location: String)] = []
            var badColumns: Set<String> = []
            for r in 0..<50 {
                var name = pick(good), model = pick(good), location = pick(good), date = pick(goodDates)
                if hostile && r == badRow {
                    switch rng.next() % 4 {
                    case 0: name = pick(bad); badColumns.insert("name")
                    case 1: model = pick(bad); badColumns.insert("model")
                    case 2: location = pick(bad); badColumns.insert("location")
                    default: date = pick(badDates); badColumns.insert("in_service")
                    }
                }
                let tag = "F\(file)-\(r)"
                rows.append((tag, name, model, location))
                lines.append([tag, name, model, location, date, "ICU"].map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ","))
                cells += 4
            }
            let path = try f.file("fuzz\(file).csv", lines.joined(separator: "\r\n") + "\r\n")
            let before = try f.store.changeMark()
            do {
                _ = try f.importer.run(.equipment, file: path)
                #expect(!hostile, "file \(file) with a bad cell in \(badColumns) was accepted")
                accepted += 1
                for row in rows {
                    let d = try #require(try f.store.device(row.tag))
                    #expect(d.name == row.name && d.model == row.model && d.location == row.location, "\(row) → \(d)")
                }
            } catch StoreError.importRejected(let problems) {
                #expect(hostile, "a clean file was refused: \(problems)")
                refused += 1
                // The bad row is line badRow + 2 (line 1 is the header; no cell spans lines but "two\nlines").
                let column = try #require(badColumns.first)
                #expect(problems.count == 1 && problems[0].hasPrefix("fuzz\(file).csv:\(badRow + 2): \(column): "), "\(problems)")
                #expect(try f.store.changeMark() == before)
                #expect(try f.store.device("F\(file)-0") == nil)
            }
        }
        #expect(cells == 8000 && accepted == 20 && refused == 20)
        #expect(try f.store.verify().passed)
    }
}

/// SplitMix64 as a closure-free value: the same files on every run.
private struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 27)
    }
}
