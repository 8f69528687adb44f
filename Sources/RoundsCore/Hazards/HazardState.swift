/// Where a hidden hazard stands (R16): `open` when found, `assigned` once an engineer has it, and it
/// ends `resolved` (closed with what was done) or `converted` (handed over to a repair ticket).
public enum HazardState: String, CaseIterable, Codable, Sendable {
    case open, assigned, resolved, converted

    /// Resolved or converted: the hazard takes no further step and drops off the open lists.
    public var isClosed: Bool { self == .resolved || self == .converted }
}

extension HazardState {
    /// The state in Chinese, for sheets and tables read in Chinese (the English word is `rawValue`).
    public var chinese: String {
        switch self {
        case .open: return "待处理"
        case .assigned: return "已指派"
        case .resolved: return "已消除"
        case .converted: return "已转报修"
        }
    }
}
