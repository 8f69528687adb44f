/// A terminal colour. The eight basic colours work on every colour terminal; `indexed` reaches the
/// 256-colour palette where the terminal has one (a backend falls back to the nearest basic colour
/// otherwise).
public enum TerminalColor: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case indexed(Int)
}

/// How one ``StyleRole`` looks: optional colours (nil = the terminal's default) and attributes.
///
/// ```swift
/// let overdue = TextStyle(foreground: .red, bold: true)
/// let selected = TextStyle(reverse: true)
/// ```
public struct TextStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// No colour, no attributes.
    public static let plain = TextStyle()

    /// True when this style sets a foreground or background colour.
    public var usesColour: Bool { foreground != nil || background != nil }
}

/// Maps every ``StyleRole`` to a ``TextStyle``. Two themes ship: ``colour`` and ``monochrome``
/// (attributes only, for `NO_COLOR`, `--no-color` and terminals without colour).
///
/// ```swift
/// let theme = Theme.choose(noColorEnv: env["NO_COLOR"], flag: options.noColor,
///                          terminalHasColors: true)
/// theme[.overdue]   // TextStyle(foreground: .red, bold: true) in colour, bold in monochrome
/// ```
public struct Theme: Hashable, Sendable {
    public var name: String
    private var styles: [StyleRole: TextStyle]

    /// A theme with the given styles; roles left out are ``TextStyle/plain``.
    public init(name: String, styles: [StyleRole: TextStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`.
    public subscript(role: StyleRole) -> TextStyle {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// True when any role sets a colour (a backend then starts colour mode).
    public var usesColour: Bool { styles.values.contains(where: \.usesColour) }

    /// Eight-colour theme on the terminal's default background.
    public static let colour = Theme(name: "colour", styles: [
        .header: TextStyle(foreground: .cyan, bold: true, underline: true),
        .title: TextStyle(foreground: .yellow, bold: true),
        .selected: TextStyle(foreground: .black, background: .cyan),
        .statusBar: TextStyle(foreground: .black, background: .white),
        .statusKey: TextStyle(foreground: .blue, background: .white, bold: true),
        .dim: TextStyle(dim: true),
        .ok: TextStyle(foreground: .green),
        .dueSoon: TextStyle(foreground: .yellow, bold: true),
        .overdue: TextStyle(foreground: .red, bold: true),
        .down: TextStyle(foreground: .white, background: .red, bold: true),
        .warning: TextStyle(foreground: .yellow),
        .error: TextStyle(foreground: .red, bold: true),
        .accent: TextStyle(foreground: .cyan, bold: true),
        .border: TextStyle(foreground: .blue),
        .input: TextStyle(underline: true),
    ])

    /// Attributes only: usable on any terminal and with `NO_COLOR`. Meaning is still carried by the
    /// text tags ("[逾期]"), the attributes only help the eye.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .header: TextStyle(bold: true, underline: true),
        .title: TextStyle(bold: true),
        .selected: TextStyle(reverse: true),
        .statusBar: TextStyle(reverse: true),
        .statusKey: TextStyle(bold: true, reverse: true),
        .dim: TextStyle(dim: true),
        .dueSoon: TextStyle(underline: true),
        .overdue: TextStyle(bold: true),
        .down: TextStyle(bold: true, underline: true),
        .warning: TextStyle(bold: true),
        .error: TextStyle(bold: true),
        .accent: TextStyle(bold: true),
        .input: TextStyle(underline: true),
    ])

    /// Picks the theme: ``monochrome`` when the `NO_COLOR` environment variable is present and not
    /// empty (https://no-color.org: "when present and not an empty string, regardless of its
    /// value"), when `--no-color` was given, or when the terminal has no colours; ``colour`` otherwise.
    ///
    /// - Parameters:
    ///   - noColorEnv: the value of `NO_COLOR`, or nil when it is not set.
    ///   - flag: true when the user passed `--no-color`.
    ///   - terminalHasColors: what the terminal reports (curses `has_colors()`).
    public static func choose(noColorEnv: String?, flag: Bool, terminalHasColors: Bool) -> Theme {
        if let value = noColorEnv, !value.isEmpty { return .monochrome }
        if flag || !terminalHasColors { return .monochrome }
        return .colour
    }
}
