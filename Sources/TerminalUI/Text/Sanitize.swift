/// Makes text safe to put on a terminal: no character in the result can start an escape sequence or
/// move the cursor.
///
/// Text from the store (an imported CSV, a name typed on another machine) is data, never terminal
/// commands. This replaces:
/// - tab, line feed and carriage return with a space (readable on one line);
/// - every other C0 control (including ESC, U+001B), DEL and C1 control (U+0080–U+009F, which
///   includes the 8-bit CSI U+009B) with U+FFFD `�`;
/// - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) with U+FFFD, so text cannot
///   reorder what the terminal shows.
///
/// ``Frame/put(_:at:role:maxWidth:)`` and ``fit(_:width:alignment:)`` call this themselves.
///
/// ```swift
/// sanitized("OK\u{1B}[2J")   // "OK�[2J": the clear-screen sequence is now harmless text
/// sanitized("a\tb")          // "a b"
/// ```
public func sanitized(_ text: String) -> String {
    if !text.unicodeScalars.contains(where: needsReplacement) { return text }
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        if !needsReplacement(s) {
            scalars.append(s)
        } else if s == "\t" || s == "\n" || s == "\r" {
            scalars.append(" ")
        } else {
            scalars.append(replacementCharacter)
        }
    }
    return String(scalars)
}

/// U+FFFD, what ``sanitized(_:)`` puts in place of control characters (1 column in glibc).
public let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

/// True for scalars that ``sanitized(_:)`` replaces.
@inline(__always)
func needsReplacement(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
    if v < 0x202A { return false }
    return (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
}
