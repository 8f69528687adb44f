import Foundation
import Testing
@testable import RoundsCore

/// Data/checklists.csv documents the checklist templates for a hospital to review (R18, R26–R28,
/// R32); the items the program asks must be exactly those, in the same order.
struct ChecklistDataTests {
    @Test func templatesEqualTheDataFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/checklists.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(lines.first == "kind,code,scope,when,zh,en")
        var fromFile: [ChecklistKind: [ChecklistItem]] = [:]
        for line in lines.dropFirst() {
            // No quoting: the texts use full-width commas and semicolons (ChecklistTemplates).
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(f.count == 6, "\(line)")
            let kind = try #require(ChecklistKind(rawValue: f[0]))
            let item = ChecklistItem(f[1], try #require(ChecklistItem.Scope(rawValue: f[2])),
                                     try #require(ChecklistItem.Condition(rawValue: f[3])), zh: f[4], en: f[5])
            fromFile[kind, default: []].append(item)
        }
        for kind in ChecklistKind.allCases {
            #expect(fromFile[kind] == ChecklistTemplates.all(kind), "\(kind)")
        }
    }

    @Test func codesAreUniqueWithinATemplate() {
        for kind in ChecklistKind.allCases {
            let codes = ChecklistTemplates.all(kind).map(\.code)
            #expect(Set(codes).count == codes.count, "\(kind)")
        }
    }
}
