import Testing
@testable import TerminalUI

@Suite("Sanitising text for the terminal")
struct SanitizeTests {
    @Test("ESC and other controls become U+FFFD; clean text is unchanged")
    func removesEscape() {
        let hostile = "OK\u{1B}[2J\u{1B}]0;pwned\u{07}"
        let clean = sanitized(hostile)
        #expect(!clean.unicodeScalars.contains("\u{1B}"))
        #expect(!clean.unicodeScalars.contains("\u{07}"))
        #expect(clean == "OK\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}")
        #expect(sanitized("呼吸机 CT-3") == "呼吸机 CT-3")
    }

    @Test("C1 controls (8-bit CSI U+009B) and DEL are replaced")
    func c1() {
        #expect(sanitized("a\u{9B}31mb\u{7F}") == "a\u{FFFD}31mb\u{FFFD}")
    }

    @Test("tab, CR and LF become spaces (CR LF is one Character in Swift: two spaces)")
    func whitespace() {
        #expect(sanitized("a\tb\nc") == "a b c")
        #expect(sanitized("x\r\ny") == "x  y")
    }

    @Test("bidi overrides are replaced")
    func bidi() {
        #expect(sanitized("ab\u{202E}cd\u{2066}") == "ab\u{FFFD}cd\u{FFFD}")
    }

    @Test("Frame.put sanitises what it writes")
    func frameSanitises() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.put("a\u{1B}[b", at: .zero)
        #expect(frame.row(0) == "a\u{FFFD}[b  ")
    }
}
