import Testing
@testable import TerminalUI

@Suite("HeadlessTerminal")
struct HeadlessTerminalTests {
    @Test("scripted keys, recorded frames, resize and end of input")
    func script() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 5), keys: [.down])
        terminal.enqueue(text: "设a")
        terminal.resize(to: Size(width: 10, height: 3))
        #expect(terminal.size == Size(width: 10, height: 3))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .down)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .char("设"))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .char("a"))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.readKey(timeoutMilliseconds: 100) == nil)           // a timeout
        #expect(terminal.readKey(timeoutMilliseconds: -1) == .endOfInput)    // would wait forever
        var frame = Frame(size: terminal.size)
        frame.put("hi", at: .zero)
        terminal.draw(frame)
        #expect(terminal.lastFrame?.row(0) == "hi        ")
        #expect(terminal.drawCount == 1)
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }
}
