/// The configurable limit of R16: a hazard open longer than `openDays` days is overdue
/// (`rule.hazard-open-days`, default 3, docs/rules.md).
public struct HazardRules: Hashable, Sendable {
    public var openDays: Int

    public init(openDays: Int = 3) { self.openDays = openDays }

    public static let standard = HazardRules()
}
