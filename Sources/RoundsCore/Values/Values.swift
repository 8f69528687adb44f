/// The domains of the values that enter the program (issue 10, item 3): each kind is checked here,
/// once, and the importer and the command options call these checks; dates are `Day(parsing:)`.
/// A refusal says what is wrong with the value; the caller names where it came from (an option, or
/// `FILE:LINE: column`). It is said in both languages; `description` is the English.
public struct ValueRefusal: BilingualError, Equatable, Sendable {
    public let text: RuleText
    public init(en: String, zh: String) { text = RuleText(en: en, zh: zh) }

    public var description: String { text.en }
    public func message(chinese: Bool) -> String { text.text(chinese: chinese) }
}

/// An amount of money in fen (分), read from text so that no floating point is involved: digits with
/// at most two decimals (`125`, `125.5`, `125.50`), from 0 to `Money.maximumYuan`. Negative amounts,
/// exponents (`1e308`), `nan`, thousands separators and more than two decimals are refused.
///
/// ```swift
/// try Money.fen(parsing: "125.50")   // 12550
/// try Money.fen(parsing: "1e308")    // throws ValueRefusal
/// ```
public enum Money {
    /// The largest amount accepted, in yuan: 9,999,999,999.99. Its fen (below 10^12) times the largest
    /// count (10^6) still fits a 64-bit column, so a price times a stock never overflows either.
    public static let maximumFen: Int64 = 999_999_999_999
    public static let maximumYuan = "9999999999.99"

    public static func fen(parsing text: String) throws(ValueRefusal) -> Int {
        let t = text.trimmingSpaces
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard !t.isEmpty, parts.count <= 2, parts[0].isASCIIDigits, parts.count == 1 || (parts[1].isASCIIDigits && parts[1].count <= 2) else {
            if t.hasPrefix("-") { throw ValueRefusal(en: "'\(text)' is negative (an amount is 0 or more)", zh: "“\(text)”是负数（金额须为 0 或以上）") }
            throw ValueRefusal(en: "'\(text)' is not an amount in yuan (digits with at most two decimals, e.g. 125.50)",
                               zh: "“\(text)”不是以元为单位的金额（数字，最多两位小数，如 125.50）")
        }
        let whole = parts[0].drop { $0 == "0" }
        guard whole.count <= 10 else { throw ValueRefusal(en: "'\(text)' is too large (at most \(maximumYuan) yuan)", zh: "“\(text)”过大（最多 \(maximumYuan) 元）") }
        let cents = parts.count == 2 ? (parts[1].count == 1 ? parts[1] + "0" : parts[1]) : "00"
        let fen = Int64(whole.isEmpty ? "0" : String(whole))! * 100 + Int64(String(cents))!
        guard fen <= maximumFen else { throw ValueRefusal(en: "'\(text)' is too large (at most \(maximumYuan) yuan)", zh: "“\(text)”过大（最多 \(maximumYuan) 元）") }
        return Int(fen)
    }

    /// Fen as yuan text with two decimals: 12550 → "125.50".
    public static func yuan(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let m = fen.magnitude
        let c = m % 100
        return "\(sign)\(m / 100).\(c < 10 ? "0" : "")\(c)"
    }
}

/// A count of things (a quantity, a minimum stock): decimal digits, from `minimum` (0 or 1, as the
/// meaning asks) to `Count.maximum`.
public enum Count {
    /// The largest count accepted: a million of one part is beyond any equipment department's store.
    public static let maximum = 1_000_000

    public static func parse(_ text: String, minimum: Int) throws(ValueRefusal) -> Int {
        let t = text.trimmingSpaces
        guard Substring(t).isASCIIDigits else {
            if t.hasPrefix("-") { throw ValueRefusal(en: "'\(text)' is negative (a count is \(minimum) or more)", zh: "“\(text)”是负数（数量须为 \(minimum) 或以上）") }
            throw ValueRefusal(en: "'\(text)' is not a whole number", zh: "“\(text)”不是整数")
        }
        let significant = t.drop { $0 == "0" }
        guard significant.count <= 7, let n = Int(significant.isEmpty ? "0" : String(significant)), n <= maximum else {
            throw ValueRefusal(en: "'\(text)' is too large (at most \(maximum))", zh: "“\(text)”过大（最多 \(maximum)）")
        }
        guard n >= minimum else { throw ValueRefusal(en: "'\(text)' is less than \(minimum)", zh: "“\(text)”小于 \(minimum)") }
        return n
    }
}

/// Text without control characters. NUL, ESC, BEL, DEL and the other C0 and C1 controls are refused
/// (a NUL cut `呼\0吸机` to `呼` in the store; ESC and BEL drive terminals and spreadsheets). A
/// multi-line text (a note, a fault description) may hold tabs and line breaks; a one-line text
/// (a name, a code, a CSV cell other than notes) may hold a tab but no line break.
public enum CleanText {
    public enum Lines: Sendable { case one, many }

    /// The first control character that `lines` does not allow, or nil.
    public static func firstControl(in text: String, lines: Lines = .many) -> Unicode.Scalar? {
        text.unicodeScalars.first { s in
            if s == "\t" { return false }
            if s == "\n" || s == "\r" { return lines == .one }
            return isControl(s)
        }
    }

    /// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value <= 0x9F)
    }

    /// Refuses a text holding a control character, naming it (`U+001B ESC`).
    public static func check(_ text: String, lines: Lines = .many) throws(ValueRefusal) {
        guard let c = firstControl(in: text, lines: lines) else { return }
        throw ValueRefusal(en: "contains the control character \(name(c)) (control characters are refused\(lines == .one ? "; line breaks too" : ""))",
                           zh: "含有控制字符 \(name(c))（不接受控制字符\(lines == .one ? "，也不接受换行" : "")）")
    }

    /// `U+0000 NUL`, `U+001B ESC`, `U+0007 BEL`…
    public static func name(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0: "NUL", 7: "BEL", 8: "BS", 9: "TAB", 10: "LF", 11: "VT", 12: "FF", 13: "CR", 0x1B: "ESC", 0x7F: "DEL"]
        return names[s.value].map { "\(code) \($0)" } ?? code
    }
}

extension Substring {
    /// One or more of the ASCII digits 0–9 and nothing else (not `٣` or `９`, which `Int` would not read).
    public var isASCIIDigits: Bool { !isEmpty && unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 } }
}

extension String {
    /// Without leading and trailing spaces (ASCII space only: other whitespace is part of the value).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " })!
        return String(scalars[first...last])
    }
}
