/// The four categories of radiological work a Radiological Diagnosis and Treatment Licence
/// (放射诊疗许可证) may list (R90; 放射诊疗管理规定 Art. 4).
public enum LicenceCategory: String, CaseIterable, Hashable, Sendable, Codable {
    case radiotherapy
    case nuclearMedicine = "nuclear-medicine"
    case interventional
    case xrayImaging = "xray-imaging"

    public var name: RuleText {
        switch self {
        case .radiotherapy: return RuleText(en: "radiotherapy", zh: "放射治疗")
        case .nuclearMedicine: return RuleText(en: "nuclear medicine", zh: "核医学")
        case .interventional: return RuleText(en: "interventional radiology", zh: "介入放射学")
        case .xrayImaging: return RuleText(en: "X-ray imaging diagnosis", zh: "X射线影像诊断")
        }
    }
}
