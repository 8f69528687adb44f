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
        frame.put(head, at: Point(x: rect.x + 1, y: rect.y), role: ok ? .header : .error, maxWidth: rect.width - 2)
        let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        // Long lines wrap rather than lose their ends (a report's columns fit up to the width).
        let wrapped = state.lines.flatMap { $0.isEmpty ? [""] : wrap($0, width: max(1, body.width)) }
        state.scroll = max(0, min(state.scroll, wrapped.count - body.height))
        for (i, line) in wrapped.dropFirst(state.scroll).prefix(body.height).enumerated() {
            frame.put(line, at: Point(x: body.x, y: body.y + i), role: .normal, maxWidth: body.width)
        }
    }
}
