/// A bordered message centred on the screen: for confirmations ("删除? y/N"), errors and the
/// "terminal too small" notice.
///
/// The box is as small as the wrapped message allows (at most the screen minus a margin). When the
/// screen is too small for a box at all, the message is written plainly from the top-left corner,
/// wrapped, so even a 10x3 terminal shows something readable and nothing crashes.
///
/// ```swift
/// MessageBox(title: "提示 Notice", message: "终端太小 / terminal too small (min 80x24)")
///     .render(into: &frame, style: .unicode)
/// ```
public struct MessageBox: Hashable, Sendable {
    public var title: String
    public var message: String
    public var role: StyleRole

    public init(title: String = "", message: String, role: StyleRole = .normal) {
        self.title = title
        self.message = message
        self.role = role
    }

    /// Draws the box centred in `rect` (default: the whole frame) and returns the rect it used.
    @discardableResult
    public func render(into frame: inout Frame, style: BorderStyle, in rect: Rect? = nil) -> Rect {
        let area = (rect ?? frame.bounds).intersection(frame.bounds)
        let maxInner = area.width - 4          // border + one space each side
        let lines = maxInner > 0 ? wrap(message, width: maxInner) : []
        guard area.width >= 8, area.height >= lines.count + 2, !lines.isEmpty else {
            // No room for a box: plain wrapped text.
            frame.fill(area, role: role)
            for (i, line) in wrap(message, width: area.width).prefix(area.height).enumerated() {
                frame.put(line, at: Point(x: area.x, y: area.y + i), role: role, maxWidth: area.width)
            }
            return area
        }
        let textWidth = max(lines.map { displayWidth($0) }.max() ?? 0, displayWidth(sanitized(title)) + 2)
        let box = area.centered(Size(width: min(textWidth, maxInner) + 4, height: lines.count + 2))
        frame.fill(box, role: role)
        frame.drawBox(box, style: style, title: title.isEmpty ? nil : title)
        for (i, line) in lines.enumerated() {
            frame.put(line, at: Point(x: box.x + 2, y: box.y + 1 + i), role: role, maxWidth: box.width - 4)
        }
        return box
    }
}
