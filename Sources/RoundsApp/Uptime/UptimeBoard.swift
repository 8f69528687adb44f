import RoundsCore
import RoundsStore
import TerminalUI

/// The uptime screen: departments ranked by this month's intact rate (worst first) with their
/// twelve-month trend; Enter breaks a department down to its devices, a device to the tickets behind
/// its downtime (R68, R120: every number can be traced to its records). Failure downtime and
/// planned downtime (maintenance with start and end, R34) stand side by side, as in `report uptime`.
/// `m` switches between the time-based rate and the rate over scheduled hours (the operating
/// calendars, R68); `c` lists the calendars in force.
public struct UptimeBoardState: Sendable {
    public enum Level: Sendable, Equatable {
        case departments
        case devices(department: String)
        case tickets(device: String)
        /// The operating calendars in force (`config calendar list`), read with the summary.
        case calendars
    }

    public var level: Level
    public var summary: UptimeSummary
    public var table = TableState(rowCount: 0)
    /// The tickets of the device (for `.tickets`), loaded when drilling down.
    public var tickets: [Ticket] = []
    /// `/`: jumps to the first line whose department, device or ticket contains the text.
    public var search = ListSearch()

    /// Selects the first line the search matches.
    mutating func jumpToMatch() {
        let keys: [String]
        switch level {
        case .departments: keys = departmentLines.map(\.key)
        case .devices(let d): keys = deviceLines(d).map(\.key)
        case .tickets: keys = tickets.map { "\($0.number) \($0.fault)" }
        case .calendars: keys = summary.calendars.map { "\($0.target) \($0.calendar.text)" }
        }
        if let i = keys.firstIndex(where: { search.matches([$0]) }) { table.select(i) }
    }

    init(level: Level, summary: UptimeSummary, tickets: [Ticket] = []) {
        self.level = level; self.summary = summary; self.tickets = tickets
        table = TableState(rowCount: rowCount)
    }

    public var departmentLines: [UptimeLine] { summary.month.departments.sorted { ($0.rate, $0.key) < ($1.rate, $1.key) } }

    func deviceLines(_ department: String) -> [UptimeLine] {
        summary.month.devices.filter { $0.department == department }.sorted { ($0.rate, $0.key) < ($1.rate, $1.key) }
    }

    var rowCount: Int {
        switch level {
        case .departments: return departmentLines.count
        case .devices(let d): return deviceLines(d).count
        case .tickets: return tickets.count
        case .calendars: return summary.calendars.count
        }
    }

    /// The level below the selected row, if any.
    func drillDown(_ store: Store) throws -> UptimeBoardState? {
        guard rowCount > 0 else { return nil }
        switch level {
        case .departments:
            return UptimeBoardState(level: .devices(department: departmentLines[table.selected].key), summary: summary)
        case .devices(let d):
            let device = deviceLines(d)[table.selected].key
            let tickets = try store.tickets(TicketFilter(openOnly: false, device: device))
            return UptimeBoardState(level: .tickets(device: device), summary: summary, tickets: tickets)
        case .tickets, .calendars:
            return nil
        }
    }

    /// The same level, selection and tickets over other figures: a reload, or the other method.
    func with(summary: UptimeSummary) -> UptimeBoardState {
        var next = UptimeBoardState(level: level, summary: summary, tickets: tickets)
        next.table.select(table.selected)
        return next
    }

    /// The figures by the other method (`m`): time-based ↔ scheduled hours.
    func otherMethod(_ store: Store, now: Instant) throws -> UptimeSummary {
        try UptimeSummary.load(store, now: now, method: summary.method == .scheduled ? .time : .scheduled)
    }
}

enum UptimeBoardView {
    static func percent(_ r: Double) -> String { String(format: "%.2f%%", r * 100) }

    static func render(_ state: inout UptimeBoardState, into frame: inout Frame, rect: Rect, strings s: Strings, calendar: FacilityCalendar) {
        let m = state.summary.month
        var y = rect.y
        let head: String
        switch state.level {
        // The method shown, by name, beside the period (R68): `m` switches it.
        case .departments: head = "\(s.t(.uptimeTitle)) \(m.from) .. \(m.to)  [\(methodName(state.summary.method, s))]"
        case .devices(let d): head = "\(s.t(.uptimeTitle)) \(m.from) .. \(m.to)  \(d)  [\(methodName(state.summary.method, s))]"
        case .tickets(let d): head = "\(s.t(.ticketsBehind)) \(d)"
        case .calendars: head = s.t(.calendarsTitle)
        }
        frame.putLabel(head, at: Point(x: rect.x + 1, y: y), role: .header, maxWidth: rect.width - 2)
        y += 1
        // The method and the trend's legend share a line when they fit, else the legend has its own.
        let method = state.level == .calendars ? s.t(.calendarsNote) : s.method(state.summary.method)
        let oneLine = method + "   " + s.t(.trendLegend)
        let legend = state.level == .calendars ? [method, s.t(.calendarsHowTo)]
            : (displayWidth(oneLine) <= rect.width - 2 ? [oneLine] : [method, s.t(.trendLegend)])
        for line in legend {
            frame.putLabel(line, at: Point(x: rect.x + 1, y: y), role: .dim, maxWidth: rect.width - 2)
            y += 1
        }
        let body = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
        switch state.level {
        case .departments, .devices:
            let lines: [UptimeLine]
            if case .devices(let d) = state.level { lines = state.deviceLines(d) } else { lines = state.departmentLines }
            let trend = state.summary.trend
            let isDepartments = state.level == .departments
            let columns = [
                TableColumn(isDepartments ? s.t(.colDepartment) : s.t(.colTag), width: .flexible(min: 10, weight: 2, max: 40)),
                TableColumn(s.t(.colIntactRate), width: .fixed(11), alignment: .right),
                TableColumn("", width: .fixed(s.isChinese ? 10 : 15)),
                TableColumn(s.t(.colDownShort), width: .fixed(8), alignment: .right),
                TableColumn(s.t(.colPlannedShort), width: .fixed(8), alignment: .right),
                TableColumn(s.t(.colExposureH), width: .fixed(10), alignment: .right),
                TableColumn(isDepartments ? TrendText.heading(state.summary.months) : "", width: .fixed(12)),
            ]
            let view = TableView(columns: columns, rowCount: lines.count, separator: " ") { i in
                let l = lines[i]
                let st = l.standing()
                let role: StyleRole? = st == .nonCompliant ? .overdue : (st == .warning ? .warning : nil)
                return TableRow([l.key, percent(l.rate), s.standingTag(st), String(format: "%.2f", l.downtimeHours),
                                 String(format: "%.2f", l.plannedHours), String(format: "%.1f", l.exposureHours),
                                 isDepartments ? TrendText.text(trend[l.key] ?? []) : ""],
                                cellRoles: [nil, role, role, nil, .dim, nil, .dim])
            }
            // Departments: the worst devices of the month below, when there is room.
            let tableHeight = isDepartments ? min(body.height, lines.count + 2) : body.height
            state.table = view.render(into: &frame, rect: Rect(x: body.x, y: body.y, width: body.width, height: tableHeight), state: state.table)
            let worst = state.summary.month.devices.filter { $0.downtimeSeconds > 0 }.sorted { ($0.rate, $0.key) < ($1.rate, $1.key) }
            let room = body.maxY - (body.y + tableHeight) - 2
            if isDepartments, room > 0, !worst.isEmpty {
                var y = body.y + tableHeight + 1
                frame.putLabel(s.t(.worstDevices), at: Point(x: body.x + 1, y: y), role: .header, maxWidth: body.width - 2)
                y += 1
                for l in worst.prefix(room) {
                    let st = l.standing()
                    frame.put("\(fit(l.key, width: 12)) \(fit(l.department, width: 6)) \(fitRight(percent(l.rate), width: 8)) \(s.standingTag(st))  \(String(format: "%.1f h", l.downtimeHours))",
                              at: Point(x: body.x + 1, y: y), role: st == .nonCompliant ? .overdue : .normal, maxWidth: body.width - 2)
                    y += 1
                }
            }
        case .tickets:
            let tickets = state.tickets
            let columns = [
                TableColumn(s.t(.colTicket), width: .fixed(15)),
                TableColumn(s.t(.colState), width: .fixed(12)),
                TableColumn(s.t(.colOpened), width: .fixed(17)),
                TableColumn(s.t(.colReturned), width: .fixed(17)),
                TableColumn(s.t(.colFault), width: .flexible(min: 8, max: 60)),
            ]
            let view = TableView(columns: columns, rowCount: tickets.count, separator: " ") { i in
                let t = tickets[i]
                return TableRow([t.number.description, s.ticketState(t.state), t.openedAt.map { calendar.format($0) } ?? "",
                                 t.returnedAt.map { calendar.format($0) } ?? "-", t.fault])
            }
            state.table = view.render(into: &frame, rect: body, state: state.table)
        case .calendars:
            let calendars = state.summary.calendars
            guard !calendars.isEmpty else {
                frame.putLabel(s.t(.noCalendars), at: Point(x: body.x + 1, y: body.y), role: .dim, maxWidth: body.width - 2)
                return
            }
            let columns = [
                TableColumn(s.t(.colScope), width: .fixed(s.isChinese ? 6 : 10)),
                TableColumn(s.t(.colKey2), width: .flexible(min: 10, max: 20)),
                TableColumn(s.t(.colHours), width: .flexible(min: 20, weight: 3, max: 80)),
            ]
            let view = TableView(columns: columns, rowCount: calendars.count, separator: " ") { i in
                let c = calendars[i]
                return TableRow([c.scope == .department ? s.t(.calScopeDepartment) : s.t(.calScopeDevice), c.target,
                                 hoursText(c.calendar, s)])
            }
            state.table = view.render(into: &frame, rect: body, state: state.table)
        }
    }

    /// `time-based` or `scheduled` (时间法, 计划时间法).
    static func methodName(_ m: UptimeMethod, _ s: Strings) -> String {
        s.t(m == .scheduled ? .methodNameScheduled : .methodNameTime)
    }

    /// A calendar as `config calendar set` takes it (`mon-fri 08:00-18:00`), with the weekdays in
    /// Chinese for a Chinese reader (`周一-周五 08:00-18:00`).
    static func hoursText(_ c: OperatingCalendar, _ s: Strings) -> String {
        guard s.isChinese else { return c.text }
        let names = [("mon", "周一"), ("tue", "周二"), ("wed", "周三"), ("thu", "周四"), ("fri", "周五"), ("sat", "周六"), ("sun", "周日")]
        return names.reduce(c.text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
