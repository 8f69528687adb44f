/// A cell position on the screen: `x` is the column, `y` the row, both counted from 0 at the top left.
///
/// Points may be negative or outside a frame; drawing there is simply clipped.
///
/// ```swift
/// let origin = Point(x: 0, y: 0)
/// let below = origin.offsetBy(dx: 2, dy: 1)   // Point(x: 2, y: 1)
/// ```
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    /// This point moved by `dx` columns and `dy` rows.
    public func offsetBy(dx: Int = 0, dy: Int = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }

    public var description: String { "(\(x),\(y))" }
}

/// A size in terminal cells. Width and height are never negative: the initialiser clamps them to 0,
/// so layout arithmetic such as `width - 2 * margin` cannot produce an impossible size.
///
/// ```swift
/// Size(width: 80, height: 24).area   // 1920
/// Size(width: 3 - 10, height: 5)     // Size(width: 0, height: 5)
/// ```
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    /// Number of cells.
    public var area: Int { width * height }

    /// True when either side is 0.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// True when this size is at least `minimum` in both directions (e.g. the app's 80x24 minimum).
    public func contains(_ minimum: Size) -> Bool {
        width >= minimum.width && height >= minimum.height
    }

    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: an origin (top-left cell) and a size.
///
/// All the carving helpers clamp, so asking for more than is available gives what is there and
/// never a negative size. Screens lay themselves out by splitting the full-screen rect:
///
/// ```swift
/// let screen = Rect(x: 0, y: 0, width: 80, height: 24)
/// let (body, status) = screen.splitBottom(1)   // body: 80x23 at y 0, status: 80x1 at y 23
/// let inner = body.inset(by: 1)                 // 78x21 at (1,1), inside a border
/// ```
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var origin: Point
    public var size: Size

    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }

    /// The rect that covers a whole screen or frame of `size`.
    public init(size: Size) {
        self.init(origin: .zero, size: size)
    }

    public var x: Int { origin.x }
    public var y: Int { origin.y }
    public var width: Int { size.width }
    public var height: Int { size.height }
    /// One past the last column.
    public var maxX: Int { origin.x + size.width }
    /// One past the last row.
    public var maxY: Int { origin.y + size.height }
    public var isEmpty: Bool { size.isEmpty }

    /// True when the cell `p` lies inside this rect.
    public func contains(_ p: Point) -> Bool {
        p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
    }

    /// The rect shrunk by `top`, `left`, `bottom`, `right` cells (clamped to an empty rect).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let t = max(0, top), l = max(0, left)
        return Rect(x: x + min(l, width), y: y + min(t, height),
                    width: width - l - max(0, right), height: height - t - max(0, bottom))
    }

    /// The rect shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Splits off the top `rows` rows: returns `(top, rest)`.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: n),
                Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// Splits off the bottom `rows` rows: returns `(rest, bottom)`.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - n),
                Rect(x: x, y: y + height - n, width: width, height: n))
    }

    /// Splits off the left `columns` columns: returns `(left, rest)`.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: n, height: height),
                Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// A rect of `size` (clamped to fit) centred in this one; odd leftovers go right and down.
    public func centered(_ inner: Size) -> Rect {
        let w = min(inner.width, width), h = min(inner.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The overlap of two rects (empty, at `self.origin`, when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        if x1 <= x0 || y1 <= y0 { return Rect(origin: origin, size: .zero) }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    public var description: String { "\(width)x\(height)@\(origin)" }
}
