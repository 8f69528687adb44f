import TerminalUI

/// What a command run from `:` printed: its words as the title, its output (and any errors) to
/// scroll through, and how it ended.
public struct OutputState: Sendable {
    public var command: String
    public var lines: [String]
    public var status: Int32
    public var scroll = 0

    init(command: String, outcome: CommandOutcome) {
        self.command = command
        status = outcome.status
        let text = [outcome.output, outcome.errors].filter { !$0.isEmpty }.joined(separator: "\n")
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
    }
}

enum OutputView {
    static func render(_ state: inout OutputState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        let ok = state.status == 0
        let head = ": \(state.command)   \(ok ? s.t(.commandSucceeded) : "\(s.t(.commandFailed)) \(state.status)")"
        frame.putLabel(head, at: Point(x: rect.x + 1, y: rect.y), role: ok ? .header : .error, maxWidth: rect.width - 2)
        // Long lines wrap rather than lose their ends (a report's columns fit up to the width).
        TextPage.render(state.lines.map { ($0, .normal) }, scroll: &state.scroll, into: &frame,
                        rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }
}
