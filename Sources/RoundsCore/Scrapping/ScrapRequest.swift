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

    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Checks a new step against the request's state and the approval chain.
    public func check(_ step: ScrapStep, by person: Person?, chain: [Role]) throws(Refusal) {
        guard isOpen else { throw Refusal(description: "R65: scrapping request \(id) is already \(isCompleted ? "completed" : "withdrawn")") }
        switch step {
        case .requested:
            throw Refusal(description: "R62: the request already exists")
        case .approved(let role, _):
            guard let next = nextApprover(chain) else { throw Refusal(description: "R64: every approval of the chain is already recorded") }
            guard role == next else { throw Refusal(description: "R64: the next approval is by the \(next.rawValue), not the \(role.rawValue)") }
            guard person?.has(role) == true else {
                throw Refusal(description: "R63: \(person?.login ?? "this user") does not hold the \(role.rawValue) role this approval needs")
            }
            if let p = person, entries.contains(where: { $0.by == p.login && { if case .approved = $0.step { return true } else { return false } }($0) }) {
                throw Refusal(description: "R64: \(p.login) has already approved this request; the next approval needs another person")
            }
        case .completed:
            if let next = nextApprover(chain) {
                throw Refusal(description: "R64: scrapping cannot be completed before the \(next.rawValue)'s approval")
            }
        case .appraised, .withdrawn:
            break
        }
    }
}
