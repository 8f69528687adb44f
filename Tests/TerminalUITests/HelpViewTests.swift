import Testing
@testable import TerminalUI

@Suite("HelpView")
struct HelpViewTests {
    let help = HelpView(sections: [
        HelpSection(title: "移动 Navigation", entries: [
            HelpEntry(keys: "j / Down", description: "下一行 next row"),
            HelpEntry(keys: "k / Up", description: "上一行 previous row"),
        ]),
        HelpSection(title: "其他 Other", entries: [
            HelpEntry(keys: "?", description: "帮助 help"),
        ]),
    ])

    @Test("keys in a column as wide as the widest label, sections separated by a blank line")
    func layout() {
        var frame = Frame(size: Size(width: 30, height: 7))
        let scroll = help.render(into: &frame, rect: frame.bounds, scroll: 0)
        #expect(scroll == 0)
        // Widest key "j / Down" = 8 columns, then 2 spaces: descriptions start at column 10.
        #expect(frame.lines == [
            "移动 Navigation               ",
            "j / Down  下一行 next row     ",
            "k / Up    上一行 previous row ",
            "                              ",
            "其他 Other                    ",
            "?         帮助 help           ",
            "                              ",
        ])
        #expect(frame.roles(0)[0] == .title && frame.roles(1)[0] == .statusKey)
    }

    @Test("scrolling is clamped; long descriptions wrap under themselves")
    func scrollAndWrap() {
        #expect(help.lineCount(width: 30) == 6)
        var frame = Frame(size: Size(width: 30, height: 3))
        #expect(help.render(into: &frame, rect: frame.bounds, scroll: 100) == 3)   // 6 lines - 3 rows
        #expect(frame.row(0).hasPrefix(" "))                                       // the blank line
        // Width 20: keys column 6 (20 / 3), descriptions 20 - 6 - 2 = 12 wide. "下一行 next row" (15)
        // wraps to "下一行 next" + "row"; "上一行 previous row" (19) to "上一行" + "previous row";
        // "帮助 help" (9) fits. 2 titles + 1 blank + 2 + 2 + 1 = 8 lines.
        #expect(help.lineCount(width: 20) == 8)
        var narrow = Frame(size: Size(width: 20, height: 8))
        help.render(into: &narrow, rect: narrow.bounds, scroll: 0)
        #expect(narrow.row(1) == "j / ..  下一行 next ")   // "j / Down" fitted to 6: "j / " + ".."
        #expect(narrow.row(2) == "        row         ")
    }
}
