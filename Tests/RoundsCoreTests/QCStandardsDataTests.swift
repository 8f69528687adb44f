import Foundation
import Testing
@testable import RoundsCore

/// Data/qc-standards.csv documents the QC standards' item lists for a hospital's physicist to
/// review (R75, R83); the table the program applies must be exactly that file.
struct QCStandardsDataTests {
    @Test func codeTableEqualsTheDataFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/qc-standards.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var fromFile: [String] = []
        for line in lines {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(f.count == 7, "\(line)")
            let kinds = f[4].split(separator: ";").compactMap { QCTestKind(rawValue: String($0)) }
            fromFile.append([f[0], f[1], f[2], f[3], kinds.map(\.rawValue).sorted().joined(separator: ";"), f[5], f[6]].joined(separator: "|"))
        }
        var fromCode: [String] = []
        for s in QCStandards.all {
            for g in s.groups {
                for i in g.items {
                    fromCode.append([s.code, g.code, g.categories.joined(separator: ";"), i.code,
                                     i.kinds.map(\.rawValue).sorted().joined(separator: ";"), i.name.zh, i.name.en].joined(separator: "|"))
                }
            }
        }
        #expect(fromFile == fromCode)
    }

    /// R75: each radiation category has one standard, MRI and ultrasound none.
    @Test func categoriesMapToTheirStandard() {
        #expect(QCStandards.applicable(category: "dr")?.standard.code == "WS76-2020")
        #expect(QCStandards.applicable(category: "mammography")?.group.code == "mammography")
        #expect(QCStandards.applicable(category: "dsa")?.group.code == "fluoroscopy")
        #expect(QCStandards.applicable(category: "CT")?.standard.code == "WS519-2019")
        #expect(QCStandards.applicable(category: "cbct")?.standard.code == "WS818-2023")
        #expect(QCStandards.applicable(category: "mri") == nil)
        #expect(QCStandards.applicable(category: "ultrasound") == nil)
        #expect(QCStandards.standard("WS 76-2020")?.code == "WS76-2020")
        // No category belongs to two groups.
        let all = QCStandards.all.flatMap { $0.groups.flatMap(\.categories) }
        #expect(Set(all).count == all.count)
    }
}
