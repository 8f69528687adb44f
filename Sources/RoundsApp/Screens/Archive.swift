import RoundsCore
import RoundsStore
import TerminalUI

/// The equipment archive list: every device, searchable and filterable.
public struct ArchiveState: Sendable {
    public var filter: EquipmentFilter
    public var devices: [Equipment]
    public var table: TableState
    /// The search line while it is being typed; nil otherwise.
    public var search: TextField?
    /// The search text before `/`, restored by Esc.
    public var searchBefore: String = ""

    static func load(_ store: Store, filter: EquipmentFilter) throws -> ArchiveState {
        let devices = try store.equipment(filter)
        return ArchiveState(filter: filter, devices: devices, table: TableState(rowCount: devices.count))
    }

    /// Re-runs the query with the current filter, keeping the selected device when it is still listed.
    mutating func reload(_ store: Store) throws {
        let keep = devices.isEmpty ? nil : devices[table.selected].tag
        devices = try store.equipment(filter)
        table.setRowCount(devices.count)
        if let keep, let i = devices.firstIndex(where: { $0.tag == keep }) { table.select(i) } else { table.home() }
    }
}

enum ArchiveView {
    static func roleFor(_ status: EquipmentStatus) -> StyleRole? {
        switch status {
        case .inService: return nil
        case .standby: return .dim
        case .stopped, .awaitingScrap: return .warning
        case .scrapped: return .down
        }
    }

    static func render(_ state: inout ArchiveState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        var y = rect.y
        // Filter line: what is shown, how many.
        var parts: [String] = []
        if let d = state.filter.department { parts.append("\(s.t(.colDepartment))=\(d)") }
        if let st = state.filter.status { parts.append("\(s.t(.colStatus))=\(s.status(st))") }
        if !state.filter.text.isEmpty { parts.append("\(s.t(.searchPrompt))=\(state.filter.text)") }
        let filterText = parts.isEmpty ? s.t(.all) : parts.joined(separator: "  ")
        frame.putLabel("\(s.t(.filteredBy)): \(filterText)", at: Point(x: rect.x + 1, y: y), role: .header, maxWidth: rect.width - 22)
        let count = "\(state.devices.count) \(s.t(.devicesCount))"
        frame.put(fitRight(count, width: 20), at: Point(x: rect.maxX - 21, y: y), role: .dim)
        y += 1
        let columns = [
            TableColumn(s.t(.colTag), width: .fixed(10)),
            TableColumn(s.t(.colName), width: .flexible(min: 14, weight: 3, max: 40)),
            TableColumn(s.t(.colDeptShort), width: .fixed(6)),
            TableColumn(s.t(.colStatus), width: .fixed(s.isChinese ? 8 : 10)),
            TableColumn(s.t(.colModel), width: .flexible(min: 10, weight: 2, max: 30)),
            TableColumn(s.t(.colLocation), width: .flexible(min: 10, weight: 2, max: 30)),
        ]
        let devices = state.devices
        let english = !s.isChinese
        var view = TableView(columns: columns, rowCount: devices.count, separator: " ") { i in
            let e = devices[i]
            let role = roleFor(e.status)
            return TableRow([e.tag, e.displayName(english: english), e.department, s.statusTag(e.status), e.model, e.location],
                            cellRoles: [nil, nil, nil, role, nil, nil])
        }
        view.emptyText = s.t(.noMatches)
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), state: state.table)
    }
}
