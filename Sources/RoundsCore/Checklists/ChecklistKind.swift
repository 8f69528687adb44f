/// The work a checklist template is for: the three inspection rounds (R12–R19) and the three
/// maintenance tiers (R26–R29), spelled as the command line spells them.
///
/// ```swift
/// ChecklistKind(rawValue: "quarterly")        // .quarterly
/// ChecklistKind(inspection: .tenDay)          // .tenDay
/// ChecklistKind(maintenance: .second).rawValue // "second"
/// ```
public enum ChecklistKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 十天检查 (R13, R32: the powered test of rescue equipment is in it).
    case tenDay = "ten-day"
    /// 每月巡查 (R12).
    case monthly
    /// 季度监督检查 with its mandatory items (R18) and the room's environment (R19).
    case quarterly
    /// 日常保养 (R27).
    case daily
    /// 一级保养 (R28).
    case first
    /// 二级保养 (R29, R32).
    case second

    public init(inspection kind: InspectionKind) {
        switch kind {
        case .tenDay: self = .tenDay
        case .monthly: self = .monthly
        case .quarterly: self = .quarterly
        }
    }

    public init(maintenance tier: MaintenanceTier) {
        switch tier {
        case .daily: self = .daily
        case .first: self = .first
        case .second: self = .second
        }
    }

    /// The rule that lists this template's items, cited when one is left blank.
    public var rule: String {
        switch self {
        case .tenDay, .monthly: return "R15"
        case .quarterly: return "R18"
        case .daily: return "R27"
        case .first: return "R28"
        case .second: return "R29"
        }
    }
}
