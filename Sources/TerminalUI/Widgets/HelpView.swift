/// One help line: the keys (already joined, e.g. "j / Down") and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var description: String

    public init(keys: String, description: String) {
        self.keys = keys
        self.description = description
    }
}

/// A titled group of help lines ("移动 Navigation", "设备 Equipment").
public struct HelpSection: Hashable, Sendable {
    public var title: String
    public var entries: [HelpEntry]

    public init(title: String, entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// The `?` help screen: sections of key/description lines, scrolled by a line offset.
///
/// Keys sit in a column as wide as the widest key label (at most a third of the width); long
/// descriptions wrap under themselves. Build the sections from the live command table so the help
/// always tells the truth.
///
/// ```swift
/// let help = HelpView(sections: [HelpSection(title: "移动 Navigation", entries: [
///     HelpEntry(keys: "j / Down", description: "下一行 next row"),
/// ])])
/// scroll = help.render(into: &frame, rect: body, scroll: scroll)
/// ```
public struct HelpView: Hashable, Sendable {
    public var sections: [HelpSection]

    public init(sections: [HelpSection]) {
        self.sections = sections
    }

    /// A laid-out line: text in columns plus the roles of its key and description parts.
    struct Line {
        var keys: String
        var text: String
        var isTitle: Bool
    }

    /// Width of the keys column for a view `width` columns wide.
    func keysWidth(width: Int) -> Int {
        let widest = sections.flatMap(\.entries).map { displayWidth(sanitized($0.keys)) }.max() ?? 0
        return max(1, min(widest, width / 3))
    }

    /// All lines for `width` columns, after wrapping.
    func lines(width: Int) -> [Line] {
        let kw = keysWidth(width: width)
        let dw = max(1, width - kw - 2)
        var out: [Line] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { out.append(Line(keys: "", text: "", isTitle: false)) }
            out.append(Line(keys: "", text: section.title, isTitle: true))
            for entry in section.entries {
                let wrapped = wrap(entry.description, width: dw)
                for (j, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                    out.append(Line(keys: j == 0 ? entry.keys : "", text: part, isTitle: false))
                }
            }
        }
        return out
    }

    /// Total number of lines at `width`, to clamp scrolling.
    public func lineCount(width: Int) -> Int { lines(width: width).count }

    /// Draws the lines from `scroll` into `rect` and returns the scroll offset clamped to
    /// `0...lineCount - rect.height`.
    @discardableResult
    public func render(into frame: inout Frame, rect: Rect, scroll: Int) -> Int {
        let all = lines(width: rect.width)
        let maxScroll = max(0, all.count - rect.height)
        let start = min(max(0, scroll), maxScroll)
        frame.fill(rect, role: .normal)
        guard !rect.isEmpty else { return start }
        let kw = keysWidth(width: rect.width)
        for (i, line) in all.dropFirst(start).prefix(rect.height).enumerated() {
            let y = rect.y + i
            if line.isTitle {
                frame.put(line.text, at: Point(x: rect.x, y: y), role: .title, maxWidth: rect.width)
            } else {
                frame.put(fit(line.keys, width: kw), at: Point(x: rect.x, y: y), role: .statusKey,
                          maxWidth: rect.width)
                frame.put(line.text, at: Point(x: rect.x + kw + 2, y: y), role: .normal,
                          maxWidth: max(0, rect.width - kw - 2))
            }
        }
        return start
    }
}
