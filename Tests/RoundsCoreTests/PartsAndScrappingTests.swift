import Testing
@testable import RoundsCore

/// Stock arithmetic and issuing rules (R57–R59), and the scrapping approval chain (R62–R65).
struct StockRulesTests {
    @Test func stockIsReceiptsMinusIssuesPlusReturns() {
        // 10 received, 4 issued, 1 returned → 7.
        #expect(StockRules.stock([.receipt(quantity: 10), .issue(quantity: 4), .returned(quantity: 1)]) == 7)
    }

    @Test(arguments: [(1, 2, true), (2, 2, false), (0, 0, false), (5, 0, false)])
    func lowStockWarning(stock: Int, minimum: Int, low: Bool) {
        // Below the minimum warns; at the minimum does not; a minimum of 0 never warns.
        #expect(StockRules.isLow(stock: stock, minimum: minimum) == low)
    }

    @Test func issueRules() {
        #expect(throws: StockRules.Refusal("R58", en: "only 7 in stock, cannot issue 8", zh: "库存仅 7 件，不能领用 8 件")) {
            try StockRules.checkIssue(quantity: 8, stock: 7, recipient: "li", purpose: "WX-2026-000001")
        }
        #expect(throws: StockRules.Refusal.self) { try StockRules.checkIssue(quantity: 1, stock: 7, recipient: "", purpose: "x") }
        #expect(throws: StockRules.Refusal.self) { try StockRules.checkIssue(quantity: 1, stock: 7, recipient: "li", purpose: "") }
        #expect(throws: Never.self) { try StockRules.checkIssue(quantity: 7, stock: 7, recipient: "li", purpose: "x") }
        // A return gives back at most what is still out: 5 issued, 3 returned → 2 more at most.
        #expect(throws: StockRules.Refusal.self) { try StockRules.checkReturn(quantity: 3, issued: 5, alreadyReturned: 3) }
        #expect(throws: Never.self) { try StockRules.checkReturn(quantity: 2, issued: 5, alreadyReturned: 3) }
    }
}

struct ScrapRequestTests {
    let director = Person(login: "sun", name: "孙", roles: [.director])
    let head = Person(login: "zhou", name: "周", roles: [.equipmentHead, .engineer])
    let t0 = Instant(seconds: 1_800_000_000)

    func request(_ devices: [String], approvals: [(String, Role)] = []) -> ScrapRequest {
        var entries = [ScrapRequest.Entry(at: t0, by: "zhou", step: .requested(devices: devices, reason: "老化", condition: "", repairSummary: "", remainingValueFen: 0))]
        for (who, role) in approvals { entries.append(.init(at: t0, by: who, step: .approved(role: role, note: ""))) }
        return ScrapRequest(id: 1, entries: entries)
    }

    @Test func chainDependsOnBatchAndSize() {
        let rules = ScrapApprovalRules.standard
        #expect(rules.chain(deviceCount: 1, anyLarge: false) == [.director])                 // R63: the director
        #expect(rules.chain(deviceCount: 2, anyLarge: false) == [.equipmentHead, .director]) // R64: a batch
        #expect(rules.chain(deviceCount: 1, anyLarge: true) == [.equipmentHead, .director])  // R64: large/medium
    }

    @Test func approvalsInOrderByTheRightRole() {
        let chain: [Role] = [.equipmentHead, .director]
        let r = request(["A", "B"])
        // The director cannot approve first; the head can.
        #expect(throws: ScrapRequest.Refusal.self) { try r.check(.approved(role: .director, note: ""), by: director, chain: chain) }
        #expect(throws: Never.self) { try r.check(.approved(role: .equipmentHead, note: ""), by: head, chain: chain) }
        // Someone without the role cannot sign in it (R63).
        #expect(throws: ScrapRequest.Refusal.self) { try r.check(.approved(role: .equipmentHead, note: ""), by: director, chain: chain) }
        // Completion waits for the whole chain.
        #expect(throws: ScrapRequest.Refusal("R64", en: "scrapping cannot be completed before the equipment-head's approval",
                                             zh: "设备科主任审批之前不能完成报废")) {
            try r.check(.completed, by: head, chain: chain)
        }
        let approved = request(["A", "B"], approvals: [("zhou", .equipmentHead), ("sun", .director)])
        #expect(approved.nextApprover(chain) == nil)
        #expect(throws: Never.self) { try approved.check(.completed, by: head, chain: chain) }
    }
}
