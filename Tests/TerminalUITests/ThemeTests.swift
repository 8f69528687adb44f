import Testing
@testable import TerminalUI

@Suite("Themes")
struct ThemeTests {
    @Test("monochrome when NO_COLOR is set, --no-color is given or the terminal has no colours")
    func choose() {
        #expect(Theme.choose(noColorEnv: nil, flag: false, terminalHasColors: true) == .colour)
        #expect(Theme.choose(noColorEnv: "1", flag: false, terminalHasColors: true) == .monochrome)
        #expect(Theme.choose(noColorEnv: "false", flag: false, terminalHasColors: true) == .monochrome)
        // no-color.org: an empty NO_COLOR does not count.
        #expect(Theme.choose(noColorEnv: "", flag: false, terminalHasColors: true) == .colour)
        #expect(Theme.choose(noColorEnv: nil, flag: true, terminalHasColors: true) == .monochrome)
        #expect(Theme.choose(noColorEnv: nil, flag: false, terminalHasColors: false) == .monochrome)
    }

    @Test("monochrome uses attributes only")
    func monochrome() {
        let mono = Theme.monochrome
        #expect(!mono.usesColour)
        #expect(mono[.selected] == TextStyle(reverse: true))
        #expect(mono[.header] == TextStyle(bold: true, underline: true))
        #expect(mono[.overdue].bold)
        #expect(mono[.statusBar].reverse)
        #expect(mono[.normal] == .plain)
        #expect(Theme.colour.usesColour)
        #expect(Theme.colour[.overdue].foreground == .red)
    }
}
