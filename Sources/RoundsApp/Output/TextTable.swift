import TerminalUI

/// A plain-text table for the command line, aligned by display width so Chinese and ASCII columns
/// line up in a terminal (CJK characters take two columns).
///
/// ```
/// TAG       NAME      DEPARTMENT
/// ICU-V01   呼吸机    ICU
/// ```
public enum TextTable {
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let clean = rows.map { $0.map(sanitized) }
        var widths = header.map { displayWidth($0) }
        for row in clean { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(cell)) } }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let last = i == cells.count - 1
                if rightAligned.contains(i) { parts.append(fitRight(cell, width: widths[i])) }
                else { parts.append(last ? cell : fit(cell, width: widths[i])) }
            }
            return parts.joined(separator: "  ")
        }
        return ([line(header)] + clean.map(line)).joined(separator: "\n") + "\n"
    }
}
