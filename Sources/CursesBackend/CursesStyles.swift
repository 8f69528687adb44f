import CNCurses
import TerminalUI

/// A role's curses form: attribute bits and a colour-pair number (0 = the terminal's default).
struct CursesStyle {
    var attributes: attr_t
    var pair: Int32
}

/// Turns a ``TerminalUI/Theme`` into curses attributes and colour pairs, one pair per role
/// (pair number = role's raw value + 1). Must run with the terminal's screen selected.
struct CursesStyles {
    private var table: [StyleRole: CursesStyle] = [:]

    func style(for role: StyleRole) -> CursesStyle {
        table[role] ?? CursesStyle(attributes: 0, pair: 0)
    }

    /// Builds the table for `theme`, starting colour mode when the theme uses colours.
    mutating func apply(_ theme: Theme) {
        table = [:]
        var colour = false
        var defaultColours = false
        if theme.usesColour && has_colors() {
            start_color()
            defaultColours = use_default_colors() == OK
            colour = true
        }
        let palette = Int(cn_colors())
        for role in StyleRole.allCases {
            let style = theme[role]
            var attrs: attr_t = 0
            if style.bold { attrs |= cn_A_BOLD() }
            if style.reverse { attrs |= cn_A_REVERSE() }
            if style.underline { attrs |= cn_A_UNDERLINE() }
            if style.dim { attrs |= cn_A_DIM() }
            var pair: Int32 = 0
            let number = Int32(role.rawValue + 1)
            if colour, style.usesColour, number < cn_color_pairs() {
                let fg = Self.number(style.foreground, palette: palette, fallback: defaultColours ? -1 : COLOR_WHITE)
                let bg = Self.number(style.background, palette: palette, fallback: defaultColours ? -1 : COLOR_BLACK)
                if init_pair(Int16(number), Int16(fg), Int16(bg)) == OK { pair = number }
            }
            table[role] = CursesStyle(attributes: attrs, pair: pair)
        }
    }

    /// The curses colour number for `color` (nil = `fallback`). Palette indexes beyond what the
    /// terminal has fall back to the basic eight.
    static func number(_ color: TerminalColor?, palette: Int, fallback: Int32) -> Int32 {
        guard let color else { return fallback }
        switch color {
        case .black: return COLOR_BLACK
        case .red: return COLOR_RED
        case .green: return COLOR_GREEN
        case .yellow: return COLOR_YELLOW
        case .blue: return COLOR_BLUE
        case .magenta: return COLOR_MAGENTA
        case .cyan: return COLOR_CYAN
        case .white: return COLOR_WHITE
        case .indexed(let n):
            if n >= 0 && n < palette { return Int32(n) }
            return Int32(abs(n) % 8)
        }
    }
}
