import Testing
@testable import TerminalUI

@Suite("TextField")
struct TextFieldTests {
    @Test("Chinese input, backspace and the cursor column")
    func chinese() {
        var field = TextField()
        for c in "呼吸机" { field.handle(.char(c)) }
        #expect(field.text == "呼吸机" && field.cursor == 3 && field.cursorColumn == 6)
        field.handle(.backspace)
        #expect(field.text == "呼吸" && field.cursorColumn == 4)
        field.handle(.left)
        field.handle(.char("A"))                       // between 呼 and 吸
        #expect(field.text == "呼A吸" && field.cursorColumn == 3)   // 呼 (2) + A (1)
        field.handle(.home)
        field.handle(.delete)
        #expect(field.text == "A吸" && field.cursor == 0)
        field.handle(.end)
        #expect(field.cursor == 2)
        field.handle(.backspace); field.handle(.backspace); field.handle(.backspace)   // one extra: no-op
        #expect(field.text.isEmpty && field.cursor == 0)
    }

    @Test("Ctrl-u clears, Ctrl-k deletes to the end, controls are refused, Enter is left to the caller")
    func editingKeys() {
        var field = TextField(text: "设备 CT")
        field.handle(.ctrl("a"))
        field.handle(.right)
        field.handle(.ctrl("k"))
        #expect(field.text == "设")
        field.insert("\u{1B}")
        #expect(field.text == "设")
        let handledEnter = field.handle(.enter)
        #expect(handledEnter == false)
        field.handle(.ctrl("u"))
        #expect(field.text == "" && field.cursor == 0)
    }

    @Test("renders with horizontal scrolling so the cursor is visible")
    func scrolling() {
        var field = TextField(text: "一二三四五六")      // 12 columns, cursor at the end
        var frame = Frame(size: Size(width: 8, height: 1))
        field.render(into: &frame, at: .zero, width: 8)
        // Cursor needs 1 column: the last 3 characters (6 columns) + cursor cell fit in 8.
        #expect(frame.row(0) == "四五六  ")
        #expect(frame.cursor == Point(x: 6, y: 0))
        field.handle(.home)
        field.render(into: &frame, at: .zero, width: 8)
        #expect(frame.row(0) == "一二三四")
        #expect(frame.cursor == Point(x: 0, y: 0))
        #expect(frame.roles(0).allSatisfy { $0 == .input })
    }

    @Test("an empty field shows its placeholder dimmed")
    func placeholder() {
        let field = TextField(placeholder: "搜索 Search")
        var frame = Frame(size: Size(width: 12, height: 1))
        field.render(into: &frame, at: .zero, width: 12)
        #expect(frame.row(0) == "搜索 Search ")
        #expect(frame.roles(0)[0] == .dim)
        #expect(frame.cursor == .zero)
    }
}
