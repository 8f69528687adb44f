/// One logical key press, decoded from whatever the terminal sent.
///
/// Screens and the command table only ever see `Key`s, never terminal bytes, so tests drive the app
/// by feeding keys to a ``HeadlessTerminal``.
///
/// ```swift
/// switch key {
/// case .char("j"), .down: state.moveDown()
/// case .ctrl("d"), .pageDown: state.pageDown(by: 20)
/// case .escape: cancel()
/// default: break
/// }
/// ```
public enum Key: Hashable, Sendable {
    /// A printable character, including Chinese characters and space.
    case char(Character)
    /// Control plus a letter, always lower case: Ctrl-D is `.ctrl("d")`. Ctrl-H, Ctrl-I, Ctrl-J and
    /// Ctrl-M arrive as ``backspace``, ``tab`` and ``enter`` because terminals send the same bytes.
    case ctrl(Character)
    /// Alt (Meta) plus a character: terminals send Esc and then the character, which must not read
    /// as Esc (an Alt+Enter once quit the program). No command is bound to one: it is ignored.
    case alt(Character)
    /// Function key F1...F12 (`.function(1)` is F1).
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size: re-read ``Terminal/size`` and redraw everything.
    case resize
    /// Input is gone for good (stdin closed, or a scripted terminal ran out of keys while the caller
    /// waited without a timeout). The app should save and quit.
    case endOfInput

    /// Decodes a character code as terminals send it (what `get_wch` returns when it is not a
    /// function key): 9 is Tab, 10 and 13 Enter, 27 Esc, 8 and 127 Backspace, 1...26 Ctrl-letter.
    /// Returns nil for codes that are not keys (other C1 controls, invalid scalars).
    ///
    /// ```swift
    /// Key(code: 4)        // .ctrl("d")
    /// Key(code: 0x4E2D)   // .char("中")
    /// Key(code: 127)      // .backspace
    /// ```
    public init?(code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 0: self = .ctrl("@")
        case 1...26: self = .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 28: self = .ctrl("\\")
        case 29: self = .ctrl("]")
        case 30: self = .ctrl("^")
        case 31: self = .ctrl("_")
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .char(Character(scalar))
        }
    }
}
