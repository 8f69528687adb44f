import Testing
import TerminalUI
@testable import CursesBackend

/// Keeps TerminalUI's pure-Swift width table honest: ncurses places cells by glibc `wcwidth`, so
/// the two must agree or columns drift on screen.
@Suite("displayWidth agrees with libc wcwidth")
struct WidthAgreementTests {
    /// ~40 characters that matter to Rounds: CJK, punctuation, kana, Hangul, fullwidth forms, emoji,
    /// ASCII, combining marks, box drawing and East Asian Ambiguous symbols.
    static let fixture: [Unicode.Scalar] = [
        "中", "呼", "吸", "机", "设", "备", "科", "㐀", "\u{9FFF}", "\u{20000}",   // CJK (+Ext A, B)
        "\u{3000}", "。", "、", "「", "」", "（", "）", "，", "：",                // CJK punctuation
        "あ", "ア", "한", "\u{1100}", "\u{1160}",                                  // kana, Hangul, jamo
        "Ａ", "１", "￥", "\u{FF61}", "ｱ",                                          // full/halfwidth
        "✅", "🔧", "\u{1F600}", "⌚",                                             // wide emoji
        "a", "Z", "0", " ", "~", "-",                                              // ASCII
        "\u{0301}", "\u{0300}", "\u{200B}", "\u{FE0F}", "\u{302A}",                // zero width
        "─", "│", "┌", "┐", "└", "┘", "+", "|",                                    // borders
        "·", "—", "①", "○", "★", "…", "°", "±", "\u{FFFD}", "é",                   // ambiguous and Latin
    ]

    @Test("fixture characters")
    func fixture() {
        for scalar in Self.fixture {
            #expect(displayWidth(scalar) == libcDisplayWidth(scalar),
                    "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test("every code point: equal wherever glibc gives a width; 0 for controls, 1 for unassigned")
    func everyCodePoint() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }   // surrogates
            let libc = libcDisplayWidth(scalar)
            let ours = displayWidth(scalar)
            let expected: Int
            if libc >= 0 {
                expected = libc
            } else {
                let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
                expected = isControl ? 0 : 1
            }
            if ours != expected, mismatches.count < 10 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)) libc \(libc) ours \(ours)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
