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
        let scale = powersOfTen[places]
        let rounded = scaledAndRounded(d.magnitude, scale: scale)
        var out = d.sign == .minus ? "-" : ""
        out += String(UInt64(rounded / scale))
        guard places > 0 else { return out }
        let fraction = String(UInt64(rounded % scale))
        out += "."
        out += String(repeating: "0", count: places - fraction.count)
        out += fraction
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
