import RoundsCore
import RoundsStore
import TerminalUI

/// The hospital's missed duties (R100), escalated first then oldest first, as
/// `rounds report exceptions` lists them; Enter opens the ticket or the device behind a line.
public struct MissedDutyBoardState: Sendable {
    public var duties: [MissedDuty]
    public var thresholds: MissedDutyEscalation
    public var now: Instant
    public var table: TableState

    static func load(_ store: Store, now: Instant) throws -> MissedDutyBoardState {
        let duties = try store.missedDuties(now: now)
        return MissedDutyBoardState(duties: duties, thresholds: try store.missedDutyEscalation(), now: now, table: TableState(rowCount: duties.count))
    }

    var selected: MissedDuty? { duties.indices.contains(table.selected) ? duties[table.selected] : nil }
}

enum MissedDutyBoardView {
    static func render(_ state: inout MissedDutyBoardState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        let e = state.thresholds
        let head = "\(s.t(.excLineTag)) \(state.duties.count)  \(s.t(.excEscalatedLabel)) \(state.duties.filter(\.escalated).count)"
            + "  (\(s.t(.escalationRule)) \(s.hours(e.ticketHours)) / \(s.days(e.inspectionDays)) / \(s.days(e.qcDays)))"
        frame.putLabel(head, at: Point(x: rect.x + 1, y: rect.y), role: .header, maxWidth: rect.width - 2)
        let wide = rect.width >= 100
        var columns = [
            TableColumn(s.t(.colRule), width: .fixed(5)),
            TableColumn(s.t(.colKind), width: .flexible(min: 14, weight: 2, max: 32)),
            TableColumn(s.t(.colSubject), width: .fixed(15)),
            TableColumn(s.t(.colDeptShort), width: .fixed(5)),
            TableColumn(s.t(.colAge), width: .fixed(6), alignment: .right),
            TableColumn(s.t(.colEscalation), width: .fixed(s.isChinese ? 8 : 9)),
        ]
        if wide { columns.append(TableColumn(s.t(.colDetail), width: .flexible(min: 10, weight: 3, max: 80))) }
        let duties = state.duties, now = state.now
        var view = TableView(columns: columns, rowCount: duties.count, separator: " ") { i in
            let d = duties[i]
            // Without the detail column the name says which inspection (ten-day, monthly, quarterly).
            let name = wide ? d.kind.name : (d.specificName ?? d.kind.name)
            var cells = [d.rule, name.text(chinese: s.isChinese), d.subject, d.department, s.age(of: d, now: now),
                         d.escalated ? s.t(.tagEscalated) : ""]
            if wide { cells.append(d.text.text(chinese: s.isChinese)) }
            return TableRow(cells, cellRoles: [nil, d.escalated ? .overdue : .warning, nil, nil, nil, .overdue])
        }
        view.emptyText = s.t(.noExceptions)
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), state: state.table)
    }
}
