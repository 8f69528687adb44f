/// A page of styled lines that scrolls: a device's record, a ticket, what a command printed.
///
/// A line wider than the page wraps (its continuation indented like the line, two more), so a rule's
/// reason or an exception text is read in full instead of ending mid-word at the edge.
///
/// ```swift
/// TextPage.render([("WX-2026-000001  requested", .title), ("  R38: not assigned within 15 minutes …", .normal)],
///                 scroll: &scroll, into: &frame, rect: body)
/// ```
public enum TextPage {
    /// The lines as drawn at `width`: each wrapped, continuations indented.
    public static func wrapped(_ lines: [(String, StyleRole)], width: Int) -> [(String, StyleRole)] {
        lines.flatMap { text, role -> [(String, StyleRole)] in
            guard displayWidth(text) > width, width > 8 else { return [(text, role)] }
            let indent = String(text.prefix { $0 == " " })
            let body = wrap(String(text.dropFirst(indent.count)), width: max(1, width - indent.count - 2))
            return body.enumerated().map { i, part in ((i == 0 ? indent : indent + "  ") + part, role) }
        }
    }

    /// Draws the page from line `scroll` (clamped so the last page is full) inside `rect`, one
    /// column in from each side.
    public static func render(_ lines: [(String, StyleRole)], scroll: inout Int, into frame: inout Frame, rect: Rect) {
        let width = max(1, rect.width - 2)
        let shown = wrapped(lines, width: width)
        scroll = max(0, min(scroll, shown.count - rect.height))
        for (i, line) in shown.dropFirst(scroll).prefix(rect.height).enumerated() {
            frame.putLabel(line.0, at: Point(x: rect.x + 1, y: rect.y + i), role: line.1, maxWidth: width)
        }
    }
}
