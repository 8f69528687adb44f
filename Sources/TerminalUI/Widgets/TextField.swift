/// A one-line text editor as a value: the text, a cursor, and the edits keys make.
///
/// Text is edited by `Character`, so Chinese input (typed through an input method, arriving as one
/// key per character) inserts and deletes whole characters. The cursor's screen column is computed
/// by display width, and rendering scrolls horizontally so the cursor stays visible.
///
/// ```swift
/// var field = TextField()
/// for c in "呼吸机" { field.handle(.char(c)) }
/// field.handle(.backspace)    // text "呼吸", cursor 2
/// field.cursorColumn          // 4
/// field.handle(.ctrl("u"))    // text "", cursor 0
/// ```
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position as a character index, 0...characters.count.
    public private(set) var cursor: Int
    /// Shown in ``StyleRole/dim`` when the text is empty.
    public var placeholder: String

    public init(text: String = "", placeholder: String = "") {
        self.characters = Array(sanitized(text))
        self.cursor = characters.count
        self.placeholder = placeholder
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Display columns before the cursor.
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + displayWidth($1) }
    }

    /// Inserts `character` at the cursor. Control characters are refused.
    public mutating func insert(_ character: Character) {
        guard !character.unicodeScalars.contains(where: needsReplacement) else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Inserts every character of `text` at the cursor (control characters are dropped).
    public mutating func insert(_ text: String) {
        for c in text { insert(c) }
    }

    /// Deletes the character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    public mutating func delete() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// Removes all text.
    public mutating func clear() {
        characters.removeAll()
        cursor = 0
    }

    /// Deletes from the cursor to the end.
    public mutating func killToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Applies an editing key: printable characters, Backspace, Del, Left/Right, Home/End,
    /// Ctrl-a/Ctrl-e (home/end), Ctrl-u (clear), Ctrl-k (delete to end). Returns false for keys it
    /// does not use (Enter, Esc, Tab, ...), which the caller handles.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace: backspace()
        case .delete: delete()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("u"): clear()
        case .ctrl("k"): killToEnd()
        default: return false
        }
        return true
    }

    /// The index of the first character shown in a field `width` columns wide: 0 when the cursor
    /// fits, otherwise far enough right that the cursor sits in the last column.
    public func scrollStart(width: Int) -> Int {
        guard width > 1 else { return cursor }
        var start = cursor
        var used = 1   // the cursor cell itself
        while start > 0 {
            let w = displayWidth(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return cursorColumn < width ? 0 : start
    }

    /// Draws the field at `point`, `width` columns wide, in ``StyleRole/input``, and sets
    /// `frame.cursor` to the cursor's cell.
    public func render(into frame: inout Frame, at point: Point, width: Int, focused: Bool = true) {
        guard width > 0 else { return }
        frame.fill(Rect(x: point.x, y: point.y, width: width, height: 1), role: .input)
        if characters.isEmpty, !placeholder.isEmpty {
            frame.put(fit(placeholder, width: width), at: point, role: .dim, maxWidth: width)
        }
        let start = scrollStart(width: width)
        let visible = String(characters[start...])
        frame.put(visible, at: point, role: .input, maxWidth: width)
        if focused {
            let column = characters[start..<cursor].reduce(0) { $0 + displayWidth($1) }
            frame.cursor = Point(x: point.x + min(column, width - 1), y: point.y)
        }
    }
}
