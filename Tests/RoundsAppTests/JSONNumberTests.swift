import Foundation
import Testing
import RoundsStore
@testable import RoundsApp

/// JSON numbers are written by ``FixedDecimal`` instead of Foundation's `String(format:)`: the text
/// must not change by one character (CONTRACT: rates to at least 6 decimal places).
struct JSONNumberTests {
    /// The rule as it was written before, with Foundation.
    func before(_ d: Double, _ places: Int) -> String {
        guard d.isFinite else { return "null" }
        var s = String(format: "%.\(places)f", d)
        while s.hasSuffix("0") && !s.hasSuffix(".0") { s.removeLast() }
        if !s.contains(".") { s += ".0" }
        return s == "-0.0" ? "0.0" : s
    }

    @Test func sameTextAsBeforeForEdgesAndASeededSample() {
        var random = SeededRandom(seed: 12)
        // Ties, negative zero, whole numbers, huge and tiny values, and rates near 1 and 0.95.
        var values: [Double] = [0, -0.0, 1, 2.5, -2.5, 0.125, 0.975694, 0.95, 0.9500005, 1e15, -1e-9, 123456.789, .infinity, .nan]
        for _ in 0..<2_000 { values.append(Double.random(in: -1_000...1_000, using: &random)) }
        for _ in 0..<2_000 { values.append(Double.random(in: 0...1, using: &random)) }
        for d in values {
            // Places 1, 2 and 6 are the ones the reports use; with 0 the old rule trimmed the
            // zeros of whole numbers (810 became 81.0), which the C library's text does not.
            for places in [1, 2, 6, 8] {
                #expect(JSONValue.fixed(d, places: places) == before(d, places), "\(d) with \(places) places")
            }
        }
        #expect(JSONValue.number(0.975694444, places: 6).text == "0.975694")
        #expect(JSONValue.number(2160, places: 1).text == "2160.0")
        #expect(JSONValue.number(810, places: 0).text == "810.0")
    }

    /// FixedDecimal's exact rounding against the C library's `%.*f` itself, digit for digit:
    /// random bit patterns (every exponent, subnormals), ties, and every place count 0–18.
    @Test func fixedDecimalRoundsAsTheCLibrary() {
        var random = SeededRandom(seed: 7)
        var values: [Double] = [0.5, 1.5, 2.5, 0.125, 0.375, 1e-300, 5e-324, 0x1p62, 0x1p63, 9.2e18, 1e300, -0.0]
        for _ in 0..<3_000 { values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &random))) }
        for _ in 0..<3_000 { values.append(Double(Int.random(in: -4_000...4_000, using: &random)) / 8) }
        for d in values where d.isFinite {
            for places in 0...18 {
                #expect(FixedDecimal.digits(d, places: places) == String(format: "%.\(places)f", d), "\(d) with \(places) places")
            }
        }
        #expect(FixedDecimal.digits(.nan, places: 2) == nil)
    }
}
