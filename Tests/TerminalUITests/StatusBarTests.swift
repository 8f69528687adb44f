import Testing
@testable import TerminalUI

@Suite("StatusBar")
struct StatusBarTests {
    let hints = [KeyHint(key: "?", title: "帮助"), KeyHint(key: "q", title: "返回"),
                 KeyHint(key: "/", title: "搜索")]

    @Test("hints that do not fit are dropped, never wrapped")
    func dropsHints() {
        // "? 帮助" is 1 + 1 + 4 = 6 columns; two hints with a 2-column gap: 14; three: 22 > 20.
        let bar = StatusBar(hints: hints)
        #expect(bar.visibleHints(width: 20).count == 2)
        var frame = Frame(size: Size(width: 20, height: 2))
        bar.render(into: &frame, row: 1)
        #expect(frame.row(1) == "? 帮助  q 返回      ")
        #expect(frame.row(0) == String(repeating: " ", count: 20))   // nothing spilled
        #expect(frame.roles(1)[0] == .statusKey && frame.roles(1)[1] == .statusBar)
        #expect(StatusBar(hints: hints).visibleHints(width: 5).isEmpty)
    }

    @Test("the message sits on the right and takes priority over hints")
    func message() {
        // Message 已保存 = 6 columns; 20 - 6 - 1 = 13 left: one hint (6), not two (14).
        let bar = StatusBar(hints: hints, message: "已保存", messageRole: .ok)
        var frame = Frame(size: Size(width: 20, height: 1))
        bar.render(into: &frame, row: 0)
        #expect(frame.row(0) == "? 帮助        已保存")
        #expect(frame.roles(0)[14] == .ok)
        // A message wider than the bar is truncated to the full width.
        let long = StatusBar(hints: hints, message: "终端太小终端太小终端太小")
        long.render(into: &frame, row: 0)
        #expect(frame.row(0) == "终端太小终端太小终..")
    }
}
