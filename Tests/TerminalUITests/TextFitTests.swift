import Testing
@testable import TerminalUI

@Suite("Fitting text to a width")
struct TextFitTests {
    @Test("padding to the exact width")
    func padding() {
        #expect(fit("呼吸机", width: 8) == "呼吸机  ")                       // 6 + 2 spaces
        #expect(fit("呼吸机", width: 8, alignment: .right) == "  呼吸机")
        #expect(fitRight("42", width: 5) == "   42")
        #expect(fitCenter("设备", width: 7) == " 设备  ")                    // 3 spare: 1 left, 2 right
        #expect(fit("abc", width: 3) == "abc")                               // fits exactly: no dots
        #expect(fit("", width: 2) == "  ")
        #expect(fit("abc", width: 0) == "")
        #expect(fit("abc", width: -3) == "")
    }

    @Test("truncation ends with '..' and is exactly the width")
    func truncation() {
        // 重症医学科 is 10 columns.
        // width 6: prefix budget 4 -> 重症 (4), then ".." -> 6.
        #expect(fit("重症医学科", width: 6) == "重症..")
        // width 5: prefix budget 3 -> 重 (2); 症 would make 4 > 3. One spare column: a third dot.
        #expect(fit("重症医学科", width: 5) == "重...")
        // width 3: budget 1 -> nothing fits (重 is 2), three dots.
        #expect(fit("重症医学科", width: 3) == "...")
        #expect(fit("重症医学科", width: 2) == "..")
        #expect(fit("重症医学科", width: 1) == ".")
        #expect(fit("Ventilator", width: 6) == "Vent..")
        for w in 0...12 {
            #expect(displayWidth(fit("重症医学科 ICU", width: w)) == w, "width \(w)")
        }
    }

    @Test("fit sanitises before measuring")
    func fitSanitises() {
        #expect(fit("a\u{1B}b", width: 4) == "a\u{FFFD}b ")
    }

    @Test("clip never splits a wide character")
    func clipWide() {
        #expect(clip("设备A", width: 3) == "设")     // 备 would need columns 3-4
        #expect(clip("设备A", width: 5) == "设备A")
        #expect(clip("设备A", width: 0) == "")
    }

    @Test("wrap breaks at spaces, or anywhere in Chinese")
    func wrapping() {
        #expect(wrap("press q to quit", width: 8) == ["press q", "to quit"])
        #expect(wrap("终端太小请放大窗口", width: 8) == ["终端太小", "请放大窗", "口"])
        #expect(wrap("a\nb", width: 5) == ["a", "b"])
        #expect(wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(wrap("中", width: 1) == [])        // a 2-wide char cannot fit 1 column: skipped
        #expect(wrap("x", width: 0) == [])
    }
}
