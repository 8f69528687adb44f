import Testing
@testable import TerminalUI

@Suite("Frame")
struct FrameTests {
    @Test("wide characters take a cell and a continuation cell; rows keep their exact width")
    func wideCells() {
        var frame = Frame(size: Size(width: 10, height: 2))
        let used = frame.put("呼吸机 CT", at: .zero)
        #expect(used == 9)                                  // 3x2 + 1 + 2
        #expect(frame.row(0) == "呼吸机 CT ")                // 9 columns + 1 trailing space
        #expect(displayWidth(frame.row(0)) == 10)
        #expect(frame[0, 0].character == "呼" && !frame[0, 0].isContinuation)
        #expect(frame[1, 0].isContinuation)
        #expect(frame.row(1) == String(repeating: " ", count: 10))
    }

    @Test("a wide character at the last column is replaced by a space, never written half")
    func wideAtLastColumn() {
        var frame = Frame(size: Size(width: 10, height: 2))
        frame.put("设备", at: Point(x: 9, y: 0))   // 设 needs columns 9 and 10; the frame ends at 9
        #expect(frame.row(0) == String(repeating: " ", count: 10))
        #expect(!frame[9, 0].isContinuation)
        // Starting at 8: 设 fits in 8-9, 备 is dropped.
        frame.put("设备", at: Point(x: 8, y: 1))
        #expect(frame.row(1) == "        设")
        #expect(frame[9, 1].isContinuation)
    }

    @Test("maxWidth stops a wide character from crossing it (pads instead)")
    func maxWidth() {
        var frame = Frame(size: Size(width: 8, height: 1))
        frame.put("########", at: .zero)
        let used = frame.put("设备", at: Point(x: 1, y: 0), role: .accent, maxWidth: 3)
        // 设 uses columns 1-2, 备 would need 3-4 but maxWidth ends at column 3: column 3 becomes a space.
        #expect(used == 3)
        #expect(frame.row(0) == "#设 ####")
        #expect(frame.roles(0) == [.normal, .accent, .accent, .accent, .normal, .normal, .normal, .normal])
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.put("中文", at: .zero)                 // 中 0-1, 文 2-3
        frame.put("x", at: Point(x: 1, y: 0))         // lands on 中's continuation
        #expect(frame.row(0) == " x文  ")
        frame.put("y", at: Point(x: 2, y: 0))         // lands on 文's lead: its continuation goes
        #expect(frame.row(0) == " xy   ")
        #expect(frame.cells.allSatisfy { !$0.isContinuation })
    }

    @Test("clipping at the left edge and outside the frame")
    func clipping() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("中ab", at: Point(x: -1, y: 0))    // 中 straddles column 0: its visible half is a space
        #expect(frame.row(0) == " ab ")
        #expect(frame.put("zz", at: Point(x: 0, y: 5)) == 0)
        #expect(frame.row(5) == "")
    }

    @Test("fill, setRole, roles, lines and text")
    func fillAndRoles() {
        var frame = Frame(size: Size(width: 3, height: 2))
        frame.fill(Rect(x: 0, y: 1, width: 3, height: 1), role: .statusBar)
        #expect(frame.roles(1) == [.statusBar, .statusBar, .statusBar])
        frame.setRole(.selected, in: Rect(x: 1, y: 0, width: 9, height: 1))
        #expect(frame.roles(0) == [.normal, .selected, .selected])
        frame.put("ab", at: .zero)
        #expect(frame.lines == ["ab ", "   "])
        #expect(frame.text == "ab \n   ")
    }

    @Test("a lone combining mark is dropped; a combined one stays in its cell")
    func combining() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("\u{0301}e\u{0301}x", at: .zero)
        #expect(frame.row(0) == "e\u{0301}x  ")
    }

    @Test("drawing one frame onto another keeps wide characters whole")
    func compose() {
        var back = Frame(size: Size(width: 6, height: 2))
        back.put("......", at: .zero)
        var overlay = Frame(size: Size(width: 3, height: 1))
        overlay.put("设x", at: .zero)
        back.draw(overlay, at: Point(x: 2, y: 0))
        #expect(back.row(0) == "..设x.")
    }
}
