/// What a piece of text *means*, not what it looks like. Screens tag cells with a role and a
/// ``Theme`` decides the colours and attributes, so the same screen works in colour, in monochrome
/// and with `NO_COLOR`.
///
/// Meaning never rests on colour alone: a cell tagged ``overdue`` should also carry a text tag such
/// as `[逾期]` / `[OVERDUE]`.
///
/// ```swift
/// frame.put("[逾期]", at: Point(x: 0, y: 3), role: .overdue)
/// ```
public enum StyleRole: Int, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case normal
    /// Table column headers.
    case header
    /// Screen and dialog titles.
    case title
    /// The selected row or item.
    case selected
    /// The status bar background and hint titles.
    case statusBar
    /// Key labels inside the status bar and help screen ("j", "Enter").
    case statusKey
    /// Secondary information: scroll positions, placeholders, hints.
    case dim
    /// In service, passed, done.
    case ok
    /// Due within the warning window.
    case dueSoon
    /// Past due.
    case overdue
    /// Out of service (the device is down).
    case down
    /// Needs attention, not yet an error.
    case warning
    /// Something failed.
    case error
    /// Emphasis that is neither good nor bad (search matches, counts).
    case accent
    /// Box borders and separators.
    case border
    /// Editable text in a ``TextField``.
    case input
}

/// One terminal cell: a grapheme cluster and its role.
///
/// A character two columns wide (e.g. `中`) occupies its own cell plus the cell to its right, which is
/// marked `isContinuation` and holds a space. Renderers skip continuation cells: the terminal fills
/// them when it draws the wide character.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: StyleRole
    public var isContinuation: Bool

    public init(character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A blank cell with the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(character: " ", role: role)
    }
}
