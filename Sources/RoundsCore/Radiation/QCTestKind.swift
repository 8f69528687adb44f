/// The three kinds of radiation QC test (R76; WS 76-2020 general requirements).
///
/// - `acceptance` (验收检测): after installation, and after a repair that replaced an important part,
///   by a qualified testing organisation; the device may be used only after it passes (R77, R78).
/// - `status` (状态检测): at least once a year by a qualified testing organisation (R79).
/// - `stability` (稳定性检测): by the hospital itself or an organisation it commissions, at the
///   periods the standard sets per item (R80).
public enum QCTestKind: String, CaseIterable, Hashable, Sendable, Codable {
    case acceptance, status, stability

    public var name: RuleText {
        switch self {
        case .acceptance: return RuleText(en: "acceptance test", zh: "验收检测")
        case .status: return RuleText(en: "status test", zh: "状态检测")
        case .stability: return RuleText(en: "stability test", zh: "稳定性检测")
        }
    }

    /// Whether a qualified testing organisation must do it (R85–R86): acceptance and status tests.
    /// A stability test may be the hospital's own.
    public var needsQualifiedOrganisation: Bool { self != .stability }
}
