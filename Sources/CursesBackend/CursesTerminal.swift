import CNCurses
import Foundation
import TerminalUI

/// A ``TerminalUI/Terminal`` drawn with ncursesw: the real screen (`.live`) or an invisible one for
/// tests (`.headless(size)`, output to /dev/null, input from a pipe).
///
/// ```swift
/// let terminal = try CursesTerminal(mode: .live, theme: Theme.choose(
///     noColorEnv: ProcessInfo.processInfo.environment["NO_COLOR"], flag: noColor,
///     terminalHasColors: true))
/// defer { terminal.shutdown() }
/// terminal.draw(frame)
/// let key = terminal.readKey(timeoutMilliseconds: 60_000)
/// ```
///
/// Drawing writes only the rows that changed since the previous frame, with the wide-character API,
/// then calls `doupdate` once. A terminal without colours gets the monochrome theme whatever theme
/// was asked for.
///
/// Threading: ncurses keeps global state, so every method takes one process-wide lock and selects
/// this terminal's screen (`set_term`) first. Several headless terminals may exist at once (parallel
/// tests); `readKey` holds the lock while it waits, so call it from one thread.
public final class CursesTerminal: Terminal, @unchecked Sendable {
    /// Which terminal to drive.
    public enum Mode: Equatable, Sendable {
        /// The process's own terminal (stdin and stdout must be TTYs).
        case live
        /// No terminal: renders into ncurses' memory only. Keys can be fed with ``sendInput(_:)``.
        case headless(Size)
    }

    /// Serialises all ncurses calls in the process.
    static let lock = NSRecursiveLock()

    /// The codeset after `setlocale`, set once per process (setlocale is not thread-safe).
    static let codeset: String = String(cString: cn_ensure_utf8_locale())

    public let mode: Mode
    /// The theme asked for.
    public private(set) var requestedTheme: Theme
    /// The theme in use: ``requestedTheme``, or monochrome when the terminal has no colours.
    public private(set) var theme: Theme
    /// What `has_colors()` reported.
    public let terminalHasColors: Bool

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var inputWriteFD: Int32 = -1
    private var currentSize: Size
    private var previous: Frame?
    private var cursorVisible: Bool?
    private var styles = CursesStyles()
    private var consecutiveErrors = 0
    private var isShutDown = false
    /// Rows written by the last ``draw(_:)`` (tests check that unchanged rows are skipped).
    private(set) var rowsWrittenLastDraw = 0

    /// Starts curses.
    ///
    /// - Parameters:
    ///   - mode: `.live` for the real terminal, `.headless(size)` for tests.
    ///   - theme: the styles to use (see ``TerminalUI/Theme/choose(noColorEnv:flag:terminalHasColors:)``).
    /// - Throws: ``CursesTerminalError/notATerminal`` when stdin or stdout is not a TTY (live),
    ///   ``CursesTerminalError/unknownTerminal(_:)`` when `$TERM` has no terminfo entry.
    public init(mode: Mode, theme: Theme = .colour) throws {
        self.mode = mode
        self.requestedTheme = theme
        _ = Self.codeset
        Self.lock.lock()
        defer { Self.lock.unlock() }

        switch mode {
        case .live:
            guard isatty(0) == 1, isatty(1) == 1 else { throw CursesTerminalError.notATerminal }
            guard let s = newterm(nil, cn_stdout(), cn_stdin()) else {
                let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
                throw CursesTerminalError.unknownTerminal(term)
            }
            screen = s
        case .headless(let size):
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else { throw CursesTerminalError.cannotStart("pipe() failed") }
            guard let output = cn_open_null_output(), let input = cn_fdopen_read(fds[0]) else {
                close(fds[0]); close(fds[1])
                throw CursesTerminalError.cannotStart("cannot open /dev/null or the input pipe")
            }
            var started: OpaquePointer?
            for type in ["xterm-256color", "xterm", "vt100", "dumb"] {
                if let s = newterm(type, output, input) { started = s; break }
            }
            guard let s = started else {
                fclose(output); fclose(input); close(fds[1])
                throw CursesTerminalError.unknownTerminal("xterm-256color")
            }
            screen = s
            inputFile = input
            outputFile = output
            inputWriteFD = fds[1]
            _ = size
        }

        set_term(screen)
        window = cn_stdscr()
        // raw, not cbreak: Ctrl-C arrives as a key (quit, terminal restored, exit 0) rather than as a
        // SIGINT that kills the program mid-screen with status 1.
        raw()
        noecho()
        keypad(window, true)
        set_escdelay(25)
        _ = curs_set(0)
        cursorVisible = false
        terminalHasColors = has_colors()
        self.theme = terminalHasColors ? theme : .monochrome
        currentSize = Size(width: Int(cn_cols()), height: Int(cn_lines()))

        if case .headless(let size) = mode, size != currentSize {
            resizeterm(Int32(size.height), Int32(size.width))
            // resizeterm queued KEY_RESIZE; a new terminal has nothing to report yet.
            wtimeout(window, 0)
            var ch: wint_t = 0
            var drained = 0
            while drained < 8 && wget_wch(window, &ch) != ERR { drained += 1 }
            currentSize = readSize()
        }
        styles.apply(self.theme)
    }

    deinit {
        shutdown()
    }

    /// Runs `body` holding the ncurses lock with this terminal's screen selected.
    func withScreen<T>(_ body: (UnsafeMutablePointer<WINDOW>) -> T) -> T? {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard !isShutDown, let screen, let window else { return nil }
        set_term(screen)
        return body(window)
    }

    private func readSize() -> Size {
        var y: Int32 = 0, x: Int32 = 0
        cn_getmaxyx(window, &y, &x)
        return Size(width: Int(x), height: Int(y))
    }

    // MARK: Terminal

    public var size: Size {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return currentSize
    }

    /// Changes the theme; the next ``draw(_:)`` repaints everything.
    public func setTheme(_ newTheme: Theme) {
        _ = withScreen { _ in
            requestedTheme = newTheme
            theme = terminalHasColors ? newTheme : .monochrome
            styles.apply(theme)
            previous = nil
        }
    }

    public func draw(_ frame: Frame) {
        _ = withScreen { win in
            let full = previous == nil || previous?.size != frame.size
            rowsWrittenLastDraw = 0
            if full { werase(win); clearok(win, true) }
            let screenSize = readSize()
            let rows = screenSize.height, cols = screenSize.width
            for y in 0..<rows {
                if y >= frame.height {
                    if full { wmove(win, Int32(y), 0); wclrtoeol(win) }
                    continue
                }
                if !full, let previous, previous.cells(row: y) == frame.cells(row: y) { continue }
                writeRow(frame, y: y, columns: cols, window: win)
                rowsWrittenLastDraw += 1
            }
            previous = frame
            placeCursor(frame.cursor, rows: rows, cols: cols, window: win)
            wnoutrefresh(win)
            doupdate()
        }
    }

    /// Writes row `y` of `frame` in runs of equal role, clipped to `columns`, then clears the tail.
    private func writeRow(_ frame: Frame, y: Int, columns: Int, window win: UnsafeMutablePointer<WINDOW>) {
        wmove(win, Int32(y), 0)
        cn_set_style(win, 0, 0)
        wclrtoeol(win)
        let row = frame.cells(row: y)
        var buffer: [wchar_t] = []
        buffer.reserveCapacity(frame.width + 8)
        var runStart = 0
        var runRole: StyleRole = .normal
        var x = 0

        func flush() {
            guard !buffer.isEmpty else { return }
            let style = styles.style(for: runRole)
            cn_set_style(win, style.attributes, style.pair)
            _ = mvwaddnwstr(win, Int32(y), Int32(runStart), buffer, Int32(buffer.count))
            buffer.removeAll(keepingCapacity: true)
        }

        for cell in row {
            defer { x += 1 }
            if cell.isContinuation { continue }
            if x >= columns { break }
            let w = max(1, displayWidth(cell.character))
            // Never let a wide character wrap: pad the columns that are left instead.
            let scalars: [Unicode.Scalar] = x + w > columns ? Array(repeating: " ", count: columns - x)
                                                            : Array(cell.character.unicodeScalars)
            if buffer.isEmpty || cell.role != runRole {
                flush()
                runStart = x
                runRole = cell.role
            }
            for s in scalars { buffer.append(wchar_t(s.value)) }
        }
        flush()
        cn_set_style(win, 0, 0)
    }

    private func placeCursor(_ cursor: Point?, rows: Int, cols: Int, window win: UnsafeMutablePointer<WINDOW>) {
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < cols, c.y < rows {
            if cursorVisible != true { _ = curs_set(1); cursorVisible = true }
            wmove(win, Int32(c.y), Int32(c.x))
            leaveok(win, false)
        } else {
            if cursorVisible != false { _ = curs_set(0); cursorVisible = false }
            leaveok(win, true)
        }
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard let key = withScreen({ win in readKeyLocked(timeoutMilliseconds, window: win) }) else {
            return .endOfInput   // shut down
        }
        return key
    }

    private func readKeyLocked(_ timeout: Int, window win: UnsafeMutablePointer<WINDOW>) -> Key? {
        wtimeout(win, Int32(clamping: max(-1, timeout)))
        while true {
            let started = DispatchTime.now().uptimeNanoseconds
            var ch: wint_t = 0
            let result = wget_wch(win, &ch)
            if result == KEY_CODE_YES {
                consecutiveErrors = 0
                if Int32(ch) == KEY_RESIZE {
                    currentSize = readSize()
                    previous = nil
                    return .resize
                }
                if let key = KeyDecoding.functionKey(Int32(ch)) { return key }
                continue   // a key Rounds does not use
            }
            if result == OK {
                consecutiveErrors = 0
                if ch == 27, let alt = altKeyLocked(window: win) {
                    wtimeout(win, Int32(clamping: max(-1, timeout)))
                    return alt
                }
                if let key = Key(code: UInt32(ch)) { return key }
                continue
            }
            // ERR: a timeout, or input that is gone (EOF returns ERR at once, over and over).
            if timeout == 0 { return nil }
            let elapsedMs = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            if timeout > 0 && elapsedMs >= timeout / 2 {
                consecutiveErrors = 0
                return nil
            }
            consecutiveErrors += 1
            if consecutiveErrors >= 1000 { return .endOfInput }
            if timeout > 0 { return nil }
        }
    }

    /// After an Esc: a character already waiting is the second half of Alt+character (the terminal
    /// sends both at once; curses has waited ESCDELAY for it). Alt+Enter reads as `.alt("\n")`.
    /// Nil when nothing waits: a plain Esc.
    private func altKeyLocked(window win: UnsafeMutablePointer<WINDOW>) -> Key? {
        wtimeout(win, 0)
        var next: wint_t = 0
        let result = wget_wch(win, &next)
        if result == OK, let scalar = Unicode.Scalar(UInt32(next)) {
            return .alt(next == 13 ? "\n" : Character(scalar))
        }
        if result == KEY_CODE_YES { return .alt("\u{1B}") }   // Alt+arrow and the like: ignored
        return nil
    }

    public func shutdown() {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard !isShutDown else { return }
        isShutDown = true
        guard let screen else { return }
        set_term(screen)
        endwin()
        if case .headless = mode {
            delscreen(screen)
            if let inputFile { fclose(inputFile) }
            if let outputFile { fclose(outputFile) }
            if inputWriteFD >= 0 { close(inputWriteFD) }
        }
        self.screen = nil
        self.window = nil
    }

    // MARK: Headless helpers

    /// Feeds raw bytes to a headless terminal's input, as if typed (UTF-8 text, control bytes,
    /// escape sequences). Does nothing in live mode.
    public func sendInput(_ text: String) {
        guard case .headless = mode else { return }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard !isShutDown, inputWriteFD >= 0 else { return }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(inputWriteFD, $0.baseAddress, $0.count) }
    }

    /// Closes a headless terminal's input, as if stdin reached end of file: reads then fail and
    /// ``readKey(timeoutMilliseconds:)`` soon reports ``TerminalUI/Key/endOfInput``.
    public func closeInput() {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if inputWriteFD >= 0 { close(inputWriteFD) }
        inputWriteFD = -1
    }

    /// Resizes the curses screen (headless tests; a live terminal resizes itself). The next
    /// ``readKey(timeoutMilliseconds:)`` returns ``TerminalUI/Key/resize``.
    public func resize(to newSize: Size) {
        _ = withScreen { _ in
            resizeterm(Int32(newSize.height), Int32(newSize.width))
        }
    }

    /// The screen's rows as ncurses holds them, read with `mvwinnwstr` (each wide character once):
    /// what a user would see. For tests.
    public func readBack() -> [String] {
        withScreen { win in
            let screenSize = readSize()
            let rows = screenSize.height, cols = screenSize.width
            var lines: [String] = []
            var buffer = [wchar_t](repeating: 0, count: cols * 4 + 1)
            for y in 0..<rows {
                let n = mvwinnwstr(win, Int32(y), 0, &buffer, Int32(buffer.count - 1))
                var s = String.UnicodeScalarView()
                if n > 0 {
                    for i in 0..<Int(n) {
                        if let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: buffer[i])) {
                            s.append(scalar)
                        }
                    }
                }
                lines.append(String(s))
            }
            return lines
        } ?? []
    }
}
