/// A radiation QC standard as data (R75, R83): its code, title, and per group of devices the test
/// items that every test of each kind must cover.
///
/// WS 76-2020 has different item lists for radiography, fluoroscopy, mammography and dental X-ray,
/// so a standard holds groups; a device's category (`dr`, `ct`, …) picks one group of one standard
/// (``QCStandards/applicable(category:)``). The table is ``QCStandards/all``, mirrored in
/// Data/qc-standards.csv for a hospital's physicist to review.
public struct QCStandard: Hashable, Sendable {
    /// The code used on the command line and in the store, e.g. `WS76-2020`.
    public var code: String
    public var title: RuleText
    public var groups: [QCDeviceGroup]

    public init(code: String, title: RuleText, groups: [QCDeviceGroup]) {
        self.code = code; self.title = title; self.groups = groups
    }

    /// The group that covers `category`, if any.
    public func group(for category: String) -> QCDeviceGroup? {
        groups.first { $0.categories.contains(category.lowercased()) }
    }
}

/// The devices one item list applies to, e.g. WS 76-2020's radiography part for `dr` and `mobile-xray`.
public struct QCDeviceGroup: Hashable, Sendable {
    /// e.g. `radiography`.
    public var code: String
    public var name: RuleText
    /// Device category codes (as in the equipment ledger) the group covers.
    public var categories: [String]
    public var items: [QCItem]

    public init(code: String, name: RuleText, categories: [String], items: [QCItem]) {
        self.code = code; self.name = name; self.categories = categories; self.items = items
    }

    /// The items a test of `kind` must cover (R83), in the standard's order.
    public func items(for kind: QCTestKind) -> [QCItem] { items.filter { $0.kinds.contains(kind) } }
}

/// One test item (检测项目), e.g. 管电压指示的偏离 / tube voltage indication deviation.
public struct QCItem: Hashable, Sendable {
    /// Short code, unique within its group: `kv-deviation`.
    public var code: String
    public var name: RuleText
    /// The kinds of test that include the item.
    public var kinds: Set<QCTestKind>

    public init(_ code: String, en: String, zh: String, _ kinds: Set<QCTestKind>) {
        self.code = code; self.name = RuleText(en: en, zh: zh); self.kinds = kinds
    }
}
