/// A JSON string literal with the minimal escapes: quote, backslash and control characters.
///
/// One spelling for every JSON the program writes (machine output, the audit log's row images), so
/// the same text always encodes to the same bytes.
///
/// ```swift
/// JSONString.quote("呼吸机 \"A\"")   // "\"呼吸机 \\\"A\\\"\""
/// ```
public enum JSONString {
    public static func quote(_ s: String) -> String {
        var out = ""
        append(s, to: &out)
        return out
    }

    /// Appends the literal of `s` to `out`. Most text (names, tags, days) needs no escape at all:
    /// one pass over its UTF-8 bytes finds that, and the text is then copied whole, not scalar by
    /// scalar (a report of 15,000 devices quotes 100,000 strings).
    public static func append(_ s: String, to out: inout String) {
        out += "\""
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }) {
            out += s
        } else {
            for scalar in s.unicodeScalars { appendEscaped(scalar, to: &out) }
        }
        out += "\""
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
}
