/// The spreadsheet rule for a CSV cell, both ways (CONTRACT "Backup, restore and exports"): the CSV
/// writer neutralises every cell it writes, and the importer undoes it, so that a list the program
/// wrote re-imports as it was.
///
/// - control characters are dropped, except tab, LF and CR (a multi-line note), which a quoted CSV
///   field keeps;
/// - a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
///   so a spreadsheet shows it instead of running it as a formula;
/// - a number cell is left as it is: a cell is a number when it is a plain decimal (`-3`, `12.5`,
///   `98.2%`), which a spreadsheet reads as a value, never as a formula. The rule decides by the
///   cell's content, not by who wrote it: a device named `-5` stays `-5` (a harmless number), one
///   named `-1+2` becomes `'-1+2`.
///
/// ```swift
/// SpreadsheetCell.neutralised("=HYPERLINK(\"x\")")     // '=HYPERLINK("x")
/// SpreadsheetCell.neutralised("-3")                    // -3
/// SpreadsheetCell.restored("'=HYPERLINK(\"x\")")       // =HYPERLINK("x")
/// ```
public enum SpreadsheetCell {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for u in raw.unicodeScalars where !CleanText.isControl(u) || u == "\t" || u == "\n" || u == "\r" {
            scalars.append(u)
        }
        let s = String(scalars)
        guard let first = s.unicodeScalars.first, formulaStarts.contains(first), !isNumber(s) else { return s }
        return "'" + s
    }

    /// A cell as it was before ``neutralised(_:)``: a leading `'` before a formula character is
    /// removed (Excel does the same when it saves: the `'` is a display prefix, not content).
    public static func restored(_ cell: String) -> String {
        let u = cell.unicodeScalars
        guard u.first == "'", let second = u.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(u.dropFirst())
    }

    /// A plain decimal number: an optional minus, digits, an optional fraction, an optional `%`.
    public static func isNumber(_ s: String) -> Bool {
        var u = Substring(s).unicodeScalars[...]
        if u.first == "-" { u = u.dropFirst() }
        if u.last == "%" { u = u.dropLast() }
        let parts = String(u).split(separator: ".", omittingEmptySubsequences: false)
        return (parts.count == 1 || parts.count == 2) && parts.allSatisfy(\.isASCIIDigits)
    }
}
