import TerminalUI

/// The `:` prompt on the bottom line; what Tab offered, on the line above it.
enum CommandLineView {
    static func render(_ line: CommandLineState, into frame: inout Frame, strings s: Strings) {
        let y = frame.height - 1
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .statusBar)
        let used = frame.put(":", at: Point(x: 0, y: y), role: .statusKey)
        line.field.render(into: &frame, at: Point(x: used, y: y), width: frame.width - used - 1)
        guard !line.offered.isEmpty, y > 1 else { return }
        frame.fill(Rect(x: 0, y: y - 1, width: frame.width, height: 1), role: .dim)
        frame.putLabel(line.offered.joined(separator: "  "), at: Point(x: 1, y: y - 1), role: .dim, maxWidth: frame.width - 2)
    }
}
