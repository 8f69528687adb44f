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

/// The dashboard: devices by department and status, overdue inspections, and this month's running
/// intact rate against the > 95 % target; the hospital total last.
public struct DashboardState: Sendable {
    public var rows: [DepartmentCounts]
    public var table: TableState
    public var uptime: UptimeSummary
    /// Devices out of service right now (an open ticket with the device down).
    public var downNow: Int
    /// Daily checks missed yesterday (flagged this morning, R23) and handovers left unacknowledged.
    public var shiftFlags = ShiftFlags()
    /// The overdue report the counts come from: the overdue board opens on it when nothing has
    /// changed since (nil on the first frame, before it is read).
    public var overdueReport: OverdueReport?
    /// The audit head the data was read at (nil: not known).
    public var mark: Int64?
    /// The first frame: the device counts only, while the rest is read off the input path.
    public var isReading = false
    /// Radiation QC status tests due and overdue, devices restricted by a failed test (R79, R84).
    public var radiation = RadiationCounts()
    /// The hospital's missed duties and how many have gone to the equipment head (R100).
    public var missedDuties = 0, escalatedDuties = 0
    /// The open hidden hazards and those over the limit (R16).
    public var hazards = HazardCounts()

    /// Every number of the dashboard, read by two readers at once (``Alongside``): the twelve
    /// months of rates, the shift flags and the hazard counts on the other core, the overdue
    /// counts, QC standings and missed duties on this one. The archive is decoded first, once,
    /// for both (``Store`` keeps it until the next write).
    static func load(_ store: Store, today: Day, now: Instant) throws -> DashboardState {
        _ = try store.equipment(EquipmentFilter())
        let other = Alongside {
            (uptime: try UptimeSummary.load(store, now: now), shifts: try ShiftFlags.load(store, today: today, now: now),
             hazards: try HazardCounts.load(store, now: now))
        }
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
        let standings = try store.qcStandings(today: today)
        let duties = try store.missedDuties(now: now, overdue: report, standings: standings)
        let (uptime, shifts, hazards) = try other.value()
        let down = Set(uptime.exposures.filter { $0.downtime.contains { $0.start <= now && ($0.end.map { now < $0 } ?? true) } }.map(\.device)).count
        return DashboardState(rows: rows, table: TableState(rowCount: rows.count), uptime: uptime, downNow: down,
                              shiftFlags: shifts, overdueReport: report,
                              radiation: RadiationCounts(standings),
                              missedDuties: duties.count, escalatedDuties: duties.filter(\.escalated).count,
                              hazards: hazards)
    }

    /// The first frame of a large hospital: the departments and their device counts (one grouped
    /// query), shown at once while ``load(_:today:now:)`` reads the overdue counts and the intact
    /// rates off the input path; those columns say "…" until then.
    static func firstFrame(_ store: Store, now: Instant) throws -> DashboardState {
        let counts = try store.equipmentCounts()
        var rows = try store.departments().map { DepartmentCounts(department: $0, counts: counts[$0.code] ?? [:]) }
        rows.sort { ($0.department!.isKey ? 0 : 1, $0.department!.code) < ($1.department!.isKey ? 0 : 1, $1.department!.code) }
        var total: [EquipmentStatus: Int] = [:]
        for r in rows { for (s, n) in r.counts { total[s, default: 0] += n } }
        rows.append(DepartmentCounts(department: nil, counts: total))
        return DashboardState(rows: rows, table: TableState(rowCount: rows.count), uptime: .empty(now: now, calendar: store.settings.calendar),
                              downNow: 0, isReading: true)
    }

    /// The department of the selected line; nil for the hospital total.
    var selectedDepartment: String? { rows.isEmpty ? nil : rows[table.selected].department?.code }
}

enum DashboardView {
    static func percent(_ r: Double?) -> String { r.map { String(format: "%.2f%%", $0 * 100) } ?? "-" }

    static func render(_ state: inout DashboardState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        var y = rect.y
        // The month's rate against the target, with its method (R120) and a text tag (not colour alone).
        var summaryWidth = 0
        if state.isReading {
            frame.putLabel(" " + s.t(.stillReading), at: Point(x: rect.x, y: y), role: .dim, maxWidth: rect.width - 1)
        } else if let total = state.rows.last {
            let summary = "\(s.t(.downNow)) \(state.downNow)  \(s.t(.overdueTag)) \(total.overdue)  \(s.t(.dueSoonTag)) \(total.dueSoon)"
            summaryWidth = displayWidth(summary) + 1
            frame.put(summary, at: Point(x: rect.maxX - summaryWidth, y: y), role: total.overdue > 0 ? .overdue : .ok)
        }
        if let fleet = state.uptime.month.fleet {
            let standing = fleet.standing()
            let role: StyleRole = standing == .nonCompliant ? .overdue : (standing == .warning ? .warning : .ok)
            let room = rect.width - summaryWidth - 1
            let used = frame.putLabel(" \(s.t(.monthRate)) \(percent(fleet.rate)) \(s.standingTag(standing))", at: Point(x: rect.x, y: y), role: role, maxWidth: room)
            let note = "  (> 95%, \(s.t(.methodShort)))"
            if used + displayWidth(note) <= room { frame.put(note, at: Point(x: rect.x + used, y: y), role: .dim) }
        }
        y += 1
        let checks = ShiftFlagsView.render(state.shiftFlags, into: &frame, at: Point(x: rect.x, y: y), width: rect.width, strings: s)
        y += 1
        // Open hazards (R16) beside the checks, else on a row of their own (HazardLineView).
        y += HazardLineView.render(state.hazards, into: &frame, at: Point(x: rect.x, y: y), width: rect.width, besideColumns: checks,
                                   tableRows: state.rows.count, rowsBelow: rect.maxY - y, strings: s)
        let wide = rect.width >= 110
        var columns = [
            TableColumn(s.t(.colDepartment), width: .flexible(min: 12, weight: 3, max: 40)),
            TableColumn(s.t(.colKey), width: .fixed(s.isChinese ? 6 : 5)),
            TableColumn(s.t(.colTotal), width: .fixed(5), alignment: .right),
            TableColumn(s.t(.colInService), width: .fixed(6), alignment: .right),
            TableColumn(s.t(.colStandby), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colStopped), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colScrapped), width: .fixed(8), alignment: .right),
            TableColumn(s.t(.colOverdue), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colIntactRate), width: .fixed(s.isChinese ? 8 : 11), alignment: .right),
        ]
        if wide { columns.append(TableColumn(TrendText.heading(state.uptime.months), width: .fixed(14))) }
        let rows = state.rows
        let english = !s.isChinese
        let uptime = state.uptime
        let reading = state.isReading
        let view = TableView(columns: columns, rowCount: rows.count, separator: " ") { i in
            let r = rows[i]
            let name = r.department.map { "\($0.code) \($0.displayName(english: english))" } ?? s.t(.fleetTotal)
            let scrapped = r.count(.scrapped) + r.count(.awaitingScrap)
            let line = r.department.map { uptime.line(department: $0.code) } ?? uptime.month.fleet
            let rateRole: StyleRole? = line.map { l in l.standing() == .nonCompliant ? .overdue : (l.standing() == .warning ? .warning : nil) } ?? nil
            var cells = [name, r.department?.isKey == true ? s.t(.keyDepartmentTag) : "",
                         String(r.total), String(r.count(.inService)), String(r.count(.standby)),
                         String(r.count(.stopped)), String(scrapped), reading ? "…" : String(r.overdue), reading ? "…" : percent(line?.rate)]
            var roles: [StyleRole?] = [nil, nil, nil, nil, nil, nil, nil, r.overdue > 0 ? .overdue : nil, rateRole]
            if wide {
                cells.append(TrendText.text(r.department.map { uptime.trend[$0.code] ?? Array(repeating: nil, count: 12) } ?? uptime.fleetTrend))
                roles.append(.dim)
            }
            return TableRow(cells, role: r.department == nil ? .header : nil, cellRoles: roles)
        }
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), state: state.table)
        // Radiation QC and the missed duties on the footer row, left of the position (R79, R84, R100).
        let footer = Point(x: rect.x, y: rect.maxY - 1)
        let room = rect.width - displayWidth(state.table.positionText) - 1
        let qc = RadiationLineView.render(state.radiation, into: &frame, at: footer, width: room, strings: s)
        let gap = qc > 0 ? 2 : 0
        _ = MissedDutyLineView.render((state.missedDuties, state.escalatedDuties), into: &frame, at: Point(x: footer.x + qc + gap, y: footer.y),
                                      width: room - qc - gap, strings: s)
    }
}
