/// The overdue inspections of many devices on one day, and those falling due soon
/// (CONTRACT `rounds report overdue`; R12, R13, R17, R21).
///
/// Order (CONTRACT): overdue items by `daysOverdue` descending, then device tag, then kind; kinds
/// compare by their raw strings, so "monthly" < "quarterly" < "ten-day". Due-soon items by
/// `daysLeft` ascending (soonest first), then device, then kind.
///
/// ```swift
/// let report = OverdueReport.build(devices: fleet, keyDepartments: ["ICU", "ER"],
///                                  since: Day(2026, 1, 1)!, today: Day(2026, 3, 15)!, records: all)
/// report.overdue.first   // ICU-V01 ten-day due 2026-03-11, daysOverdue 4
/// report.filtered(department: "ICU")
/// ```
public struct OverdueReport: Hashable, Sendable {
    /// An overdue requirement with its days overdue (today − due, >= 1).
    public struct Item: Hashable, Sendable {
        public var requirement: Requirement
        public var daysOverdue: Int
        public var device: String { requirement.device }
        public var department: String { requirement.department }
        public var kind: InspectionKind { requirement.kind }
        public var due: Day { requirement.due }
    }

    /// A requirement falling due within `ScheduleRules.dueSoonDays` (daysLeft 0 = due today).
    public struct SoonItem: Hashable, Sendable {
        public var requirement: Requirement
        public var daysLeft: Int
    }

    public var asOf: Day
    public var overdue: [Item]
    public var dueSoon: [SoonItem]

    /// Classifies ready-made requirements on `asOf`.
    public init(asOf: Day, requirements: [Requirement], rules: ScheduleRules = .standard) {
        self.asOf = asOf
        var overdue: [Item] = [], soon: [SoonItem] = []
        for r in requirements {
            switch r.status(today: asOf, dueSoonDays: rules.dueSoonDays) {
            case .overdue(let n): overdue.append(Item(requirement: r, daysOverdue: n))
            case .dueSoon(let n): soon.append(SoonItem(requirement: r, daysLeft: n))
            case .ok: break
            }
        }
        self.overdue = overdue.sorted {
            ($1.daysOverdue, $0.device, $0.kind.rawValue) < ($0.daysOverdue, $1.device, $1.kind.rawValue)
        }
        self.dueSoon = soon.sorted {
            ($0.daysLeft, $0.requirement.device, $0.requirement.kind.rawValue)
                < ($1.daysLeft, $1.requirement.device, $1.requirement.kind.rawValue)
        }
    }

    /// Builds the requirements of every device (see `InspectionSchedule`) and classifies them.
    /// `records` may hold the inspections of all devices; they are grouped by device tag.
    public static func build(devices: [Equipment], keyDepartments: Set<String>, since: Day, today: Day,
                             records: [InspectionRecord], rules: ScheduleRules = .standard) -> OverdueReport {
        let byDevice = Dictionary(grouping: records, by: \.device)
        let requirements = devices.flatMap { device in
            InspectionSchedule.requirements(for: device, departmentIsKey: keyDepartments.contains(device.department),
                                            since: since, today: today, records: byDevice[device.tag] ?? [],
                                            rules: rules)
        }
        return OverdueReport(asOf: today, requirements: requirements, rules: rules)
    }

    /// The same report restricted to one department (`--department CODE`), order kept.
    public func filtered(department: String) -> OverdueReport {
        var copy = self
        copy.overdue = overdue.filter { $0.department == department }
        copy.dueSoon = dueSoon.filter { $0.requirement.department == department }
        return copy
    }
}
