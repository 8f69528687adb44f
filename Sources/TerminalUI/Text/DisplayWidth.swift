/// How many terminal columns a Unicode scalar occupies, as glibc 2.36 `wcwidth` (which ncurses uses
/// to place cells) would say.
///
/// - ASCII printable: 1. Control characters (C0, DEL, C1): 0 here, but never draw them: see
///   ``sanitized(_:)``.
/// - Combining marks, zero-width format characters, Hangul medial/final jamo: 0.
/// - CJK ideographs, kana, Hangul syllables, CJK punctuation, fullwidth forms, wide emoji: 2.
/// - East Asian *Ambiguous* characters (`·`, `—`, `①`, `○`, box drawing `─│┌`): 1, as in glibc,
///   even though some CJK terminals draw them 2 wide. The UI avoids them in its own chrome.
/// - Everything else, including unassigned code points (glibc: -1): 1.
///
/// ```swift
/// displayWidth("中" as Unicode.Scalar)      // 2
/// displayWidth("\u{0301}" as Unicode.Scalar) // 0 (combining acute accent)
/// ```
public func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return 1 }
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    if WidthTable.contains(WidthTable.doubleWidth, v) { return 2 }
    if WidthTable.contains(WidthTable.zeroWidth, v) { return 0 }
    return 1
}

/// Columns occupied by one grapheme cluster: the sum of its scalars' widths, which is where ncurses
/// will leave the cursor after writing it.
///
/// ```swift
/// displayWidth("a" as Character)          // 1
/// displayWidth("中" as Character)         // 2
/// displayWidth("e\u{0301}" as Character)  // 1 (e + combining accent)
/// displayWidth("Ａ" as Character)         // 2 (U+FF21 fullwidth A)
/// ```
public func displayWidth(_ character: Character) -> Int {
    var total = 0
    for scalar in character.unicodeScalars { total += displayWidth(scalar) }
    return total
}

/// Columns occupied by a string: the sum over its scalars.
///
/// ```swift
/// displayWidth("呼吸机")        // 6
/// displayWidth("CT-3 呼吸机")   // 11
/// ```
public func displayWidth(_ string: some StringProtocol) -> Int {
    var total = 0
    for scalar in string.unicodeScalars { total += displayWidth(scalar) }
    return total
}

extension WidthTable {
    /// Binary search in a flattened, sorted list of inclusive ranges `[s0, e0, s1, e1, ...]`.
    static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var lo = 0, hi = table.count / 2 - 1
        if hi < 0 || value < table[0] || value > table[table.count - 1] { return false }
        while lo <= hi {
            let mid = (lo + hi) / 2
            if value < table[2 * mid] {
                hi = mid - 1
            } else if value > table[2 * mid + 1] {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
