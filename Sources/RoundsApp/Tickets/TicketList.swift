import RoundsCore
import RoundsStore
import TerminalUI

/// Ticket lists: mine, my department's, all open, delinquent (open > 30 days, R97), and ended
/// (closed, refused or cancelled: the record stays readable).
public struct TicketListState: Sendable {
    public enum Scope: String, CaseIterable, Sendable { case mine, department, open, delinquent, ended }

    public var scope: Scope
    /// The scope's tickets as loaded; ``tickets`` are those the search leaves.
    public var loaded: [Ticket]
    public var tickets: [Ticket]
    public var table: TableState
    /// `/`: the number, device, department, fault or repairer contains the text.
    public var search = ListSearch()

    init(scope: Scope, tickets: [Ticket]) {
        self.scope = scope; loaded = tickets; self.tickets = tickets; table = TableState(rowCount: tickets.count)
    }

    mutating func refilter() {
        tickets = loaded.filter { t in search.matches([t.number.description, t.device, t.fault, t.assignee ?? ""]) }
        table.setRowCount(tickets.count)
    }

    static func load(_ store: Store, scope: Scope, login: String, now: Instant) throws -> TicketListState {
        let person = try store.person(login)
        var tickets: [Ticket]
        switch scope {
        case .mine: tickets = try store.tickets(TicketFilter(assignee: login))
        case .department: tickets = try store.tickets(TicketFilter(department: person?.department.isEmpty == false ? person?.department : nil))
        case .open: tickets = try store.tickets()
        case .delinquent:
            let limit = now.adding(seconds: -Int64(TicketRules.standard.delinquentDays) * 86_400)
            tickets = try store.tickets().filter { ($0.openedAt ?? now) < limit }
        case .ended:
            tickets = try store.tickets(TicketFilter(openOnly: false)).filter { $0.asOf(now).state.isFinal }
        }
        tickets = tickets.map { $0.asOf(now) }.filter { !$0.events.isEmpty }
        return TicketListState(scope: scope, tickets: tickets)
    }
}

enum TicketListView {
    static func scopeName(_ scope: TicketListState.Scope, _ s: Strings) -> String {
        switch scope {
        case .mine: return s.t(.scopeMine)
        case .department: return s.t(.scopeDepartment)
        case .open: return s.t(.scopeOpen)
        case .delinquent: return s.t(.scopeDelinquent)
        case .ended: return s.t(.scopeEnded)
        }
    }

    static func hours(_ seconds: Int64) -> String {
        seconds >= 86_400 ? String(format: "%.1fd", Double(seconds) / 86_400) : String(format: "%.1fh", Double(seconds) / 3600)
    }

    static func render(_ state: inout TicketListState, into frame: inout Frame, rect: Rect, strings s: Strings,
                       calendar: FacilityCalendar, now: Instant) {
        let tabs = TicketListState.Scope.allCases.map { $0 == state.scope ? "[\(scopeName($0, s))]" : " \(scopeName($0, s)) " }.joined(separator: " ")
        frame.putLabel(tabs, at: Point(x: rect.x + 1, y: rect.y), role: .header, maxWidth: rect.width - 2)
        let tickets = state.tickets
        let columns = [
            TableColumn(s.t(.colTicket), width: .fixed(15)),
            TableColumn(s.t(.colPriority), width: .fixed(s.isChinese ? 6 : 10)),
            TableColumn(s.t(.colState), width: .fixed(s.isChinese ? 9 : 14)),
            TableColumn(s.t(.colTag), width: .fixed(10)),
            TableColumn(s.t(.colAge), width: .fixed(7), alignment: .right),
            TableColumn(s.t(.colFault), width: .flexible(min: 8, max: 60)),
        ]
        var view = TableView(columns: columns, rowCount: tickets.count, separator: " ") { i in
            let t = tickets[i]
            let age = t.openedAt.map { hours($0.seconds(until: now)) } ?? ""
            return TableRow([t.number.description, s.priority(t.priority), s.ticketState(t.state), t.device, age, t.fault],
                            cellRoles: [nil, t.priority == .emergency ? .overdue : nil, t.state.isOpen ? .warning : .dim, nil, nil, nil])
        }
        view.emptyText = s.t(.noTickets)
        state.table = view.render(into: &frame, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), state: state.table)
    }
}
