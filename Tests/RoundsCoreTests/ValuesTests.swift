import Foundation
import Testing
@testable import RoundsCore

/// The one check per kind of value (issue 10 item 3): amounts, counts and text.
struct ValuesTests {
    @Test func amountsAreReadAsTextToFen() throws {
        #expect(try Money.fen(parsing: "125.50") == 12550)
        #expect(try Money.fen(parsing: "125.5") == 12550)     // one decimal is tenths of a yuan
        #expect(try Money.fen(parsing: "0") == 0)
        #expect(try Money.fen(parsing: "0.07") == 7)
        #expect(try Money.fen(parsing: "9999999999.99") == 999_999_999_999)   // the largest accepted
        #expect(try Money.fen(parsing: "0009999999999.99") == 999_999_999_999)  // leading zeros are not digits of value
        // Each of these aborted or was stored before (issue 10): refused, with what is wrong.
        for (text, why) in [("1e308", "not an amount"), ("92233720368547758.07", "too large"), ("99999999999999999", "too large"),
                            ("10000000000", "too large"), ("-5", "negative"), ("-0.01", "negative"), ("nan", "not an amount"),
                            ("inf", "not an amount"), ("1.005", "not an amount"), ("1,000", "not an amount"), ("", "not an amount"),
                            (".5", "not an amount"), ("5.", "not an amount"), ("１２", "not an amount"), ("0x10", "not an amount")] {
            #expect(throws: ValueRefusal.self, "\(text)") { try Money.fen(parsing: text) }
            do { _ = try Money.fen(parsing: text) } catch { #expect(error.description.contains(why), "\(text): \(error)") }
        }
        #expect(Money.yuan(12550) == "125.50" && Money.yuan(7) == "0.07" && Money.yuan(-150) == "-1.50")
    }

    @Test func countsHaveTheirMinimumAndMaximum() throws {
        #expect(try Count.parse("3", minimum: 1) == 3)
        #expect(try Count.parse("0", minimum: 0) == 0)
        #expect(try Count.parse("1000000", minimum: 1) == 1_000_000)
        #expect(englishRefusal { _ = try Count.parse("0", minimum: 1) } == "'0' is less than 1")
        #expect(englishRefusal { _ = try Count.parse("-5", minimum: 1) } == "'-5' is negative (a count is 1 or more)")
        #expect(englishRefusal { _ = try Count.parse("1000001", minimum: 1) } == "'1000001' is too large (at most 1000000)")
        #expect(englishRefusal { _ = try Count.parse("99999999999999999999", minimum: 0) } == "'99999999999999999999' is too large (at most 1000000)")
        #expect(englishRefusal { _ = try Count.parse("2.5", minimum: 0) } == "'2.5' is not a whole number")
    }

    @Test func controlCharactersAreNamed() throws {
        #expect(CleanText.firstControl(in: "呼\u{0}吸机") == "\u{0}")
        #expect(englishRefusal { try CleanText.check("呼\u{0}吸机") } == "contains the control character U+0000 NUL (control characters are refused)")
        #expect(englishRefusal { try CleanText.check("a\u{1B}[31m") } == "contains the control character U+001B ESC (control characters are refused)")
        #expect(englishRefusal { try CleanText.check("\u{7}") } == "contains the control character U+0007 BEL (control characters are refused)")
        #expect(englishRefusal { try CleanText.check("a\u{85}") } == "contains the control character U+0085 (control characters are refused)")
        // A note may hold tabs and line breaks; a one-line value may hold a tab but no line break.
        try CleanText.check("第一行\n第二行\tx\r\n")
        try CleanText.check("a\tb", lines: .one)
        #expect(throws: ValueRefusal.self) { try CleanText.check("a\nb", lines: .one) }
        #expect(CleanText.firstControl(in: "=HYPERLINK(\"x\") 😀 é") == nil)   // formulas are text: the CSV writer quotes them
    }

    /// 12,000 generated values (4,000 amounts, 4,000 counts, 4,000 texts), hostile ones mixed in:
    /// none traps, every accepted amount equals the exact decimal value of its text in fen, every
    /// accepted count its integer, and a text is refused exactly when it holds a control character.
    @Test func fuzzedValuesNeverTrapAndAgreeWithAReferenceModel() throws {
        var rng = SplitMix64(seed: 0x1000_0010)
        let hostileAmounts = ["1e308", "92233720368547758.07", "99999999999999999", "-5", "-0", "nan", "inf", "+5", "1e2", " 12 ",
                              "9223372036854775807", "9223372036854775808", "00000000000000000000000001.00", "\u{0}1", "12\u{1B}"]
        let alphabet: [Character] = Array("0123456789.-+e ,x") + ["\u{0}", "\u{1B}", "\u{7}", "٣", "９"]
        func random(_ n: Int) -> String { String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }) }
        var amountsAccepted = 0, countsAccepted = 0, textsRefused = 0
        for i in 0..<4000 {
            let text: String
            switch i % 4 {
            case 0: text = hostileAmounts[i / 4 % hostileAmounts.count]
            case 1: text = String(rng.next() % 20_000_000_000) + "." + String(rng.next() % 100)   // half within 9,999,999,999.99
            default: text = random(Int(rng.next() % 25))
            }
            let expected = Self.referenceFen(text)
            let got = try? Money.fen(parsing: text)
            #expect(got == expected, "\(text.debugDescription): \(String(describing: got)) vs \(String(describing: expected))")
            if got != nil { amountsAccepted += 1 }
        }
        for i in 0..<4000 {
            let text = i % 2 == 0 ? String(rng.next() % 2_000_000) : random(Int(rng.next() % 22))   // half the numbers within 1,000,000
            let minimum = i % 2
            let got = try? Count.parse(text, minimum: minimum)
            let t = text.trimmingCharacters(in: CharacterSet(charactersIn: " "))
            let ascii = !t.isEmpty && t.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 }
            let value = ascii ? Int(t.drop { $0 == "0" }.isEmpty ? "0" : String(t.drop { $0 == "0" })) : nil
            let expected = value.flatMap { $0 >= minimum && $0 <= Count.maximum ? $0 : nil }
            #expect(got == expected, "\(text.debugDescription)")
            if got != nil { countsAccepted += 1 }
        }
        let pieces = ["呼吸机", "=SUM(1)", "\u{0}", "\u{1B}[2J", "\u{7}", "\u{7F}", "\u{9B}", "\t", "\n", "é", "😀", "a", " ", "\r\n"]
        for _ in 0..<4000 {
            let text = (0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let hasControl = text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
            let refused = (try? CleanText.check(text)) == nil
            #expect(refused == hasControl, "\(text.debugDescription)")
            if refused { textsRefused += 1 }
        }
        // Both sides of every check were reached (the generator is not all-accepted or all-refused).
        #expect(amountsAccepted > 300 && amountsAccepted < 3500, "\(amountsAccepted)")
        #expect(countsAccepted > 300 && countsAccepted < 3500, "\(countsAccepted)")
        #expect(textsRefused > 500 && textsRefused < 3500, "\(textsRefused)")
    }

    /// The exact value in fen of an amount text, by Decimal arithmetic; nil when outside the domain.
    static func referenceFen(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: CharacterSet(charactersIn: " "))
        guard t.range(of: #"^[0-9]+(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil,
              let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let fen = d * 100
        guard fen <= Decimal(999_999_999_999) else { return nil }
        return NSDecimalNumber(decimal: fen).intValue
    }

    /// The English message of the refusal `body` throws, or nil.
    func englishRefusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as ValueRefusal { return e.description } catch { return "not a ValueRefusal: \(error)" }
    }
}
