/// Where text sits inside a wider space.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}

/// The ellipsis appended to truncated text. Two ASCII dots, never `…` (U+2026 is East Asian
/// Ambiguous: 1 column in glibc, 2 in many CJK terminals, so it would break alignment).
public let ellipsis = ".."

/// Fits text into exactly `width` columns: sanitises it, truncates it by display width with a
/// visible `..`, and pads it with spaces. The result's ``displayWidth(_:)-swift.func`` is always
/// exactly `width` (or 0 when `width <= 0`), so table columns line up whatever the script.
///
/// Truncation keeps the start of the text and always ends with dots:
/// - it keeps the longest prefix that leaves 2 columns for `..`;
/// - a wide character is never split: if the prefix falls one column short because the next
///   character is 2 wide, a third dot fills that column (`...`) so the dots stay at the right edge;
/// - widths 1 and 2 give `.` and `..`.
///
/// ```swift
/// fit("呼吸机", width: 8)                      // "呼吸机  "   (6 + 2 spaces)
/// fit("呼吸机", width: 8, alignment: .right)   // "  呼吸机"
/// fit("重症医学科", width: 5)                  // "重..."      (重 = 2, and 症 would need 2 more)
/// fit("重症医学科", width: 6)                  // "重症.."
/// fit("Ventilator", width: 6)                  // "Vent.."
/// ```
public func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
    guard width > 0 else { return "" }
    let clean = sanitized(text)
    let w = displayWidth(clean)
    if w <= width { return pad(clean, ofWidth: w, to: width, alignment: alignment) }
    if width <= 2 { return String(repeating: ".", count: width) }
    let (prefix, used) = clipWithWidth(clean, width: width - 2)
    return prefix + String(repeating: ".", count: width - used)
}

/// Fits text to `width` with padding on the left (numbers, counts, dates in right-aligned columns).
///
/// ```swift
/// fitRight("42", width: 5)   // "   42"
/// ```
public func fitRight(_ text: String, width: Int) -> String {
    fit(text, width: width, alignment: .right)
}

/// Fits text to `width`, centred (an odd leftover space goes to the right).
///
/// ```swift
/// fitCenter("设备", width: 7)   // " 设备  "
/// ```
public func fitCenter(_ text: String, width: Int) -> String {
    fit(text, width: width, alignment: .center)
}

/// The longest prefix of `text` whose display width is at most `width`, with no ellipsis and no
/// padding. A wide character that does not fit entirely is left out, never split.
///
/// ```swift
/// clip("设备A", width: 3)   // "设"  (备 would need columns 3 and 4)
/// ```
public func clip(_ text: String, width: Int) -> String {
    clipWithWidth(text, width: width).text
}

/// Splits text into lines of at most `width` columns. Breaks at the last space when a line has one,
/// otherwise between any two characters (right for Chinese, which has no spaces). Existing line
/// feeds start new lines. A `width` below 1 gives no lines.
///
/// ```swift
/// wrap("press q to quit", width: 8)   // ["press q", "to quit"]
/// wrap("终端太小请放大窗口", width: 8)   // ["终端太小", "请放大窗", "口"]
/// ```
public func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var rest = Substring(sanitized(String(paragraph)))
        if rest.isEmpty { lines.append(""); continue }
        while !rest.isEmpty {
            var used = 0
            var end = rest.startIndex
            var lastSpace: String.Index? = nil
            while end < rest.endIndex {
                let cw = displayWidth(rest[end])
                if used + cw > width { break }
                if rest[end] == " " { lastSpace = end }
                used += cw
                end = rest.index(after: end)
            }
            if end == rest.endIndex {
                lines.append(String(rest))
                break
            }
            if end == rest.startIndex {
                // A single character wider than the line (width 1, wide char): skip it.
                rest = rest.dropFirst()
                continue
            }
            if rest[end] == " " {
                // The break falls exactly on a space: end the line before it.
                lines.append(String(rest[rest.startIndex..<end]))
                rest = rest[rest.index(after: end)...]
            } else if let space = lastSpace, space > rest.startIndex {
                lines.append(String(rest[rest.startIndex..<space]))
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(String(rest[rest.startIndex..<end]))
                rest = rest[end...]
                if rest.first == " " { rest = rest.dropFirst() }
            }
        }
    }
    return lines
}

/// Pads already-fitting text of width `w` to `width` columns.
func pad(_ text: String, ofWidth w: Int, to width: Int, alignment: Alignment) -> String {
    let gap = width - w
    if gap <= 0 { return text }
    switch alignment {
    case .left:
        return text + String(repeating: " ", count: gap)
    case .right:
        return String(repeating: " ", count: gap) + text
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
    }
}

/// The longest prefix of at most `width` columns and its width.
func clipWithWidth(_ text: String, width: Int) -> (text: String, width: Int) {
    guard width > 0 else { return ("", 0) }
    var used = 0
    var end = text.startIndex
    while end < text.endIndex {
        let cw = displayWidth(text[end])
        if used + cw > width { break }
        used += cw
        end = text.index(after: end)
    }
    return (String(text[..<end]), used)
}
