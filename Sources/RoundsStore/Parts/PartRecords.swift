import GRDB
import RoundsCore

/// A part with its stock, for lists and warnings.
public struct PartStock: Sendable, Equatable {
    public var part: SparePart
    public var stock: Int
    public var isLow: Bool { StockRules.isLow(stock: stock, minimum: part.minimumStock) }
}

/// One issue of a part, for per-device and per-period consumption lists (R59).
public struct PartIssue: Sendable, Equatable {
    public var id: Int64
    public var part: String
    public var quantity: Int
    public var returned: Int
    public var recipient: String
    public var ticket: String?
    public var device: String?
    public var at: Instant
}

extension Recorder {
    public func save(_ part: SparePart) throws {
        try upsert("spare_parts", key: "code", [
            "code": part.code, "name": part.name, "models": part.models, "unit": part.unit, "location": part.location,
            "unit_price_fen": part.unitPriceFen, "minimum_stock": part.minimumStock, "commonly_used": part.commonlyUsed,
        ])
    }

    func stock(of code: String) throws -> Int {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM spare_parts WHERE code = ?)", arguments: [code]) == true else {
            throw StoreError.notFound(en: "no spare part with code '\(code)'", zh: "没有编码为 '\(code)' 的备件")
        }
        return try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(CASE kind WHEN 'issue' THEN -quantity ELSE quantity END), 0) FROM part_movements WHERE part = ?
            """, arguments: [code]) ?? 0
    }

    /// Goods received into stock.
    @discardableResult
    public func receivePart(_ code: String, quantity: Int, note: String = "") throws -> Int64 {
        _ = try stock(of: code)
        guard quantity > 0 else { throw StoreError.ruled(RuleText(en: "quantity must be at least 1", zh: "数量至少为 1")) }
        return try insert("part_movements", ["part": code, "kind": "receipt", "quantity": quantity, "reason": note, "at": at.seconds, "by": actor])
    }

    /// Issues parts to a recipient who signs for them, against a ticket, a maintenance record or a
    /// reason (R58). A ticket of a scrapped device refuses parts (R8).
    @discardableResult
    public func issuePart(_ code: String, quantity: Int, recipient: String, ticket: TicketNumber?, maintenance: Int64?, reason: String) throws -> Int64 {
        let stock = try stock(of: code)
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM people WHERE login = ?)", arguments: [recipient]) == true || recipient.isEmpty else {
            throw StoreError.notFound(en: "no person with login '\(recipient)' (--recipient)", zh: "没有登录名为 '\(recipient)' 的人员 (--recipient)")
        }
        if let ticket {
            guard let device = try String.fetchOne(db, sql: "SELECT device FROM tickets WHERE number = ?", arguments: [ticket.description]) else {
                throw StoreError.notFound(en: "no ticket \(ticket)", zh: "没有维修单 \(ticket)")
            }
            if try String.fetchOne(db, sql: "SELECT status FROM equipment WHERE tag = ?", arguments: [device]) == EquipmentStatus.scrapped.rawValue {
                throw StoreError.refused("R8", en: "device \(device) is scrapped: it takes no spare parts", zh: "设备 \(device) 已报废，不再领用备件")
            }
        }
        if let maintenance, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM maintenance WHERE id = ?)", arguments: [maintenance]) != true {
            throw StoreError.notFound(en: "no maintenance record \(maintenance)", zh: "没有保养记录 \(maintenance)")
        }
        let purpose = ticket?.description ?? maintenance.map(String.init) ?? reason
        do { try StockRules.checkIssue(quantity: quantity, stock: stock, recipient: recipient, purpose: purpose) } catch {
            throw StoreError.ruled(error.text)
        }
        let id = try insert("part_movements", ["part": code, "kind": "issue", "quantity": quantity, "recipient": recipient,
                                               "ticket": ticket?.description, "maintenance": maintenance, "reason": reason,
                                               "at": at.seconds, "by": actor])
        try sign("part_movements", row: id, by: actor, meaning: .storeRecord)
        if !recipient.isEmpty && recipient != actor { try sign("part_movements", row: id, by: recipient, meaning: .receivedParts) }
        return id
    }

    /// Returns (part of) an issue to stock: the only way to correct an issue (R58).
    @discardableResult
    public func returnPart(issue: Int64, quantity: Int, reason: String) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT part, quantity FROM part_movements WHERE id = ? AND kind = 'issue'", arguments: [issue]) else {
            throw StoreError.notFound(en: "no issue \(issue)", zh: "没有领用记录 \(issue)")
        }
        let returned = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(quantity), 0) FROM part_movements WHERE reverses = ?", arguments: [issue]) ?? 0
        do { try StockRules.checkReturn(quantity: quantity, issued: row["quantity"], alreadyReturned: returned) } catch {
            throw StoreError.ruled(error.text)
        }
        return try insert("part_movements", ["part": row["part"] as String, "kind": "return", "quantity": quantity, "reverses": issue,
                                             "reason": reason, "at": at.seconds, "by": actor])
    }
}

extension Store {
    /// Every part with its stock, by code; `lowOnly` keeps the ones below their minimum (R59).
    public func parts(lowOnly: Bool = false) throws -> [PartStock] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, COALESCE((SELECT SUM(CASE m.kind WHEN 'issue' THEN -m.quantity ELSE m.quantity END)
                                      FROM part_movements m WHERE m.part = p.code), 0) AS stock
                FROM spare_parts p ORDER BY p.code
                """).map { r in
                PartStock(part: SparePart(code: r["code"], name: r["name"], models: r["models"], unit: r["unit"], location: r["location"],
                                          unitPriceFen: r["unit_price_fen"], minimumStock: r["minimum_stock"], commonlyUsed: r["commonly_used"]),
                          stock: r["stock"])
            }.filter { !lowOnly || $0.isLow }
        }
    }

    /// Issues (with what came back), newest first; per device through their tickets (R59).
    public func partIssues(device: String? = nil) throws -> [PartIssue] {
        try read { db in
            var sql = """
                SELECT m.id, m.part, m.quantity, m.recipient, m.ticket, t.device, m.at,
                       COALESCE((SELECT SUM(r.quantity) FROM part_movements r WHERE r.reverses = m.id), 0) AS returned
                FROM part_movements m LEFT JOIN tickets t ON t.number = m.ticket WHERE m.kind = 'issue'
                """
            var args: [any DatabaseValueConvertible] = []
            if let device { sql += " AND t.device = ?"; args.append(device) }
            return try Row.fetchAll(db, sql: sql + " ORDER BY m.id DESC", arguments: StatementArguments(args)).map { r in
                PartIssue(id: r["id"], part: r["part"], quantity: r["quantity"], returned: r["returned"], recipient: r["recipient"],
                          ticket: r["ticket"], device: r["device"], at: Instant(seconds: r["at"]))
            }
        }
    }
}
