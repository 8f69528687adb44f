/// The steps of a scrapping request (报废, R62–R65), insert-only like every record of work.
public enum ScrapStep: Hashable, Sendable {
    /// The request: devices, reason, condition, repair history summary, remaining value, proposer (R62).
    case requested(devices: [String], reason: String, condition: String, repairSummary: String, remainingValueFen: Int)
    /// The optional technical appraisal organised by hospital leadership (R63).
    case appraised(organiser: String, panel: [String], conclusion: String)
    /// One approval of the chain, by a person holding the role the chain asks for next (R63–R64).
    case approved(role: Role, note: String)
    /// The devices become scrapped: read-only for ever (R65, R8).
    case completed
    case withdrawn(reason: String)
}

/// Who must approve a scrapping request, in order (R63–R64).
///
/// The director (报请主任) approves every request; a batch (more than one device) or any large or
/// medium device needs the hospital's approval chain, by default the equipment head then the
/// director. Both are configurable.
public struct ScrapApprovalRules: Hashable, Sendable {
    public var single: [Role] = [.director]
    public var batchOrLarge: [Role] = [.equipmentHead, .director]

    public init(single: [Role] = [.director], batchOrLarge: [Role] = [.equipmentHead, .director]) {
        self.single = single; self.batchOrLarge = batchOrLarge
    }

    public static let standard = ScrapApprovalRules()

    public func chain(deviceCount: Int, anyLarge: Bool) -> [Role] {
        deviceCount > 1 || anyLarge ? batchOrLarge : single
    }
}

/// A scrapping request and what has happened to it.
public struct ScrapRequest: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var at: Instant
        public var by: String
        public var step: ScrapStep
        public init(at: Instant, by: String, step: ScrapStep) { self.at = at; self.by = by; self.step = step }
    }

    public var id: Int64
    public var entries: [Entry]

    public init(id: Int64, entries: [Entry]) { self.id = id; self.entries = entries }

    public var devices: [String] {
        if case let .requested(devices, _, _, _, _)? = entries.first?.step { return devices }
        return []
    }

    public var approvals: [Role] { entries.compactMap { if case let .approved(role, _) = $0.step { return role } else { return nil } } }
    public var isCompleted: Bool { entries.contains { $0.step == .completed } }
    public var isWithdrawn: Bool { entries.contains { if case .withdrawn = $0.step { return true } else { return false } } }
    public var isOpen: Bool { !isCompleted && !isWithdrawn }

    /// The role whose approval is due next, or nil when the chain is complete.
    public func nextApprover(_ chain: [Role]) -> Role? {
        approvals.count < chain.count ? chain[approvals.count] : nil
    }

    /// Why a scrapping step is refused, in both languages.
    public typealias Refusal = RuleRefusal

    /// Checks a new step against the request's state and the approval chain.
    public func check(_ step: ScrapStep, by person: Person?, chain: [Role]) throws(Refusal) {
        guard isOpen else {
            throw Refusal("R65", en: "scrapping request \(id) is already \(isCompleted ? "completed" : "withdrawn")",
                          zh: "报废申请 \(id) 已\(isCompleted ? "完成" : "撤回")")
        }
        switch step {
        case .requested:
            throw Refusal("R62", en: "the request already exists", zh: "该报废申请已存在")
        case .approved(let role, _):
            guard let next = nextApprover(chain) else {
                throw Refusal("R64", en: "every approval of the chain is already recorded", zh: "审批链上的各级审批均已记录")
            }
            guard role == next else {
                throw Refusal("R64", en: "the next approval is by the \(next.rawValue), not the \(role.rawValue)",
                              zh: "下一级审批应由\(next.chineseName)进行，不是\(role.chineseName)")
            }
            guard person?.has(role) == true else {
                throw Refusal("R63", en: "\(person?.login ?? "this user") does not hold the \(role.rawValue) role this approval needs",
                              zh: "\(person?.login ?? "当前用户") 没有此审批所需的\(role.chineseName)角色")
            }
            if let p = person, entries.contains(where: { $0.by == p.login && { if case .approved = $0.step { return true } else { return false } }($0) }) {
                throw Refusal("R64", en: "\(p.login) has already approved this request; the next approval needs another person",
                              zh: "\(p.login) 已审批过该申请；下一级审批须由另一人进行")
            }
        case .completed:
            if let next = nextApprover(chain) {
                throw Refusal("R64", en: "scrapping cannot be completed before the \(next.rawValue)'s approval",
                              zh: "\(next.chineseName)审批之前不能完成报废")
            }
        case .appraised, .withdrawn:
            break
        }
    }
}
