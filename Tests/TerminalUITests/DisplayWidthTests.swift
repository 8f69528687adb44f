import Testing
@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("single characters, as glibc 2.36 wcwidth counts them")
    func characters() {
        #expect(displayWidth("中" as Character) == 2)          // CJK Unified Ideograph U+4E2D
        #expect(displayWidth("a" as Character) == 1)           // ASCII
        #expect(displayWidth("Ａ" as Character) == 2)          // U+FF21 fullwidth A
        #expect(displayWidth("\u{0301}" as Unicode.Scalar) == 0)  // combining acute accent
        #expect(displayWidth("e\u{0301}" as Character) == 1)   // e + accent is one cluster, 1 column
        #expect(displayWidth("\u{3000}" as Character) == 2)    // ideographic space
        #expect(displayWidth("。" as Character) == 2)          // U+3002, CJK punctuation
        #expect(displayWidth("あ" as Character) == 2)          // Hiragana
        #expect(displayWidth("한" as Character) == 2)          // Hangul syllable
        #expect(displayWidth("㐀" as Character) == 2)          // U+3400, CJK Extension A
        #expect(displayWidth("✅" as Character) == 2)          // U+2705, wide emoji
        #expect(displayWidth("🔧" as Character) == 2)          // U+1F527, wide emoji
        #expect(displayWidth("￥" as Character) == 2)          // U+FFE5 fullwidth yen
    }

    @Test("East Asian Ambiguous characters are 1 column (glibc), not 2")
    func ambiguous() {
        for c: Character in ["·", "—", "①", "○", "★", "─", "│", "┌", "…", "\u{FFFD}"] {
            #expect(displayWidth(c) == 1, "\(c)")
        }
    }

    @Test("control characters are 0 columns")
    func controls() {
        #expect(displayWidth("\u{1B}" as Unicode.Scalar) == 0)
        #expect(displayWidth("\u{7F}" as Unicode.Scalar) == 0)
        #expect(displayWidth("\u{9B}" as Unicode.Scalar) == 0)
    }

    @Test("strings sum their characters")
    func strings() {
        #expect(displayWidth("呼吸机") == 6)           // 3 ideographs x 2
        #expect(displayWidth("CT-3 呼吸机") == 11)     // 5 ASCII + 6
        #expect(displayWidth("") == 0)
        #expect(displayWidth("Cafe\u{0301}") == 4)     // the accent adds nothing
    }

    @Test("table lookups at range edges")
    func rangeEdges() {
        // U+1100...U+115F (Hangul initial jamo) is wide; U+1160 (medial) is 0.
        #expect(displayWidth("\u{1100}" as Unicode.Scalar) == 2)
        #expect(displayWidth("\u{115F}" as Unicode.Scalar) == 2)
        #expect(displayWidth("\u{1160}" as Unicode.Scalar) == 0)
        // U+3029 is wide, U+302A...U+302D are combining (0).
        #expect(displayWidth("\u{3029}" as Unicode.Scalar) == 2)
        #expect(displayWidth("\u{302A}" as Unicode.Scalar) == 0)
        // Fullwidth forms end at U+FF60; U+FF61 (halfwidth ideographic full stop) is 1.
        #expect(displayWidth("\u{FF60}" as Unicode.Scalar) == 2)
        #expect(displayWidth("\u{FF61}" as Unicode.Scalar) == 1)
        // Largest code point: 1.
        #expect(displayWidth("\u{10FFFF}" as Unicode.Scalar) == 1)
    }
}
