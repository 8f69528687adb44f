import RoundsCore
import TerminalUI

/// The `?` help screen, generated from the command table for the screen it was opened on.
public struct HelpState: Sendable {
    public var context: Context
    public var scroll: Int = 0
}

/// A list to choose one value from (e.g. a department for the archive filter).
public struct PickerState: Sendable {
    public enum Purpose: Sendable {
        /// A department filter for the screen below.
        case department
        /// The kind of round to start in a department.
        case roundKind(Department)
        /// Why the current device of a round is skipped.
        case skipReason
        /// Whether to replace an export file that exists (its absolute path, the text, CSV or not).
        case replaceFile(path: String, text: String, csv: Bool)
        /// Whether to record a device inspected again in its round: a correction of the earlier
        /// record (its id), never a duplicate.
        case reinspect(device: String, original: Int64)
        /// Whether to quit although a form or note holds typed text; "keep editing" brings back the
        /// overlay that was open (State/Quitting.swift).
        indirect case confirmQuit(returnTo: Overlay?)
        /// Which step of the command line's `ticket` group to record on this ticket (its number).
        case ticketStep(String)
        /// Whether to change a non-normal result to normal (then the amendment form asks why).
        case amend(AmendTarget)
    }
    public var purpose: Purpose
    public var title: String
    /// Labels and the value each stands for; a nil value means "all".
    public var options: [(label: String, value: String?)]
    public var table: TableState
}

enum OverlayView {
    static func renderHelp(_ state: inout HelpState, into frame: inout Frame, rect: Rect, strings s: Strings, border: BorderStyle,
                           why: (CommandID) -> String?) {
        let box = rect
        frame.fill(box, role: .normal)
        frame.drawBox(box, style: border, role: .accent, title: " \(s.t(.help)) ")
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 2))
        frame.putLabel(s.t(.helpIntro), at: Point(x: inner.x, y: inner.y), role: .dim, maxWidth: inner.width)
        let view = HelpView(sections: CommandTable.helpSections(for: state.context, strings: s, why: why))
        state.scroll = view.render(into: &frame, rect: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2)), scroll: state.scroll)
    }

    static func renderPicker(_ state: inout PickerState, into frame: inout Frame, rect: Rect, border: BorderStyle) {
        // Wide enough for the question in its title as well as the answers (a cut question is no question).
        let widest = max(displayWidth(state.title) + 6, (state.options.map { displayWidth($0.label) }.max() ?? 10) + 6)
        let width = min(rect.width - 4, max(30, widest))
        let height = min(rect.height, state.options.count + 3)   // border, rows, position line, border
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, (rect.height - height) / 2), width: width, height: height)
        frame.fill(box, role: .normal)
        frame.drawBox(box, style: border, role: .accent, title: " \(state.title) ")
        let options = state.options
        let view = TableView(columns: [TableColumn("", width: .flexible(min: 1))], rowCount: options.count, showsHeader: false) {
            TableRow([options[$0].label])
        }
        state.table = view.render(into: &frame, rect: Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2), state: state.table)
    }
}
