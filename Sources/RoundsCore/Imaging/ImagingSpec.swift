/// What an imaging device can do, beyond its category (R70, R93): the slices of a CT, the field
/// strength of an MRI, the functions of an ultrasound unit. The basic standard (BS 6) and the
/// configuration-licence catalogue ask for these; the equipment ledger does not hold them.
public struct ImagingSpec: Hashable, Sendable {
    public var device: String
    /// Detector rows of a CT (排), e.g. 16 or 64; nil when not a CT or not recorded.
    public var slices: Int?
    /// Field strength of an MRI in tesla, e.g. 1.5; nil when not an MRI or not recorded.
    public var tesla: Double?
    /// Functions, by code (``ImagingFeature``).
    public var features: Set<ImagingFeature>

    public init(device: String, slices: Int? = nil, tesla: Double? = nil, features: Set<ImagingFeature> = []) {
        self.device = device; self.slices = slices; self.tesla = tesla; self.features = features
    }
}

/// The functions BS 6(1) asks of the centre's ultrasound units.
public enum ImagingFeature: String, CaseIterable, Hashable, Sendable, Codable {
    case colourDoppler = "colour-doppler"
    case echocardiography
    case contrast
    case quantitative

    public var name: RuleText {
        switch self {
        case .colourDoppler: return RuleText(en: "colour Doppler flow imaging", zh: "彩色多普勒血流显像")
        case .echocardiography: return RuleText(en: "echocardiography", zh: "心脏超声检查")
        case .contrast: return RuleText(en: "contrast-enhanced ultrasound", zh: "超声造影")
        case .quantitative: return RuleText(en: "quantitative analysis", zh: "定量分析")
        }
    }
}
