/// A column of a ``TableView``: its title, how wide it is and how its text is aligned.
///
/// ```swift
/// TableColumn("编号", width: .fixed(8))
/// TableColumn("名称 Name", width: .flexible(min: 10))
/// TableColumn("天数", width: .fixed(5), alignment: .right)
/// ```
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least `min` and at most `max` columns; flexible columns share the room left by fixed
        /// ones in proportion to `weight`.
        case flexible(min: Int, weight: Int = 1, max: Int = Int.max)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One row of a ``TableView``: cell texts, an optional role for the whole row and optional roles for
/// single cells (e.g. the status column in ``StyleRole/overdue``).
public struct TableRow: Hashable, Sendable {
    public var cells: [String]
    public var role: StyleRole?
    /// Per-cell roles, by column index; missing or nil entries use the row role.
    public var cellRoles: [StyleRole?]

    public init(_ cells: [String], role: StyleRole? = nil, cellRoles: [StyleRole?] = []) {
        self.cells = cells
        self.role = role
        self.cellRoles = cellRoles
    }
}

/// A scrolling table: a header row, the visible rows and an optional position footer ("123/15000").
///
/// Rows are fetched through a closure and only the visible ones are asked for, so a table of 15,000
/// devices renders as fast as one of 15. Widths are display widths, so Chinese and ASCII cells line
/// up: every column starts at the same terminal column on every row.
///
/// ```swift
/// let table = TableView(columns: [
///     TableColumn("编号", width: .fixed(6)),
///     TableColumn("名称", width: .flexible(min: 8)),
/// ], rowCount: devices.count) { i in TableRow([devices[i].code, devices[i].name]) }
/// state = table.render(into: &frame, rect: body, state: state)
/// ```
///
/// The selected row is drawn in ``StyleRole/selected`` across the whole width (its cell roles are
/// not shown: statuses must also be readable as text).
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> TableRow
    /// Drawn between columns (default one space). Its width counts against the available width.
    public var separator: String
    public var showsHeader: Bool
    /// Shows a footer line with ``TableState/positionText``, right-aligned in ``StyleRole/dim``.
    public var showsPosition: Bool
    /// Shown on the first body line when there are no rows.
    public var emptyText: String

    /// A table whose rows come from `row(index)`, called only for visible rows.
    public init(columns: [TableColumn], rowCount: Int, separator: String = " ",
                showsHeader: Bool = true, showsPosition: Bool = true, emptyText: String = "",
                row: @escaping (Int) -> TableRow) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.separator = separator
        self.showsHeader = showsHeader
        self.showsPosition = showsPosition
        self.emptyText = emptyText
    }

    /// A table over rows already in memory.
    public init(columns: [TableColumn], rows: [TableRow], separator: String = " ",
                showsHeader: Bool = true, showsPosition: Bool = true, emptyText: String = "") {
        self.init(columns: columns, rowCount: rows.count, separator: separator,
                  showsHeader: showsHeader, showsPosition: showsPosition, emptyText: emptyText) { rows[$0] }
    }

    /// How many data rows fit in `rect` (its height minus header and footer lines).
    public func visibleRowCount(in rect: Rect) -> Int {
        max(0, rect.height - (showsHeader ? 1 : 0) - (showsPosition ? 1 : 0))
    }

    /// The width of each column for a table `totalWidth` columns wide: fixed columns get their
    /// width, flexible ones share what is left in proportion to their weights (at least their
    /// minimum, at most their maximum; leftovers go to the leftmost flexible columns with room). Room
    /// no column may take stays empty at the right, so a 300-column terminal does not stretch a
    /// department name across 200 columns. The total may exceed `totalWidth` when even the minimums
    /// do not fit; drawing then clips at the right edge.
    public func columnWidths(totalWidth: Int) -> [Int] {
        let sepWidth = displayWidth(separator) * max(0, columns.count - 1)
        var widths = [Int](repeating: 0, count: columns.count)
        var caps = [Int](repeating: 0, count: columns.count)
        var weights = [Int](repeating: 0, count: columns.count)
        var flexible: [Int] = []
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let w): widths[i] = max(0, w); caps[i] = widths[i]
            case .flexible(let minimum, let weight, let maximum):
                widths[i] = max(0, minimum); caps[i] = max(widths[i], maximum); weights[i] = max(1, weight)
                flexible.append(i)
            }
        }
        var spare = totalWidth - sepWidth - widths.reduce(0, +)
        var open = flexible.filter { widths[$0] < caps[$0] }
        while spare > 0 && !open.isEmpty {
            let totalWeight = open.map { weights[$0] }.reduce(0, +)
            var given = 0
            for i in open {
                let share = min(spare * weights[i] / totalWeight, caps[i] - widths[i])
                widths[i] += share
                given += share
            }
            if given == 0 {                       // less spare than columns: one each, leftmost first
                for i in open where spare > given { widths[i] += 1; given += 1 }
            }
            spare -= given
            open = open.filter { widths[$0] < caps[$0] }
        }
        return widths
    }

    /// The text of one line: cells fitted to their widths and joined by the separator.
    func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        parts.reserveCapacity(columns.count)
        for (i, column) in columns.enumerated() {
            parts.append(fit(i < cells.count ? cells[i] : "", width: widths[i], alignment: column.alignment))
        }
        return parts.joined(separator: separator)
    }

    /// Draws the table into `rect` of `frame` and returns `state` with its offset adjusted so that
    /// the selection is visible (store it back: the next render starts from there).
    @discardableResult
    public func render(into frame: inout Frame, rect: Rect, state: TableState) -> TableState {
        var state = state
        if state.rowCount != rowCount { state.setRowCount(rowCount) }
        let visible = visibleRowCount(in: rect)
        state = state.scrolledToShow(visibleRows: visible)
        guard !rect.isEmpty else { return state }
        frame.fill(rect, role: .normal)
        let widths = columnWidths(totalWidth: rect.width)
        var y = rect.y

        if showsHeader {
            frame.put(line(columns.map(\.title), widths: widths), at: Point(x: rect.x, y: y),
                      role: .header, maxWidth: rect.width)
            y += 1
        }

        if rowCount == 0, visible > 0 {
            frame.put(emptyText, at: Point(x: rect.x, y: y), role: .dim, maxWidth: rect.width)
        }
        let last = min(rowCount, state.offset + visible)
        if state.offset < last {
            for index in state.offset..<last {
                let r = row(index)
                let point = Point(x: rect.x, y: y)
                if index == state.selected {
                    frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selected)
                    frame.put(line(r.cells, widths: widths), at: point, role: .selected, maxWidth: rect.width)
                } else if r.cellRoles.isEmpty {
                    frame.put(line(r.cells, widths: widths), at: point, role: r.role ?? .normal,
                              maxWidth: rect.width)
                } else {
                    drawCells(r, widths: widths, at: point, maxX: rect.maxX, frame: &frame)
                }
                y += 1
            }
        }

        if showsPosition, rect.height > (showsHeader ? 1 : 0) {
            let text = state.positionText
            let footerY = rect.maxY - 1
            frame.put(fitRight(text, width: rect.width), at: Point(x: rect.x, y: footerY),
                      role: .dim, maxWidth: rect.width)
        }
        return state
    }

    /// Draws a row cell by cell so each can have its own role.
    private func drawCells(_ r: TableRow, widths: [Int], at point: Point, maxX: Int, frame: inout Frame) {
        var x = point.x
        let rowRole = r.role ?? .normal
        for (i, column) in columns.enumerated() {
            if i > 0 {
                x += frame.put(separator, at: Point(x: x, y: point.y), role: rowRole, maxWidth: maxX - x)
            }
            guard x < maxX else { return }
            let role = (i < r.cellRoles.count ? r.cellRoles[i] : nil) ?? rowRole
            let text = fit(i < r.cells.count ? r.cells[i] : "", width: widths[i], alignment: column.alignment)
            x += frame.put(text, at: Point(x: x, y: point.y), role: role, maxWidth: min(widths[i], maxX - x))
        }
    }
}
