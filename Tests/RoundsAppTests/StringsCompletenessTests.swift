import Testing
import RoundsApp

/// Every text of the interface exists in Chinese and in English (issue #11: a test fails if any
/// user-facing string lacks one). The compiler already demands both halves of each pair; this
/// checks they are really the two languages, not one copied into the other.
struct StringsCompletenessTests {
    static func hasCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) } }

    /// Texts that are the same in both languages by nature (a key legend of symbols, a code).
    static let languageNeutral: Set<TextID> = []
    /// The language switch names the language it switches to.
    static let namesTheOtherLanguage: Set<TextID> = [.cmdLanguage]

    @Test(arguments: TextID.allCases)
    func bothLanguages(_ id: TextID) {
        let zh = Strings(language: .zh).t(id), en = Strings(language: .en).t(id)
        #expect(!zh.isEmpty && !en.isEmpty, "\(id)")
        guard !Self.languageNeutral.contains(id) else { return }
        let (z, e) = Self.namesTheOtherLanguage.contains(id) ? (en, zh) : (zh, en)
        #expect(Self.hasCJK(z), "\(id): the Chinese text has no Chinese: \(z)")
        #expect(!Self.hasCJK(e), "\(id): the English text has Chinese: \(e)")
    }
}
