/// What a stability test records beyond its items (R80, R81): the exposure parameters and the
/// geometry it was done with (the instruments are the record's own, R76), and for an item that lies
/// beyond its control limit the cause found — or ``notDetermined``, which asks for a status test
/// (R81).
///
/// A stability test compares like with like: the same instrument, exposure and geometry as the
/// previous test of the item. ``changes(from:)`` names what differs, for a warning (never a
/// refusal: a replaced instrument is a fact to note, not a reason to lose the test).
public struct StabilityConditions: Hashable, Sendable {
    /// The cause recorded for a deviation whose cause was not found (R81: 原因不明).
    public static let notDetermined = "not-determined"

    public enum Field: String, CaseIterable, Hashable, Sendable {
        case instrument, exposure, geometry

        public var name: RuleText {
            switch self {
            case .instrument: return RuleText(en: "test instrument", zh: "检测仪器")
            case .exposure: return RuleText(en: "exposure parameters", zh: "曝光参数")
            case .geometry: return RuleText(en: "geometry", zh: "几何条件")
            }
        }
    }

    /// e.g. `80 kV, 10 mAs, large focus`.
    public var exposure: String
    /// e.g. `SID 100 cm, 20 cm PMMA, field 20×20 cm`.
    public var geometry: String
    /// Item code → the cause of its deviation beyond the control limit.
    public var causes: [String: String]

    public init(exposure: String, geometry: String, causes: [String: String] = [:]) {
        self.exposure = exposure; self.geometry = geometry; self.causes = causes
    }

    /// What differs from `previous` (instruments compared as sets, text with surrounding spaces
    /// trimmed), given each test's instruments.
    public func changes(instruments: [String], from previous: StabilityConditions, previousInstruments: [String]) -> [Field] {
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }
        var out: [Field] = []
        if Set(instruments.map(clean)) != Set(previousInstruments.map(clean)) { out.append(.instrument) }
        if clean(exposure) != clean(previous.exposure) { out.append(.exposure) }
        if clean(geometry) != clean(previous.geometry) { out.append(.geometry) }
        return out
    }
}
