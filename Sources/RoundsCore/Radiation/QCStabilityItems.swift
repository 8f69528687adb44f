/// Each stability test item's period and control limit (R80, R81), by standard, device group and
/// item: the table the program applies, mirrored in Data/qc-stability.csv for a hospital's
/// physicist to review (a test keeps the two equal). Every item a standard lists for stability
/// tests (``QCStandards``) has exactly one row.
///
/// The periods and limits are representative starting values following WS 76-2020 and WS 519-2019
/// (constancy of output and image quality monthly to quarterly, dose half-yearly), not a
/// transcription of the standards' tables: a hospital should check them (docs/DECISIONS.md).
/// The baseline is not here: it is the device's own value, taken from its acceptance test
/// (``QCStabilityBaseline``).
///
/// ```swift
/// QCStabilityItems.rule(standard: "WS519-2019", group: "ct", item: "ct-number-water")
/// // monthly, limit ±4 (HU)
/// ```
public enum QCStabilityItems {
    public struct Rule: Hashable, Sendable {
        public var standard: String
        public var group: String
        public var item: String
        public var period: StabilityPeriod
        public var limit: StabilityLimit
    }

    private static func rows(_ standard: String, _ group: String, _ items: [(String, StabilityPeriod, String)]) -> [Rule] {
        items.map { Rule(standard: standard, group: group, item: $0.0, period: $0.1, limit: StabilityLimit(parsing: $0.2)!) }
    }

    public static let all: [Rule] =
        rows("WS76-2020", "radiography", [("output-reproducibility", .quarterly, "10%"), ("light-field-alignment", .monthly, "2"),
                                          ("aec-response", .quarterly, "20%"), ("high-contrast-resolution", .quarterly, "10%"),
                                          ("low-contrast-detectability", .quarterly, "10%")])
        + rows("WS76-2020", "fluoroscopy", [("fluoro-field-alignment", .monthly, "2"), ("high-contrast-resolution", .quarterly, "10%"),
                                            ("low-contrast-detectability", .quarterly, "10%")])
        + rows("WS76-2020", "mammography", [("output-reproducibility", .monthly, "10%"), ("aec-response", .monthly, "15%"),
                                            ("high-contrast-resolution", .monthly, "10%"), ("low-contrast-detectability", .monthly, "10%")])
        + rows("WS76-2020", "dental", [("output-reproducibility", .halfYearly, "10%"), ("high-contrast-resolution", .halfYearly, "10%"),
                                       ("low-contrast-detectability", .halfYearly, "10%")])
        + rows("WS519-2019", "ct", [("positioning-light", .monthly, "2"), ("table-positioning", .monthly, "2"),
                                    ("slice-thickness", .quarterly, "1"), ("ctdi-w", .halfYearly, "15%"),
                                    ("ct-number-water", .monthly, "4"), ("noise", .monthly, "10%"), ("uniformity", .monthly, "2"),
                                    ("high-contrast-resolution", .quarterly, "15%")])
        + rows("WS818-2023", "cbct", [("dose-index", .halfYearly, "15%"), ("ct-number-uniformity", .quarterly, "10%"),
                                      ("noise", .quarterly, "10%"), ("high-contrast-resolution", .quarterly, "15%")])

    public static func rule(standard: String, group: String, item: String) -> Rule? {
        all.first { $0.standard == standard && $0.group == group && $0.item == item }
    }

    /// The rules of a device group, in the standard's item order.
    public static func rules(standard: String, group: QCDeviceGroup) -> [Rule] {
        group.items(for: .stability).compactMap { rule(standard: standard, group: group.code, item: $0.code) }
    }
}
