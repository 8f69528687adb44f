/// R67: each imaging device has an assigned dedicated person (专职人员) responsible for its periodic
/// calibration, maintenance and upkeep, and a current calibration/maintenance plan. The person is
/// the device's designated maintenance person (维护责任人, R6), who must be someone in the store;
/// the plan is an active first- or second-level maintenance plan (R30; daily upkeep is not a
/// schedule of calibration).
///
/// ```swift
/// // CT-1: maintenance person lina, a second-level plan every 90 days → no problem.
/// // DR-1: no maintenance person, no plan → [.noPerson, .noPlan]
/// ImagingUpkeep.check(devices: [ct1, dr1], plans: plans, people: ["lina"])
/// ```
public struct ImagingUpkeep: Hashable, Sendable {
    public enum Problem: String, CaseIterable, Hashable, Sendable {
        /// No dedicated person, or one who is not a person in the store.
        case noPerson = "no-person"
        /// No active first- or second-level maintenance plan.
        case noPlan = "no-plan"

        public var text: RuleText {
            switch self {
            case .noPerson: return RuleText(en: "no dedicated person assigned (the device's maintenance person, `equipment` import column maintainer)",
                                            zh: "未指定专职人员（设备的维护责任人，导入列 maintainer）")
            case .noPlan: return RuleText(en: "no current calibration/maintenance plan (an active first- or second-level plan, `rounds maintenance plan`)",
                                          zh: "没有现行的校正/保养计划（有效的一级或二级保养计划，`rounds maintenance plan`）")
            }
        }
    }

    public var device: String
    public var department: String
    /// The dedicated person's login, "" when none.
    public var person: String
    /// The active plans' tiers and intervals, first level first.
    public var plans: [MaintenancePlan]
    public var problems: [Problem]

    public init(device: String, department: String, person: String, plans: [MaintenancePlan], problems: [Problem]) {
        self.device = device; self.department = department; self.person = person; self.plans = plans; self.problems = problems
    }

    /// Every in-service imaging device of `devices` with its person, plans and problems, by tag.
    public static func check(devices: [Equipment], plans: [MaintenancePlan], people: Set<String>) -> [ImagingUpkeep] {
        let byDevice = Dictionary(grouping: plans.filter { $0.active && $0.tier != .daily }, by: \.device)
        return devices.filter { $0.status == .inService && ImagingDevices.isImaging($0) }.sorted { $0.tag < $1.tag }.map { d in
            let own = (byDevice[d.tag] ?? []).sorted { $0.tier < $1.tier }
            var problems: [Problem] = []
            if d.maintainer.isEmpty || !people.contains(d.maintainer) { problems.append(.noPerson) }
            if own.isEmpty { problems.append(.noPlan) }
            return ImagingUpkeep(device: d.tag, department: d.department, person: d.maintainer, plans: own, problems: problems)
        }
    }
}
