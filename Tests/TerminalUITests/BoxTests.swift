import Testing
@testable import TerminalUI

@Suite("Boxes and message boxes")
struct BoxTests {
    @Test("ASCII and Unicode borders with a title")
    func borders() {
        var frame = Frame(size: Size(width: 10, height: 3))
        let inner = frame.drawBox(frame.bounds, style: .ascii, title: "设备")
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(frame.lines == ["+ 设备 --+", "|        |", "+--------+"])
        var uni = Frame(size: Size(width: 4, height: 2))
        uni.drawBox(uni.bounds, style: .unicode)
        #expect(uni.lines == ["┌──┐", "└──┘"])
        #expect(uni.roles(0).allSatisfy { $0 == .border })
    }

    @Test("a message box is centred and wraps its text")
    func messageBox() {
        var frame = Frame(size: Size(width: 30, height: 7))
        let box = MessageBox(message: "终端太小 / terminal too small").render(into: &frame, style: .ascii)
        // Wrapped at 26 columns (30 - 4): "终端太小 / terminal too" (23) and "small".
        // Box: 23 + 4 = 27 wide, 2 + 2 = 4 high, centred: x = (30 - 27) / 2 = 1, y = (7 - 4) / 2 = 1.
        #expect(box == Rect(x: 1, y: 1, width: 27, height: 4))
        #expect(frame.lines == [
            "                              ",
            " +-------------------------+  ",
            " | 终端太小 / terminal too |  ",
            " | small                   |  ",
            " +-------------------------+  ",
            "                              ",
            "                              ",
        ])
    }

    @Test("too small for a box: plain wrapped text, no crash (10x3 and 0x0)")
    func tiny() {
        var frame = Frame(size: Size(width: 10, height: 3))
        MessageBox(message: "终端太小 / terminal too small").render(into: &frame, style: .unicode)
        #expect(frame.lines == ["终端太小 /", "terminal  ", "too small "])
        var none = Frame(size: .zero)
        MessageBox(message: "x").render(into: &none, style: .unicode)
        #expect(none.lines.isEmpty)
    }
}
