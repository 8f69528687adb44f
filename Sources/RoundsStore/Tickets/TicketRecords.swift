import Foundation
import GRDB
import RoundsCore

/// Reading and writing repair tickets (R36–R65, R101–R104).
///
/// Every step is checked by the core's rules (`Ticket.apply`) against the ticket as stored, then
/// inserted as an event with the summary row rewritten, all in one audited transaction. A refusal
/// names its rule and writes nothing.
extension Recorder {
    static let encoder: JSONEncoder = { let e = JSONEncoder(); e.outputFormatting = [.sortedKeys]; return e }()

    /// The ticket as stored, events in order (as this transaction last saved it, if it did).
    func loadTicket(_ number: TicketNumber) throws -> Ticket? {
        try cache.tickets[number.description] ?? Store.loadTicket(db, number)
    }

    /// The facts a ticket's rules need about its device and the people who sign.
    public func ticketContext(device tag: String, rules: TicketRules? = nil, calendar: FacilityCalendar) throws -> TicketContext {
        let rules = try rules ?? cache.ticketRules ?? Store.ticketRules(db)
        cache.ticketRules = rules
        let people = try cache.people ?? Store.people(db)
        cache.people = people
        return try Store.ticketContext(db, device: tag, rules: rules, calendar: calendar, people: people)
    }

    /// Opens a ticket with the next free number of the year (R102) and returns it.
    @discardableResult
    public func openTicket(_ request: TicketEvent, calendar: FacilityCalendar, rules: TicketRules? = nil) throws -> Ticket {
        guard case let .opened(device, _, _, _, _, _, _) = request.step else { throw StoreError.refused("R36", en: "a ticket starts with its request", zh: "维修单须以报修开始") }
        let context = try ticketContext(device: device, rules: rules, calendar: calendar)
        let year = calendar.day(of: request.at).year
        let number = TicketNumber(year: year, sequence: try Store.highestTicketSequence(db, year: year) + 1)
        let ticket: Ticket
        do { ticket = try Ticket.open(number: number, request, context: context) } catch { throw StoreError.ruled(error.words) }
        try save(ticket, newEvent: request)
        return ticket
    }

    /// Records one more step on a ticket, if the rules allow it now.
    @discardableResult
    public func recordTicketStep(_ number: TicketNumber, _ event: TicketEvent, calendar: FacilityCalendar,
                                 rules: TicketRules? = nil) throws -> Ticket {
        guard let ticket = try loadTicket(number) else { throw StoreError.notFound(en: "no ticket \(number)", zh: "没有维修单 \(number)") }
        let context = try ticketContext(device: ticket.device, rules: rules, calendar: calendar)
        let next: Ticket
        do { next = try ticket.apply(event, context: context) } catch { throw StoreError.ruled(error.words) }
        try save(next, newEvent: event)
        return next
    }

    func save(_ ticket: Ticket, newEvent event: TicketEvent) throws {
        try upsert("tickets", key: "number", [
            "number": ticket.number.description, "device": ticket.device, "opened_at": ticket.openedAt?.seconds ?? event.at.seconds,
            "state": ticket.state.rawValue, "priority": ticket.priority.rawValue, "assignee": ticket.assignee ?? "",
            "out_of_service": ticket.outOfService, "returned_at": ticket.returnedAt?.seconds,
            "down_from": ticket.downtime?.start.seconds, "down_to": ticket.downtime?.end?.seconds,
        ])
        let step = String(decoding: try Self.encoder.encode(event.step), as: UTF8.self)
        let id = try insert("ticket_events", ["ticket": ticket.number.description, "at": event.at.seconds, "by": event.by,
                                              "kind": event.kind.rawValue, "step": step, "recorded_at": at.seconds, "recorded_by": actor])
        try sign("ticket_events", row: id, by: event.by, meaning: Self.meaning(event.kind))
        cache.tickets[ticket.number.description] = ticket
    }

    /// What the signature of a ticket step means.
    static func meaning(_ kind: TicketStepKind) -> SignatureMeaning {
        switch kind {
        case .opened, .additionalReport: return .reportedFault
        case .repaired: return .repaired
        case .returned: return .receivedBack
        case .approval: return .approved
        default: return .ticketStep
        }
    }
}

/// Which tickets a list shows.
public struct TicketFilter: Sendable, Equatable {
    public var openOnly = true
    public var department: String?
    public var assignee: String?
    public var device: String?
    /// Only tickets that matter from this instant on: opened or signed back since, or still open.
    public var touching: Instant?
    public init(openOnly: Bool = true, department: String? = nil, assignee: String? = nil, device: String? = nil,
                touching: Instant? = nil) {
        self.openOnly = openOnly; self.department = department; self.assignee = assignee; self.device = device
        self.touching = touching
    }
}

extension Store {
    static let decoder = JSONDecoder()

    /// A ticket from its events. The steps are decoded in one call, as one JSON array: the
    /// decoder's set-up, not the steps, was most of the cost of a year's tickets read one step at a
    /// time (the KPIs read some 30,000).
    static func loadTicket(_ db: Database, _ number: TicketNumber) throws -> Ticket? {
        var heads: [(at: Int64, by: String)] = []
        var steps = "["
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT at, by, step FROM ticket_events WHERE ticket = ? ORDER BY id"),
                                       arguments: [number.description])
        while let r = try rows.next() {
            if !heads.isEmpty { steps += "," }
            heads.append((r[0], r[1]))
            steps += r[2] as String
        }
        guard !heads.isEmpty else { return nil }
        steps += "]"
        let decoded = try decoder.decode([TicketStep].self, from: Data(steps.utf8))
        return Ticket(number: number, events: zip(heads, decoded).map { TicketEvent(at: Instant(seconds: $0.0.at), by: $0.0.by, step: $0.1) })
    }

    /// The highest sequence of the year's ticket numbers (0 before its first), read from the unique
    /// index on `number`: numbers are stored as ``TicketNumber/description`` (`WX-2026-000123`), so
    /// the year's numbers are one range of the index.
    static func highestTicketSequence(_ db: Database, year: Int) throws -> Int {
        let prefix = TicketNumber(year: year, sequence: 1).description.dropLast(6)  // "WX-2026-"
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT MAX(CAST(substr(number, ?3) AS INTEGER)) FROM tickets WHERE number >= ?1 AND number < ?2
            """), arguments: [String(prefix), String(prefix.dropLast()) + ".", prefix.count + 1]) ?? 0
    }

    /// Everyone in the archive, for the ticket rules' role checks.
    static func people(_ db: Database) throws -> [Person] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM people")).map(ArchiveRows.person)
    }

    static func ticketContext(_ db: Database, device tag: String, rules: TicketRules, calendar: FacilityCalendar,
                              people: [Person]? = nil) throws -> TicketContext {
        guard let device = try Row.fetchOne(db.cachedStatement(sql: ArchiveRows.equipmentSelect + " WHERE tag = ?"), arguments: [tag]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        let isKey = try Bool.fetchOne(db.cachedStatement(sql: "SELECT is_key FROM departments WHERE code = ?"), arguments: [device.department]) ?? false
        let people = try people ?? Store.people(db)
        let awaiting = TicketState.allCases.filter(\.deviceAwaitsRepair).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let open = try String.fetchAll(db.cachedStatement(sql: "SELECT number FROM tickets WHERE device = ? AND state IN (\(awaiting))"),
                                       arguments: [tag]).compactMap(TicketNumber.init(parsing:))
        return TicketContext(device: device, departmentIsKey: isKey, people: people, rules: rules, calendar: calendar,
                             openTicketsOfDevice: open, lastPassedAcceptanceTest: try lastPassedAcceptanceTest(db, device: tag))
    }

    public func ticket(_ number: TicketNumber) throws -> Ticket? {
        try read { try Store.loadTicket($0, number) }
    }

    public func ticketContext(device: String, rules: TicketRules? = nil) throws -> TicketContext {
        try read { try Store.ticketContext($0, device: device, rules: rules ?? Store.ticketRules($0), calendar: settings.calendar) }
    }

    /// The tickets of a device, oldest first.
    public func tickets(ofDevice tag: String) throws -> [Ticket] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT number FROM tickets WHERE device = ? ORDER BY opened_at, number", arguments: [tag])
                .compactMap(TicketNumber.init(parsing:)).compactMap { try Store.loadTicket(db, $0) }
        }
    }

    /// Tickets matching a filter, most urgent first (emergency priority on top, R52), then oldest.
    public func tickets(_ filter: TicketFilter = TicketFilter()) throws -> [Ticket] {
        try read { db in
            var clauses: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if filter.openOnly {
                // Open as the core defines it: not closed, refused or cancelled (signed back counts as
                // open until someone closes it).
                let final = TicketState.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")
                clauses.append("t.state NOT IN (\(final))")
            }
            if let d = filter.department { clauses.append("e.department = ?"); args.append(d) }
            if let a = filter.assignee { clauses.append("t.assignee = ?"); args.append(a) }
            if let d = filter.device { clauses.append("t.device = ?"); args.append(d) }
            if let t = filter.touching {
                let final = TicketState.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")
                clauses.append("(t.opened_at >= ? OR t.returned_at >= ? OR t.state NOT IN (\(final)))")
                args.append(t.seconds); args.append(t.seconds)
            }
            let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let numbers = try String.fetchAll(db, sql: """
                SELECT t.number FROM tickets t JOIN equipment e ON e.tag = t.device \(whereSQL)
                ORDER BY CASE t.priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 WHEN 'routine' THEN 2 ELSE 3 END, t.opened_at
                """, arguments: StatementArguments(args))
            return try numbers.compactMap(TicketNumber.init(parsing:)).compactMap { try Store.loadTicket(db, $0) }
        }
    }

    /// Every ticket with the device out of service, for downtime (uptime reports).
    public func downtimeTickets() throws -> [Ticket] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT number FROM tickets WHERE out_of_service = 1 ORDER BY number")
                .compactMap(TicketNumber.init(parsing:)).compactMap { try Store.loadTicket(db, $0) }
        }
    }
}
