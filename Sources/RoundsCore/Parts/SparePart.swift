/// A stocked repair part or material (备件 / 配件, R57).
public struct SparePart: Hashable, Sendable {
    public var code: String
    public var name: String
    /// Device models the part fits, `;`-separated as typed.
    public var models: String
    public var unit: String
    public var location: String
    /// Unit price in fen (1/100 yuan), so sums are exact.
    public var unitPriceFen: Int
    public var minimumStock: Int
    /// Flag for parts commonly used by departments (科室常用配件, IMR 3.7).
    public var commonlyUsed: Bool

    public init(code: String, name: String, models: String = "", unit: String = "", location: String = "",
                unitPriceFen: Int = 0, minimumStock: Int = 0, commonlyUsed: Bool = false) {
        self.code = code; self.name = name; self.models = models; self.unit = unit; self.location = location
        self.unitPriceFen = unitPriceFen; self.minimumStock = minimumStock; self.commonlyUsed = commonlyUsed
    }
}

/// One movement of stock. Issues are never edited: a mistake is reversed by a return (R58).
public enum PartMovement: Hashable, Sendable {
    /// Goods received into stock.
    case receipt(quantity: Int)
    /// Issued to a recipient who signs for it, against a ticket, a maintenance record or a reason.
    case issue(quantity: Int)
    /// Returned to stock, reversing (part of) an issue.
    case returned(quantity: Int)

    /// The change in stock.
    public var delta: Int {
        switch self {
        case .receipt(let q), .returned(let q): return q
        case .issue(let q): return -q
        }
    }
}

/// Stock arithmetic and the rules of issuing (R58–R59).
///
/// ```swift
/// StockRules.stock([.receipt(quantity: 10), .issue(quantity: 3)])        // 7
/// StockRules.isLow(stock: 1, minimum: 2)                                 // true
/// try StockRules.checkIssue(quantity: 8, stock: 7)                      // refused: only 7 in stock
/// ```
public enum StockRules {
    public static func stock(_ movements: [PartMovement]) -> Int { movements.reduce(0) { $0 + $1.delta } }

    /// Below the minimum level: the warning of R59. A minimum of 0 never warns.
    public static func isLow(stock: Int, minimum: Int) -> Bool { minimum > 0 && stock < minimum }

    /// Why an issue or a return is refused, in both languages.
    public typealias Refusal = RuleRefusal

    /// An issue needs a positive quantity, stock to cover it, a recipient and something it is for.
    public static func checkIssue(quantity: Int, stock: Int, recipient: String, purpose: String) throws(Refusal) {
        guard quantity > 0 else { throw Refusal(en: "quantity must be at least 1", zh: "数量至少为 1") }
        guard quantity <= stock else { throw Refusal("R58", en: "only \(stock) in stock, cannot issue \(quantity)", zh: "库存仅 \(stock) 件，不能领用 \(quantity) 件") }
        guard !recipient.isEmpty else { throw Refusal("R58", en: "the recipient must sign for the issue (--recipient)", zh: "领用须由领用人签收（--recipient）") }
        guard !purpose.isEmpty else {
            throw Refusal("R58", en: "an issue must name a ticket, a maintenance record or a reason (--ticket, --maintenance or --reason)",
                          zh: "领用须注明维修单、保养记录或理由（--ticket、--maintenance 或 --reason）")
        }
    }

    /// A return may give back at most what the issue handed out and has not yet come back.
    public static func checkReturn(quantity: Int, issued: Int, alreadyReturned: Int) throws(Refusal) {
        guard quantity > 0 else { throw Refusal(en: "quantity must be at least 1", zh: "数量至少为 1") }
        guard quantity <= issued - alreadyReturned else {
            throw Refusal("R58", en: "only \(issued - alreadyReturned) of that issue can still be returned",
                          zh: "该次领用最多还能退回 \(issued - alreadyReturned) 件")
        }
    }
}
