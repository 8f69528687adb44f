/// One radiation QC test as it is finalised (R76): which device, which kind under which standard,
/// who tested (the organisation and its certificate), the report, the instruments, and a result for
/// every item. The overall conclusion follows from the items: any failed item fails the test; an
/// untestable item (with its evidence, R82) does not.
public struct QCTestRecord: Hashable, Sendable {
    public var device: String
    public var kind: QCTestKind
    /// The standard's code, e.g. `WS76-2020`.
    public var standard: String
    /// The testing organisation's code in the registry (R85); empty for a stability test done by the
    /// hospital itself.
    public var organisation: String
    public var reportNumber: String
    /// The day of the test, and of the report.
    public var testedOn: Day
    public var reportedOn: Day?
    /// The test instruments used (name and serial or calibration certificate), at least one.
    public var instruments: [String]
    /// References of the report scan, raw data and images.
    public var attachments: [String]
    public var items: [QCItemResult]
    /// A stability test's exposure, geometry and causes (R80, R81); nil for the other kinds.
    public var stability: StabilityConditions?

    public init(device: String, kind: QCTestKind, standard: String, organisation: String = "", reportNumber: String = "",
                testedOn: Day, reportedOn: Day? = nil, instruments: [String], attachments: [String] = [], items: [QCItemResult],
                stability: StabilityConditions? = nil) {
        self.device = device; self.kind = kind; self.standard = standard; self.organisation = organisation
        self.reportNumber = reportNumber; self.testedOn = testedOn; self.reportedOn = reportedOn
        self.instruments = instruments; self.attachments = attachments; self.items = items; self.stability = stability
    }

    /// Pass unless an item failed.
    public var passed: Bool { !items.contains { $0.outcome == .fail } }

    /// The items that failed, by code.
    public var failedItems: [String] { items.filter { $0.outcome == .fail }.map(\.item) }
}
