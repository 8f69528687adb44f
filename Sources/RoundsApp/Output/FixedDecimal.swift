import Foundation

/// The text of a double with a fixed number of decimals, rounded exactly as the C library's
/// `%.*f` rounds it (to nearest, ties to even, on the double's exact binary value), without
/// going through C's variadic call: building its argument list costs a dynamic cast per value,
/// which was a fifth of a 15,000-device JSON report.
///
/// A finite double is `m × 2^e` with a 53-bit `m`. Scaled by `10^places` (at most 10^18), `m`
/// stays below 2^113, so one 128-bit division by `2^-e` gives the rounded digits exactly.
///
/// ```swift
/// FixedDecimal.digits(0.125, places: 2)   // "0.12" (a tie: to even)
/// FixedDecimal.digits(-2.5, places: 0)    // "-2"
/// ```
enum FixedDecimal {
    private static let powersOfTen: [UInt128] = (0...18).map { p in (0..<p).reduce(UInt128(1)) { r, _ in r * 10 } }

    /// `d` with exactly `places` decimals (none and no point when 0), or nil when `d` is not
    /// finite. Magnitudes of 2^63 and more, and more than 18 places, go through the C library.
    static func digits(_ d: Double, places: Int) -> String? {
        guard d.isFinite else { return nil }
        guard (0...18).contains(places), d.magnitude < 0x1p63 else { return cLibrary(d, places: places) }
        return text(d, places: places, trimmed: false)
    }

    /// `String(format: "%.Nf", d)`, without its cost (text reports print thousands of these).
    static func format(_ d: Double, places: Int) -> String {
        digits(d, places: places) ?? String(format: "%.\(places)f", d)
    }

    /// JSON's spelling: up to `places` decimals, trailing zeros trimmed but at least one decimal,
    /// and a negative number that rounds to zero as `0.0`; nil when `d` is not finite.
    static func trimmed(_ d: Double, places: Int) -> String? {
        guard d.isFinite else { return nil }
        guard (0...18).contains(places), d.magnitude < 0x1p63 else {
            var s = cLibrary(d, places: places)
            if s.utf8.contains(UInt8(ascii: ".")) {
                while s.utf8.last == UInt8(ascii: "0") && !s.hasSuffix(".0") { s.removeLast() }
            } else {
                s += ".0"
            }
            return s == "-0.0" ? "0.0" : s
        }
        return text(d, places: places, trimmed: true)
    }

    private static func text(_ d: Double, places: Int, trimmed: Bool) -> String {
        let scale = powersOfTen[places]
        let rounded = scaledAndRounded(d.magnitude, scale: scale)
        var out = d.sign == .minus && !(trimmed && rounded == 0) ? "-" : ""
        out += String(UInt64(rounded / scale))
        var fraction = UInt64(rounded % scale), width = places
        if trimmed {
            guard width > 0 else { return out + ".0" }
            while width > 1 && fraction % 10 == 0 { fraction /= 10; width -= 1 }
        }
        guard width > 0 else { return out }
        let fractionDigits = String(fraction)
        out += "."
        if fractionDigits.utf8.count < width { out += String(repeating: "0", count: width - fractionDigits.utf8.count) }
        out += fractionDigits
        return out
    }

    /// `round(x × scale)` for a non-negative finite `x` below 2^63, ties to even.
    private static func scaledAndRounded(_ x: Double, scale: UInt128) -> UInt128 {
        let exponentBits = Int(x.exponentBitPattern)
        let significand = UInt128(x.significandBitPattern)
        let m = exponentBits == 0 ? significand : significand | (UInt128(1) << 52)
        let e = exponentBits == 0 ? -1074 : exponentBits - 1075
        if e >= 0 { return (m << e) * scale }
        let n = m * scale          // < 2^113
        let shift = -e
        guard shift < 120 else { return 0 }   // n < 2^113 is below half of 2^shift
        let quotient = n >> shift
        let remainder = n & ((UInt128(1) << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        let up = remainder > half || (remainder == half && quotient & 1 == 1)
        return up ? quotient + 1 : quotient
    }

    private static func cLibrary(_ d: Double, places: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let count = withVaList([Int32(places), d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        let bytes = buffer.prefix(Int(max(0, min(count, Int32(buffer.count - 1))))).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
