/// A grid of cells: what one screen looks like. Screens draw into a frame; a ``Terminal`` shows it.
///
/// Frames are plain values, so a screen is a function from state to frame and a test can compare
/// frames as text with no terminal at all.
///
/// Writing is by display width: a wide character takes its cell plus a continuation cell. A wide
/// character that would not fit (in the last column, or across `maxWidth`) is replaced by a space;
/// half a character is never written. Text is passed through ``sanitized(_:)`` first.
///
/// ```swift
/// var frame = Frame(size: Size(width: 10, height: 2))
/// frame.put("呼吸机 CT", at: Point(x: 0, y: 0))
/// frame.row(0)       // "呼吸机 CT " (10 columns: 3 wide chars, space, C, T, 1 space)
/// frame.put("设备", at: Point(x: 9, y: 1))
/// frame.row(1)       // 10 spaces: 设 would need columns 9 and 10, so a space is written at 9
/// ```
public struct Frame: Hashable, Sendable {
    public let size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (e.g. in a text field), or nil to hide it.
    public var cursor: Point?

    /// A blank frame of `size`, every cell a space in `role`.
    public init(size: Size, role: StyleRole = .normal) {
        self.size = size
        self.cells = Array(repeating: Cell.blank(role), count: size.area)
        self.cursor = nil
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The rect covering the whole frame.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y` (both must be inside the frame).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// The cells of row `y`, continuation cells included (exactly `width` of them).
    public func cells(row y: Int) -> ArraySlice<Cell> {
        cells[(y * size.width)..<((y + 1) * size.width)]
    }

    // MARK: Writing

    /// Writes `text` starting at `point`, by display width, clipped to the frame and to `maxWidth`
    /// columns. Returns the number of columns advanced (the width actually used, including any space
    /// written in place of a wide character that did not fit).
    ///
    /// - Parameters:
    ///   - text: any text; control characters are replaced (see ``sanitized(_:)``).
    ///   - point: the first cell; writing off the frame is clipped silently.
    ///   - role: the style role of every written cell.
    ///   - maxWidth: the most columns to use; nil means up to the right edge.
    ///
    /// A zero-width character with nothing to attach to (a lone combining mark) is dropped.
    /// ``put(_:at:role:maxWidth:)`` for a label or a message: text that does not fit ends in ".."
    /// in its last two columns, so a cut label never reads as a whole one (`Location 高压氧` was
    /// `Location 高压氧舱`). Fields being edited scroll instead and use `put`.
    @discardableResult
    public mutating func putLabel(_ text: String, at point: Point, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        let limit = min(size.width, maxWidth.map { point.x + max(0, $0) } ?? size.width)
        let room = limit - point.x
        var shown = sanitized(text)
        if point.x >= 0, room >= 3, displayWidth(shown) > room { shown = fit(shown, width: room) }
        return put(shown, at: point, role: role, maxWidth: maxWidth)
    }

    @discardableResult
    public mutating func put(_ text: String, at point: Point, role: StyleRole = .normal,
                             maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        var limit = size.width
        if let maxWidth { limit = min(limit, point.x + max(0, maxWidth)) }
        var x = point.x
        for ch in sanitized(text) {
            if x >= limit { break }
            let w = displayWidth(ch)
            if w == 0 { continue }
            if x + w > limit {
                // Would cross the edge: pad what is left instead of writing half a character.
                while x < limit {
                    if x >= 0 { setCell(x: x, y: point.y, Cell(character: " ", role: role)) }
                    x += 1
                }
                break
            }
            if x >= 0 {
                setCell(x: x, y: point.y, Cell(character: ch, role: role))
                for i in 1..<max(1, w) {
                    setCell(x: x + i, y: point.y, Cell(character: " ", role: role, isContinuation: true))
                }
            } else if x + w > 0 {
                // Starts left of the frame: show the visible part as spaces.
                for i in 0..<(x + w) {
                    setCell(x: i, y: point.y, Cell(character: " ", role: role))
                }
            }
            x += w
        }
        return max(0, x - point.x)
    }

    /// Fills `rect` (clipped to the frame) with spaces in `role`, or with `character` if given
    /// (which must be 1 column wide).
    ///
    /// ```swift
    /// frame.fill(Rect(x: 0, y: 23, width: 80, height: 1), role: .statusBar)
    /// ```
    public mutating func fill(_ rect: Rect, role: StyleRole, character: Character = " ") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let ch = displayWidth(character) == 1 ? character : " "
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                setCell(x: x, y: y, Cell(character: ch, role: role))
            }
        }
    }

    /// Changes the role of the cells in `rect` and keeps their characters (e.g. to highlight a row
    /// that was already drawn).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].role = role }
        }
    }

    /// Copies `other` into this frame with its top-left corner at `origin`, clipped (used to compose
    /// an overlay such as a dialog over a screen).
    public mutating func draw(_ other: Frame, at origin: Point) {
        for y in 0..<other.height {
            let ty = origin.y + y
            guard ty >= 0, ty < height else { continue }
            var x = 0
            while x < other.width {
                let cell = other[x, y]
                if cell.isContinuation { x += 1; continue }
                let w = max(1, displayWidth(cell.character))
                put(String(cell.character), at: Point(x: origin.x + x, y: ty), role: cell.role, maxWidth: w)
                x += w
            }
        }
    }

    /// Sets one cell and repairs wide characters it overlaps: overwriting either half of a wide
    /// character turns the other half into a space, so no orphan half is ever left behind.
    mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let row = y * size.width
        // Overwriting a continuation: blank its lead character (and the lead's other continuations).
        if cells[row + x].isContinuation && !cell.isContinuation {
            var lead = x - 1
            while lead > 0 && cells[row + lead].isContinuation { lead -= 1 }
            var i = lead
            while i < size.width && (i == lead || cells[row + i].isContinuation) {
                if i != x { cells[row + i] = Cell(character: " ", role: cells[row + i].role) }
                i += 1
            }
        }
        // Overwriting a lead: blank the continuations that followed it.
        if !cells[row + x].isContinuation {
            var i = x + 1
            while i < size.width && cells[row + i].isContinuation {
                cells[row + i] = Cell(character: " ", role: cells[row + i].role)
                i += 1
            }
        }
        cells[row + x] = cell
    }

    // MARK: Reading (snapshots and tests)

    /// The text of row `y`: continuation cells are skipped and trailing spaces kept, so the result's
    /// display width is exactly ``width``.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var s = ""
        for cell in cells(row: y) where !cell.isContinuation { s.append(cell.character) }
        return s
    }

    /// Every row, top to bottom.
    public var lines: [String] { (0..<size.height).map(row) }

    /// All rows joined with line feeds: the form snapshot tests compare.
    public var text: String { lines.joined(separator: "\n") }

    /// The role of each column of row `y` (continuation cells included), for tests.
    public func roles(_ y: Int) -> [StyleRole] {
        guard y >= 0, y < size.height else { return [] }
        return cells(row: y).map(\.role)
    }
}
