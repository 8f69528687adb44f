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
        var out = "\""
        for scalar in s.unicodeScalars {
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
        return out + "\""
    }
}
