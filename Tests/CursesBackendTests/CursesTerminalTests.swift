import Foundation
import Testing
import TerminalUI
@testable import CursesBackend

/// Headless ncurses: output to /dev/null, input from a pipe, so these run with no terminal.
/// ncurses is process-global; CursesTerminal serialises itself, and the suite runs serially anyway.
@Suite("CursesTerminal (headless)", .serialized)
struct CursesTerminalTests {
    func frame(_ size: Size, _ lines: [String]) -> Frame {
        var f = Frame(size: size)
        for (y, line) in lines.enumerated() { f.put(line, at: Point(x: 0, y: y)) }
        return f
    }

    @Test("starts at the requested size")
    func startsAtSize() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 20, height: 5)))
        defer { terminal.shutdown() }
        #expect(terminal.size == Size(width: 20, height: 5))
        #expect(terminal.readBack().count == 5)
        // Nothing is pending: the resize used to reach the size was not left in the queue.
        #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
    }

    @Test("Chinese text is drawn and read back as written")
    func drawAndReadBack() throws {
        let size = Size(width: 20, height: 5)
        let terminal = try CursesTerminal(mode: .headless(size))
        defer { terminal.shutdown() }
        var f = frame(size, ["设备A-心电监护仪", "CT-3 呼吸机 ICU", "重症医学科"])
        f.fill(Rect(x: 0, y: 4, width: 20, height: 1), role: .statusBar)
        f.put("? 帮助", at: Point(x: 0, y: 4), role: .statusKey)
        terminal.draw(f)
        // 设备A-心电监护仪 is 2+2+1+1+2*5 = 16 columns, so 4 trailing spaces.
        #expect(terminal.readBack() == f.lines)
        #expect(terminal.readBack()[0] == "设备A-心电监护仪    ")
        #expect(terminal.rowsWrittenLastDraw == 5)
    }

    @Test("only changed rows are written again")
    func diffing() throws {
        let size = Size(width: 12, height: 4)
        let terminal = try CursesTerminal(mode: .headless(size), theme: .monochrome)
        defer { terminal.shutdown() }
        var f = frame(size, ["a", "b", "c", "d"])
        terminal.draw(f)
        #expect(terminal.rowsWrittenLastDraw == 4)
        terminal.draw(f)
        #expect(terminal.rowsWrittenLastDraw == 0)
        f.put("变了", at: Point(x: 3, y: 2), role: .selected)
        terminal.draw(f)
        #expect(terminal.rowsWrittenLastDraw == 1)
        #expect(terminal.readBack()[2] == "c  变了     ")
        // A shorter row must not leave the old tail behind.
        terminal.draw(frame(size, ["a", "b", "x", "d"]))
        #expect(terminal.readBack()[2] == "x           ")
    }

    @Test("a wide character at the last column is not wrapped onto the next line")
    func wideAtLastColumn() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 10, height: 3)))
        defer { terminal.shutdown() }
        // The Frame already refuses: 设 at column 9 of 10 becomes a space.
        var f = Frame(size: Size(width: 10, height: 3))
        f.put("123456789设", at: .zero)
        f.put("next", at: Point(x: 0, y: 1))
        terminal.draw(f)
        #expect(terminal.readBack() == ["123456789 ", "next      ", "          "])
        // A frame wider than the screen: the backend itself clips and pads at the edge.
        var wide = Frame(size: Size(width: 12, height: 3))
        wide.put("123456789设备", at: .zero)
        wide.put("next", at: Point(x: 0, y: 1))
        terminal.draw(wide)
        #expect(terminal.readBack() == ["123456789 ", "next      ", "          "])
        // The bottom-right cell can be written.
        var corner = Frame(size: Size(width: 10, height: 3))
        corner.put("end", at: Point(x: 7, y: 2))
        terminal.draw(corner)
        #expect(terminal.readBack()[2] == "       end")
    }

    @Test("resizeterm gives .resize, and drawing at the new size works, down to 10x3")
    func resize() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 40, height: 10)))
        defer { terminal.shutdown() }
        terminal.draw(frame(Size(width: 40, height: 10), ["呼吸机 Ventilator 重症医学科 ICU"]))

        terminal.resize(to: Size(width: 30, height: 8))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .resize)
        #expect(terminal.size == Size(width: 30, height: 8))
        let f = frame(terminal.size, ["设备 30x8", "第二行"])
        terminal.draw(f)
        #expect(terminal.readBack() == f.lines)

        terminal.resize(to: Size(width: 10, height: 3))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .resize)
        #expect(terminal.size == Size(width: 10, height: 3))
        var tiny = Frame(size: terminal.size)
        MessageBox(message: "终端太小 / terminal too small").render(into: &tiny, style: .unicode)
        terminal.draw(tiny)
        #expect(terminal.readBack() == ["终端太小 /", "terminal  ", "too small "])

        // A stale frame of the old, larger size is clipped rather than crashing.
        terminal.draw(f)
        #expect(terminal.readBack() == ["设备 30x8 ", "第二行    ", "          "])
    }

    @Test("keys: UTF-8 characters, control keys, Enter, Tab, Backspace and keypad sequences")
    func keys() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 20, height: 5)))
        defer { terminal.shutdown() }
        terminal.sendInput("中j\u{04}\r\t\u{7F}")
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .char("中"))
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .char("j"))
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .ctrl("d"))
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .enter)
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .tab)
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .backspace)
        // xterm in keypad mode sends ESC O B for Down and ESC [ 6 ~ for PgDn.
        terminal.sendInput("\u{1B}OB\u{1B}[6~")
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .down)
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .pageDown)
        // A lone Esc arrives after the 25 ms escape delay.
        terminal.sendInput("\u{1B}")
        #expect(terminal.readKey(timeoutMilliseconds: 500) == .escape)
        // Nothing typed: a timeout.
        #expect(terminal.readKey(timeoutMilliseconds: 30) == nil)
    }

    @Test("colour and monochrome themes draw every role")
    func themes() throws {
        for theme in [Theme.colour, Theme.monochrome] {
            let size = Size(width: StyleRole.allCases.count * 2, height: 2)
            let terminal = try CursesTerminal(mode: .headless(size), theme: theme)
            var f = Frame(size: size)
            for (i, role) in StyleRole.allCases.enumerated() {
                f.put("设", at: Point(x: i * 2, y: 0), role: role)
            }
            terminal.draw(f)
            #expect(terminal.readBack()[0] == String(repeating: "设", count: StyleRole.allCases.count))
            terminal.setTheme(.monochrome)
            terminal.draw(f)
            #expect(terminal.readBack() == f.lines)
            terminal.shutdown()
        }
    }

    @Test("when input is gone, a read that would wait forever reports .endOfInput")
    func inputGone() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 10, height: 2)))
        defer { terminal.shutdown() }
        terminal.sendInput("x")
        terminal.closeInput()
        #expect(terminal.readKey(timeoutMilliseconds: -1) == .char("x"))
        // EOF makes wget_wch fail at once; after 1000 failures in a row input counts as gone.
        #expect(terminal.readKey(timeoutMilliseconds: -1) == .endOfInput)
        // With a timeout, each early failure returns nil, and the 1000th reports the end.
        var key: Key? = nil
        var reads = 0
        while key == nil && reads < 2000 {
            key = terminal.readKey(timeoutMilliseconds: 1000)
            reads += 1
        }
        #expect(key == .endOfInput)
    }

    @Test("shutdown is idempotent; afterwards input reads as ended")
    func shutdown() throws {
        let terminal = try CursesTerminal(mode: .headless(Size(width: 10, height: 2)))
        terminal.shutdown()
        terminal.shutdown()
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .endOfInput)
        #expect(terminal.readBack().isEmpty)
        terminal.draw(Frame(size: Size(width: 10, height: 2)))   // ignored, no crash
    }

    @Test("live mode refuses when stdin or stdout is not a terminal",
          .enabled(if: isatty(0) == 0 || isatty(1) == 0))
    func liveNeedsTTY() {
        #expect(throws: CursesTerminalError.notATerminal) {
            _ = try CursesTerminal(mode: .live)
        }
        #expect(CursesTerminalError.notATerminal.description
                == "rounds needs a terminal (stdin/stdout is not a TTY)")
    }
}
