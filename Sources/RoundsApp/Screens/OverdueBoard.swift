import Foundation
import RoundsCore
import RoundsStore
import TerminalUI

/// The overdue board for department heads: every overdue and due-soon (7 days) inspection, by
/// department and kind, most overdue first; filterable and exportable to CSV.
public struct OverdueBoardState: Sendable {
    /// One line: overdue when `days` > 0 (days overdue), due soon otherwise (`-days` days left).
    public struct Line: Sendable, Equatable {
        public var device: String
        public var department: String
        public var kind: InspectionKind
        public var due: Day
        public var daysOverdue: Int
    }

    public var report: OverdueReport
    public var department: String?
    public var kind: InspectionKind?
    public var table: TableState = TableState(rowCount: 0)
    /// `/`: a device, department or kind contains the text.
    public var search = ListSearch()

    init(report: OverdueReport, department: String? = nil) {
        self.report = report
        self.department = department
        table = TableState(rowCount: lines.count)
    }

    static func load(_ store: Store, today: Day, department: String? = nil) throws -> OverdueBoardState {
        OverdueBoardState(report: try store.overdueReport(today: today), department: department)
    }

    /// Overdue lines (most overdue first), then due-soon lines (soonest first), filtered.
    public var lines: [Line] {
        let overdue = report.overdue.map { Line(device: $0.device, department: $0.department, kind: $0.kind, due: $0.due, daysOverdue: $0.daysOverdue) }
        let soon = report.dueSoon.map { Line(device: $0.requirement.device, department: $0.requirement.department, kind: $0.requirement.kind,
                                             due: $0.requirement.due, daysOverdue: -$0.daysLeft) }
        return (overdue + soon).filter { (department == nil || $0.department == department) && (kind == nil || $0.kind == kind)
            && search.matches([$0.device, $0.department, $0.kind.rawValue]) }
    }

    mutating func refilter() { table.setRowCount(lines.count) }

    /// The visible lines as CSV (the board's export).
    public func csv() -> String {
        CSVWriter.document(header: ["device", "department", "kind", "due", "days_overdue"],
                           rows: lines.map { [$0.device, $0.department, $0.kind.rawValue, $0.due.description, String($0.daysOverdue)] })
    }
}

enum OverdueBoardView {
    static func render(_ state: inout OverdueBoardState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        let lines = state.lines
        let overdueCount = lines.filter { $0.daysOverdue > 0 }.count
        var filter: [String] = []
        if let d = state.department { filter.append("\(s.t(.colDepartment))=\(d)") }
        if let k = state.kind { filter.append("\(s.t(.colKind))=\(s.kind(k))") }
        let head = "\(s.t(.overdueTag)) \(overdueCount)   \(s.t(.dueSoonTag)) \(lines.count - overdueCount)   \(s.t(.filteredBy)): \(filter.isEmpty ? s.t(.all) : filter.joined(separator: " "))"
        frame.putLabel(head, at: Point(x: rect.x + 1, y: rect.y), role: .header, maxWidth: rect.width - 2)
        let columns = [
            TableColumn(s.t(.colStatus), width: .fixed(s.isChinese ? 10 : 11)),
            TableColumn(s.t(.colTag), width: .fixed(11)),
            TableColumn(s.t(.colDeptShort), width: .fixed(6)),
            TableColumn(s.t(.colKind), width: .fixed(10)),
            TableColumn(s.t(.colDue), width: .fixed(10)),
            TableColumn(s.t(.colDays), width: .flexible(min: 8, max: 12), alignment: .right),
        ]
        var view = TableView(columns: columns, rowCount: lines.count, separator: " ") { i in
            let l = lines[i]
            let overdue = l.daysOverdue > 0
            return TableRow([overdue ? s.t(.overdueTag) : s.t(.dueSoonTag), l.device, l.department, s.kind(l.kind), l.due.description,
                             overdue ? "+\(l.daysOverdue)" : "\(l.daysOverdue)"],
                            cellRoles: [overdue ? .overdue : .dueSoon, nil, nil, nil, nil, overdue ? .overdue : nil])
        }
        view.emptyText = s.t(.nothingOverdue)
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), state: state.table)
    }
}
