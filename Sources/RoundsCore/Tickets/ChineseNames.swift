// Chinese names of the ticket vocabulary, for the Chinese side of refusals (`RuleText`); the
// English side keeps the raw values the command line spells.
extension TicketState {
    /// The state as the ticket screen names it in Chinese (已报修, 维修中, 待签收 …), for Chinese
    /// refusals; the English texts keep the raw value (`in-repair`).
    public var chineseName: String {
        switch self {
        case .requested: return "已报修"
        case .assigned: return "已派工"
        case .received: return "已接收"
        case .inRepair: return "维修中"
        case .waitingParts: return "等配件"
        case .waitingVendor: return "等厂家"
        case .offSite: return "离院维修"
        case .repaired: return "待签收"
        case .returned: return "已签收"
        case .closed: return "已关闭"
        case .deferred: return "暂缓"
        case .refused: return "拒修"
        case .cancelled: return "已撤销"
        case .proposedScrap: return "拟报废"
        }
    }
}

extension Role {
    /// The role as the interface names it in Chinese (维修工程师, 设备科主任 …), for Chinese refusals.
    public var chineseName: String {
        switch self {
        case .engineer: return "维修工程师"
        case .custodian: return "保管人"
        case .operator: return "操作人员"
        case .deptHead: return "科主任"
        case .equipmentHead: return "设备科主任"
        case .director: return "院领导"
        case .auditor: return "审计"
        }
    }
}

extension ApprovalKind {
    /// What the approval allows, in Chinese (院外维修, 离院维修, 暂缓, 拒修, 报废).
    public var chineseName: String {
        switch self {
        case .externalRepairer: return "院外人员维修"
        case .offSite: return "离院维修"
        case .deferral: return "暂缓维修"
        case .refusal: return "拒修"
        case .scrapping: return "报废"
        }
    }
}
