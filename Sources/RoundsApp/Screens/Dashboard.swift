import RoundsCore
import RoundsStore
import TerminalUI

/// One department's line on the dashboard: real counts from the archive.
public struct DepartmentCounts: Sendable, Equatable {
    public var department: Department?
    public var counts: [EquipmentStatus: Int]
    /// Overdue inspection requirements of the department's devices.
    public var overdue: Int = 0
    /// Requirements due within the next 7 days.
    public var dueSoon: Int = 0

    public var total: Int { counts.values.reduce(0, +) }
    public func count(_ s: EquipmentStatus) -> Int { counts[s] ?? 0 }
}

/// The dashboard: devices by department and status, the hospital total last.
public struct DashboardState: Sendable {
    public var rows: [DepartmentCounts]
    public var table: TableState

    static func load(_ store: Store, today: Day) throws -> DashboardState {
        let counts = try store.equipmentCounts()
        let report = try store.overdueReport(today: today)
        let overdue = Dictionary(grouping: report.overdue, by: \.department).mapValues(\.count)
        let soon = Dictionary(grouping: report.dueSoon, by: \.requirement.department).mapValues(\.count)
        var rows = try store.departments().map {
            DepartmentCounts(department: $0, counts: counts[$0.code] ?? [:], overdue: overdue[$0.code] ?? 0, dueSoon: soon[$0.code] ?? 0)
        }
        // Key departments first (they carry the ten-day rule), then by code.
        rows.sort { ($0.department!.isKey ? 0 : 1, $0.department!.code) < ($1.department!.isKey ? 0 : 1, $1.department!.code) }
        var total: [EquipmentStatus: Int] = [:]
        for r in rows { for (s, n) in r.counts { total[s, default: 0] += n } }
        rows.append(DepartmentCounts(department: nil, counts: total, overdue: report.overdue.count, dueSoon: report.dueSoon.count))
        return DashboardState(rows: rows, table: TableState(rowCount: rows.count))
    }

    /// The department of the selected line; nil for the hospital total.
    var selectedDepartment: String? { rows.isEmpty ? nil : rows[table.selected].department?.code }
}

enum DashboardView {
    static func render(_ state: inout DashboardState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        var y = rect.y
        frame.put(s.t(.departmentsTitle), at: Point(x: rect.x + 1, y: y), role: .header)
        if let total = state.rows.last {
            let summary = "\(s.t(.overdueTag)) \(total.overdue)   \(s.t(.dueSoonTag)) \(total.dueSoon)"
            frame.put(summary, at: Point(x: rect.maxX - displayWidth(summary) - 1, y: y), role: total.overdue > 0 ? .overdue : .ok)
        }
        y += 1
        let columns = [
            TableColumn(s.t(.colDepartment), width: .flexible(min: 12, weight: 3)),
            TableColumn(s.t(.colKey), width: .fixed(6)),
            TableColumn(s.t(.colTotal), width: .fixed(6), alignment: .right),
            TableColumn(s.t(.colInService), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colStandby), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colStopped), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colScrapped), width: .fixed(8), alignment: .right),
            TableColumn(s.t(.colOverdue), width: .fixed(7), alignment: .right),
        ]
        let rows = state.rows
        let english = !s.isChinese
        let view = TableView(columns: columns, rowCount: rows.count, separator: "  ") { i in
            let r = rows[i]
            let name = r.department.map { "\($0.code) \($0.displayName(english: english))" } ?? s.t(.fleetTotal)
            let scrapped = r.count(.scrapped) + r.count(.awaitingScrap)
            return TableRow([name, r.department?.isKey == true ? s.t(.keyDepartmentTag) : "",
                             String(r.total), String(r.count(.inService)), String(r.count(.standby)),
                             String(r.count(.stopped)), String(scrapped), String(r.overdue)],
                            role: r.department == nil ? .header : nil,
                            cellRoles: [nil, nil, nil, nil, nil, nil, nil, r.overdue > 0 ? .overdue : nil])
        }
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), state: state.table)
    }
}
