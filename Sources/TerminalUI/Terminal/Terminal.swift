/// Where frames are shown and keys come from. The app's loop is written against this protocol:
/// `CursesTerminal` (module CursesBackend) implements it for real terminals, ``HeadlessTerminal``
/// for tests.
///
/// ```swift
/// func run(_ terminal: some Terminal) {
///     var state = AppState()
///     while true {
///         terminal.draw(render(state, size: terminal.size))
///         guard let key = terminal.readKey(timeoutMilliseconds: 60_000) else {
///             state.tick(); continue          // timeout: re-check "today", reload
///         }
///         if key == .endOfInput || state.handle(key) == .quit { break }
///     }
///     terminal.shutdown()
/// }
/// ```
public protocol Terminal: AnyObject {
    /// The current size in cells. Changes after a ``Key/resize`` is read.
    var size: Size { get }

    /// Shows `frame`. A frame smaller than the terminal leaves the rest blank; a larger one is
    /// clipped.
    func draw(_ frame: Frame)

    /// Waits for the next key.
    ///
    /// - Parameter timeoutMilliseconds: how long to wait; negative waits forever, 0 only polls.
    /// - Returns: the key, or nil when the timeout expired first. ``Key/endOfInput`` means input is
    ///   gone for good.
    func readKey(timeoutMilliseconds: Int) -> Key?

    /// Restores the terminal (leaves curses mode). Safe to call more than once.
    func shutdown()
}
