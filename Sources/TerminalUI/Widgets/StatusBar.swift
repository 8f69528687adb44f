/// One status-bar hint: a key label and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var title: String
    /// A key that cannot act now is still shown, dimmed (its reason is in the help and is said
    /// when it is pressed).
    public var enabled: Bool

    public init(key: String, title: String, enabled: Bool = true) {
        self.key = key
        self.title = title
        self.enabled = enabled
    }
}

/// The one-line bar at the bottom of the screen: key hints on the left, a message on the right.
///
/// It never wraps. The message is placed first (it is what just happened: "已保存 / Saved"); hints
/// follow in order and the first hint that does not fit, and every hint after it, is left out, so
/// the most important hints should come first.
///
/// ```swift
/// let bar = StatusBar(hints: [KeyHint(key: "?", title: "帮助"), KeyHint(key: "q", title: "返回")],
///                     message: "已保存")
/// bar.render(into: &frame, row: 23)
/// frame.row(23)   // "? 帮助  q 返回" ... "已保存" (padded to the frame width)
/// ```
public struct StatusBar: Hashable, Sendable {
    public var hints: [KeyHint]
    public var message: String?
    /// The role of the message (e.g. ``StyleRole/error`` for a failure).
    public var messageRole: StyleRole

    public init(hints: [KeyHint], message: String? = nil, messageRole: StyleRole = .statusBar) {
        self.hints = hints
        self.message = message
        self.messageRole = messageRole
    }

    /// Columns between two hints.
    public static let gap = 2

    /// The hints that fit in `width` columns next to the message.
    public func visibleHints(width: Int) -> [KeyHint] {
        var room = width - messageWidth(width: width)
        if messageWidth(width: width) > 0 { room -= 1 }   // at least one space before the message
        var shown: [KeyHint] = []
        var used = 0
        for hint in hints {
            let w = displayWidth(sanitized(hint.key)) + 1 + displayWidth(sanitized(hint.title))
            let need = used == 0 ? w : used + StatusBar.gap + w
            if need > room { break }
            shown.append(hint)
            used = need
        }
        return shown
    }

    private func messageWidth(width: Int) -> Int {
        guard let message, !message.isEmpty else { return 0 }
        return min(displayWidth(sanitized(message)), width)
    }

    /// Draws the bar on row `row` of `frame`, across the full width (or `rect` if given).
    public func render(into frame: inout Frame, row: Int) {
        render(into: &frame, rect: Rect(x: 0, y: row, width: frame.width, height: 1))
    }

    /// Draws the bar on the first line of `rect`.
    public func render(into frame: inout Frame, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        frame.fill(line, role: .statusBar)
        var x = rect.x
        for (i, hint) in visibleHints(width: rect.width).enumerated() {
            if i > 0 { x += StatusBar.gap }
            x += frame.put(hint.key, at: Point(x: x, y: rect.y), role: hint.enabled ? .statusKey : .dim)
            x += 1
            x += frame.put(hint.title, at: Point(x: x, y: rect.y), role: hint.enabled ? .statusBar : .dim)
        }
        let mw = messageWidth(width: rect.width)
        if let message, mw > 0 {
            let text = fit(message, width: mw)
            frame.put(text, at: Point(x: rect.maxX - mw, y: rect.y), role: messageRole, maxWidth: mw)
        }
    }
}
