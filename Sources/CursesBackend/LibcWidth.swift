import CNCurses

/// The width glibc's `wcwidth` gives `scalar` in a UTF-8 locale: what ncurses uses to place cells.
/// Returns -1 for characters glibc considers non-printable (controls, unassigned code points).
///
/// TerminalUI's pure-Swift ``TerminalUI/displayWidth(_:)-(Unicode.Scalar)`` must agree with this;
/// a test in CursesBackendTests compares the two.
///
/// ```swift
/// libcDisplayWidth("中")   // 2
/// ```
public func libcDisplayWidth(_ scalar: Unicode.Scalar) -> Int {
    _ = CursesTerminal.codeset
    return Int(cn_wcwidth(wchar_t(scalar.value)))
}
