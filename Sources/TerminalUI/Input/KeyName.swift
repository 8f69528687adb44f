/// Key names for help screens, the status bar and key configuration files.
///
/// Names are plain ASCII words, never arrows such as `↓` (East Asian Ambiguous width: one column in
/// glibc, two in many Chinese terminals). ``Key/init(name:)`` parses what ``Key/name`` prints.
///
/// ```swift
/// Key.char("j").name        // "j"
/// Key.down.name             // "Down"
/// Key.ctrl("d").name        // "Ctrl-d"
/// Key.pageDown.name         // "PgDn"
/// Key.char(" ").name        // "Space"
/// Key(name: "Ctrl-d")       // .ctrl("d")
/// ```
extension Key {
    /// The textual name of this key.
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c)"
        case .alt(let c): return "Alt-\(c)"
        case .function(let n): return "F\(n)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .resize: return "Resize"
        case .endOfInput: return "EOF"
        }
    }

    /// Parses a key name as printed by ``name`` (case-insensitive for the word names, so "pgdn" and
    /// "ctrl-D" work too). A single character names itself: "j", "?", "中".
    public init?(name: String) {
        if name.count == 1, let c = name.first {
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") {
            let rest = name[name.index(after: name.firstIndex(of: "-")!)...]
            guard rest.count == 1, let c = rest.first else { return nil }
            self = .ctrl(Character(c.lowercased()))
            return
        }
        if lower.hasPrefix("alt-") || lower.hasPrefix("m-") {
            let rest = name[name.index(after: name.firstIndex(of: "-")!)...]
            guard rest.count == 1, let c = rest.first else { return nil }
            self = .alt(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        let table: [String: Key] = [
            "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape,
            "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "bs": .backspace, "del": .delete, "delete": .delete,
            "resize": .resize, "eof": .endOfInput,
        ]
        guard let key = table[lower] else { return nil }
        self = key
    }
}
