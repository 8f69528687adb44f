/// What a test found for one item (R76): the item passed, failed, or could not be tested.
public enum QCOutcome: String, CaseIterable, Hashable, Sendable, Codable {
    case pass, fail, untestable

    public var name: RuleText {
        switch self {
        case .pass: return RuleText(en: "pass", zh: "合格")
        case .fail: return RuleText(en: "fail", zh: "不合格")
        case .untestable: return RuleText(en: "could not be tested", zh: "无法检测")
        }
    }
}

/// One item's result in a test record, with the evidence an untestable item needs (R82): for an
/// acceptance test the references of the manufacturer's written confirmation and of the hospital's
/// sealed acknowledgement (attachments, e.g. scan file names); for a status test a detailed note.
public struct QCItemResult: Hashable, Sendable, Codable {
    public var item: String
    public var outcome: QCOutcome
    /// The measured value and the requirement, as the report prints them (free text: units vary).
    public var measured: String
    public var requirement: String
    /// Why it could not be tested, or any remark.
    public var note: String
    /// Attachment reference of the manufacturer's written confirmation (厂方书面确认).
    public var manufacturerConfirmation: String
    /// Attachment reference of the hospital's sealed acknowledgement (医疗卫生机构加盖公章认可).
    public var hospitalSeal: String

    public init(item: String, outcome: QCOutcome, measured: String = "", requirement: String = "", note: String = "",
                manufacturerConfirmation: String = "", hospitalSeal: String = "") {
        self.item = item; self.outcome = outcome; self.measured = measured; self.requirement = requirement
        self.note = note; self.manufacturerConfirmation = manufacturerConfirmation; self.hospitalSeal = hospitalSeal
    }
}
