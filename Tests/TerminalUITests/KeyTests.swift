import Testing
@testable import TerminalUI

@Suite("Keys")
struct KeyTests {
    @Test("character codes decode like a terminal sends them")
    func decode() {
        #expect(Key(code: 4) == .ctrl("d"))
        #expect(Key(code: 1) == .ctrl("a"))
        #expect(Key(code: 26) == .ctrl("z"))
        #expect(Key(code: 9) == .tab)
        #expect(Key(code: 10) == .enter)
        #expect(Key(code: 13) == .enter)
        #expect(Key(code: 27) == .escape)
        #expect(Key(code: 127) == .backspace)
        #expect(Key(code: 8) == .backspace)
        #expect(Key(code: 0x4E2D) == .char("中"))
        #expect(Key(code: 0x6A) == .char("j"))
        #expect(Key(code: 0x9B) == nil)            // C1 control: not a key
        #expect(Key(code: 0xD800) == nil)          // a surrogate is not a scalar
    }

    @Test("names are ASCII words and parse back")
    func names() {
        #expect(Key.char("j").name == "j")
        #expect(Key.down.name == "Down")
        #expect(Key.ctrl("d").name == "Ctrl-d")
        #expect(Key.pageDown.name == "PgDn")
        #expect(Key.enter.name == "Enter")
        #expect(Key.escape.name == "Esc")
        #expect(Key.char("?").name == "?")
        #expect(Key.char(" ").name == "Space")
        #expect(Key.function(5).name == "F5")
        let all: [Key] = [.char("j"), .char("中"), .char(" "), .ctrl("d"), .function(12), .up, .down,
                          .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab,
                          .backTab, .backspace, .delete, .resize, .endOfInput]
        for key in all {
            #expect(Key(name: key.name) == key, "\(key.name)")
            #expect(key.name.unicodeScalars.allSatisfy { $0.isASCII } || key == .char("中"))
        }
        #expect(Key(name: "ctrl-D") == .ctrl("d"))
        #expect(Key(name: "pgdn") == .pageDown)
        #expect(Key(name: "nonsense") == nil)
    }
}
