/// What a signature means (21 CFR Part 11 § 11.50: a signature shows who, when and what it means).
///
/// Every signature screen and every record of a signature carries one of these, so "郑丽 signed" always
/// reads as "郑丽 performed this inspection" or "郑丽 received the device back in working order".
public enum SignatureMeaning: String, CaseIterable, Sendable {
    case performedInspection = "performed-inspection"
    case performedDailyCheck = "performed-daily-check"
    case performedMaintenance = "performed-maintenance"
    case jointMaintenance = "joint-maintenance"
    case performedQCTest = "performed-qc-test"
    case reportedFault = "reported-fault"
    case ticketStep = "ticket-step"
    case repaired = "repaired"
    case receivedBack = "received-back"
    case approved = "approved"
    case handedOver = "handed-over"
    case receivedHandover = "received-handover"
    case acknowledgedProblem = "acknowledged-problem"
    case receivedParts = "received-parts"
    case storeRecord = "store-record"
    case scrapping = "scrapping"
    case administration = "administration"
    case roundWork = "round-work"
    case hazardStep = "hazard-step"
    case resolvedHazard = "resolved-hazard"

    /// The sentence the signer agrees to, in English.
    public var english: String {
        switch self {
        case .performedInspection: return "I performed this inspection"
        case .performedDailyCheck: return "I performed this daily check"
        case .performedMaintenance: return "I performed this maintenance"
        case .jointMaintenance: return "I performed this maintenance jointly (second signature)"
        case .performedQCTest: return "I performed or witnessed this QC test"
        case .reportedFault: return "I report this fault"
        case .ticketStep: return "I performed this step of the repair ticket"
        case .repaired: return "I repaired the device as recorded"
        case .receivedBack: return "I received the device back in working order"
        case .approved: return "I approve this"
        case .handedOver: return "I hand over this shift as recorded"
        case .receivedHandover: return "I received this handover"
        case .acknowledgedProblem: return "I acknowledge this problem report"
        case .receivedParts: return "I received these parts"
        case .storeRecord: return "I entered this record"
        case .scrapping: return "I sign this step of the scrapping"
        case .administration: return "I made this change to people, equipment or rules"
        case .roundWork: return "I performed this step of the round"
        case .hazardStep: return "I performed this step of the hazard item"
        case .resolvedHazard: return "I resolved this hazard as recorded"
        }
    }

    /// The same in Chinese.
    public var chinese: String {
        switch self {
        case .performedInspection: return "本人已完成此次巡检"
        case .performedDailyCheck: return "本人已完成此次日检"
        case .performedMaintenance: return "本人已完成此次保养"
        case .jointMaintenance: return "本人共同完成此次保养（第二签名）"
        case .performedQCTest: return "本人完成或见证此次质控检测"
        case .reportedFault: return "本人报告此故障"
        case .ticketStep: return "本人完成维修单的此步骤"
        case .repaired: return "本人已按记录完成维修"
        case .receivedBack: return "本人已收回设备，工作正常"
        case .approved: return "本人批准"
        case .handedOver: return "本人按记录交班"
        case .receivedHandover: return "本人已接班"
        case .acknowledgedProblem: return "本人已知悉此问题报告"
        case .receivedParts: return "本人已领取这些配件"
        case .storeRecord: return "本人录入此记录"
        case .scrapping: return "本人签署报废的此步骤"
        case .administration: return "本人修改人员、设备或规则"
        case .roundWork: return "本人完成巡检轮次的此步骤"
        case .hazardStep: return "本人完成隐患处理的此步骤"
        case .resolvedHazard: return "本人已按记录消除此隐患"
        }
    }
}
