/// The glyphs used for borders.
///
/// ``unicode`` uses the light box-drawing set `─│┌┐└┘`: one column in glibc (East Asian
/// Ambiguous), so ncurses places them correctly; a CJK terminal set to draw ambiguous characters
/// wide will misdraw them, which is what ``ascii`` (`+-|`) is for.
public enum BorderStyle: Hashable, Sendable {
    case unicode
    case ascii

    public var horizontal: Character { self == .unicode ? "─" : "-" }
    public var vertical: Character { self == .unicode ? "│" : "|" }
    public var topLeft: Character { self == .unicode ? "┌" : "+" }
    public var topRight: Character { self == .unicode ? "┐" : "+" }
    public var bottomLeft: Character { self == .unicode ? "└" : "+" }
    public var bottomRight: Character { self == .unicode ? "┘" : "+" }
}

extension Frame {
    /// Draws a border around the edge of `rect` and an optional title in the top edge, clipped to
    /// the frame. Rects smaller than 2x2 are left alone. Returns the inside of the box.
    ///
    /// ```swift
    /// let inner = frame.drawBox(Rect(x: 0, y: 0, width: 10, height: 3), style: .ascii, title: "设备")
    /// frame.row(0)   // "+ 设备 --+"  (10 columns: 设备 is 4 wide)
    /// frame.row(1)   // "|        |"
    /// frame.row(2)   // "+--------+"
    /// ```
    @discardableResult
    public mutating func drawBox(_ rect: Rect, style: BorderStyle, role: StyleRole = .border,
                                 title: String? = nil, titleRole: StyleRole = .title) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect.inset(by: 1) }
        let h = String(style.horizontal), v = String(style.vertical)
        let inner = rect.width - 2
        put(String(style.topLeft) + String(repeating: h, count: inner) + String(style.topRight),
            at: rect.origin, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(v, at: Point(x: rect.x, y: y), role: role)
            put(v, at: Point(x: rect.maxX - 1, y: y), role: role)
        }
        put(String(style.bottomLeft) + String(repeating: h, count: inner) + String(style.bottomRight),
            at: Point(x: rect.x, y: rect.maxY - 1), role: role)
        if let title, !title.isEmpty, inner >= 3 {
            let text = " " + clip(sanitized(title), width: inner - 2) + " "
            put(text, at: Point(x: rect.x + 1, y: rect.y), role: titleRole, maxWidth: inner)
        }
        return rect.inset(by: 1)
    }
}
