/// A ``Terminal`` with no terminal: for tests and scripted runs.
///
/// Keys come from a script queue; drawn frames are recorded. When the script is empty, a read with
/// a timeout returns nil (a timeout), and a read that would wait forever returns
/// ``Key/endOfInput``, so an app loop driven by a script always ends.
///
/// ```swift
/// let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
/// terminal.enqueue(.down, .down, .enter)
/// terminal.enqueue(text: "呼吸机")      // one .char per character
/// terminal.resize(to: Size(width: 60, height: 20))   // enqueues .resize
/// runApp(terminal)
/// #expect(terminal.lastFrame?.row(0).hasPrefix("设备") == true)
/// ```
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    /// The most recent frame passed to ``draw(_:)``.
    public private(set) var lastFrame: Frame?
    /// How many times ``draw(_:)`` was called.
    public private(set) var drawCount = 0
    /// True after ``shutdown()``.
    public private(set) var isShutDown = false
    private var queue: [Key] = []
    private var head = 0

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.queue = keys
    }

    /// Keys still waiting to be read.
    public var pendingKeys: [Key] { Array(queue[head...]) }

    /// Appends keys to the script.
    public func enqueue(_ keys: Key...) { enqueue(keys) }

    /// Appends keys to the script.
    public func enqueue(_ keys: [Key]) { queue.append(contentsOf: keys) }

    /// Appends one ``Key/char(_:)`` per character of `text` (as if typed).
    public func enqueue(text: String) { queue.append(contentsOf: text.map { Key.char($0) }) }

    /// Changes the size and enqueues ``Key/resize``, like a real terminal window being resized.
    public func resize(to newSize: Size) {
        size = newSize
        queue.append(.resize)
    }

    public func draw(_ frame: Frame) {
        lastFrame = frame
        drawCount += 1
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard head < queue.count else { return timeoutMilliseconds < 0 ? .endOfInput : nil }
        defer { head += 1 }
        return queue[head]
    }

    public func shutdown() { isShutDown = true }
}
