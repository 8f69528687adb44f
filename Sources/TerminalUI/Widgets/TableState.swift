/// Which row of a list is selected and which row is at the top: the value a screen keeps for each
/// table. Moves are clamped, so no key can select a row that does not exist.
///
/// The offset is fixed up by ``scrolledToShow(visibleRows:)`` (``TableView`` does this when it
/// renders), so the selection is always on screen.
///
/// ```swift
/// var state = TableState(rowCount: 15_000)
/// state.moveDown()             // selected 1
/// state.pageDown(by: 20)       // selected 21
/// state.end()                  // selected 14_999
/// state = state.scrolledToShow(visibleRows: 20)   // offset 14_980
/// state.positionText           // "15000/15000"
/// ```
public struct TableState: Hashable, Sendable {
    /// Number of rows in the table.
    public private(set) var rowCount: Int
    /// Index of the selected row (0 when the table is empty).
    public private(set) var selected: Int
    /// Index of the first visible row.
    public private(set) var offset: Int

    public init(rowCount: Int, selected: Int = 0, offset: Int = 0) {
        self.rowCount = max(0, rowCount)
        self.selected = 0
        self.offset = max(0, offset)
        select(selected)
    }

    public var isEmpty: Bool { rowCount == 0 }

    /// "selected+1/rowCount", e.g. "123/15000"; "0/0" when empty.
    public var positionText: String { isEmpty ? "0/0" : "\(selected + 1)/\(rowCount)" }

    /// Selects `index`, clamped to the rows that exist.
    public mutating func select(_ index: Int) {
        selected = rowCount == 0 ? 0 : min(max(0, index), rowCount - 1)
    }

    /// Changes the number of rows (after a filter or reload), keeping the selection in range.
    public mutating func setRowCount(_ count: Int) {
        rowCount = max(0, count)
        select(selected)
        offset = min(offset, max(0, rowCount - 1))
    }

    public mutating func moveUp(by n: Int = 1) { select(selected - max(0, n)) }
    public mutating func moveDown(by n: Int = 1) { select(selected + max(0, n)) }
    /// Moves up one page; pass the number of visible rows (``TableView/visibleRowCount(in:)``).
    public mutating func pageUp(by page: Int) { moveUp(by: max(1, page)) }
    /// Moves down one page; pass the number of visible rows.
    public mutating func pageDown(by page: Int) { moveDown(by: max(1, page)) }
    public mutating func home() { select(0) }
    public mutating func end() { select(rowCount - 1) }

    /// Applies a navigation key (j/k, arrows, PgUp/PgDn, Ctrl-u/Ctrl-d, g/G, Home/End). Returns
    /// false for other keys, which the caller handles.
    public mutating func handle(_ key: Key, page: Int) -> Bool {
        switch key {
        case .up, .char("k"): moveUp()
        case .down, .char("j"): moveDown()
        case .pageUp, .ctrl("b"): pageUp(by: page)
        case .pageDown, .ctrl("f"): pageDown(by: page)
        case .ctrl("u"): moveUp(by: max(1, page / 2))
        case .ctrl("d"): moveDown(by: max(1, page / 2))
        case .home, .char("g"): home()
        case .end, .char("G"): end()
        default: return false
        }
        return true
    }

    /// This state with the offset adjusted so that the selected row is among `visibleRows` rows
    /// shown from the offset, and no space is wasted past the last row.
    public func scrolledToShow(visibleRows: Int) -> TableState {
        var s = self
        let visible = max(1, visibleRows)
        if s.selected < s.offset { s.offset = s.selected }
        if s.selected >= s.offset + visible { s.offset = s.selected - visible + 1 }
        s.offset = min(s.offset, max(0, s.rowCount - visible))
        s.offset = max(0, s.offset)
        return s
    }
}
