import Foundation
import Testing
@testable import RoundsCore

/// `trimmingWhitespace` is Foundation's `trimmingCharacters(in: .whitespaces)` with a fast path: the two
/// must agree on every text, spaces of every kind at either end included.
struct TrimmingTests {
    @Test func agreesWithFoundation() {
        let pieces = ["", " ", "\t", "\u{3000}", "\u{00A0}", "\u{2009}", "\n", "a", "呼吸机", "e\u{301}", "D01-00001", "  x  ", "\u{FEFF}", "\u{180E}", "\u{200B}", "\u{0085}", "\u{202F}"]
        var random = SplitMix64(seed: 20261201)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
        }
    }

    /// Hand-picked: an ideographic space (U+3000, typed by Chinese input methods) is trimmed; a
    /// newline is not (it is not in `.whitespaces`); inner spaces stay.
    @Test func examples() {
        #expect("\u{3000}呼吸机 A\u{3000}".trimmingWhitespace == "呼吸机 A")
        #expect("\tICU \n".trimmingWhitespace == "ICU \n")
        #expect("ICU-V01".trimmingWhitespace == "ICU-V01")
    }
}
