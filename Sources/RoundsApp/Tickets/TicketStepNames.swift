import RoundsCore

extension Strings {
    /// A ticket step in words, for the steps list of a ticket.
    public func step(_ kind: TicketStepKind) -> String {
        let p = Strings.stepNames[kind] ?? (kind.rawValue, kind.rawValue)
        return isChinese ? p.zh : p.en
    }

    /// Every step kind in Chinese and English (a test checks that none is missing).
    static let stepNames: [TicketStepKind: (zh: String, en: String)] = [
        .opened: ("报修", "requested"), .additionalReport: ("追加报修", "further report"), .assigned: ("派工", "assigned"),
        .received: ("接收登记", "received"), .started: ("开始维修", "repair started"),
        .damageClassified: ("责任认定", "damage classified"), .reportedToLeadership: ("上报领导", "reported to leadership"),
        .factsEstablished: ("查明情况", "facts established"), .approval: ("审批", "approval"),
        .externalRepairer: ("院外维修人员", "outside repairer"), .emergencyExternal: ("紧急外修", "emergency outside repair"),
        .justification: ("事后论证", "justification"), .sentOffSite: ("离院维修", "sent off site"), .backOnSite: ("返院验收", "back on site"),
        .waitingParts: ("等待配件", "waiting for parts"), .waitingVendor: ("等待厂家", "waiting for the vendor"), .resumed: ("恢复维修", "resumed"),
        .manufacturerNotified: ("已通知厂家", "manufacturer notified"), .vendorLate: ("厂家延误", "vendor late"),
        .cannotRepairInTime: ("无法及时修复", "cannot repair in time"), .notified: ("已通知", "notified"),
        .substitute: ("替代设备", "substitute device"), .substituteReturned: ("替代设备归还", "substitute returned"),
        .prioritySet: ("调整优先级", "priority set"), .repaired: ("维修完成", "repaired"), .returned: ("科室签收", "signed back"),
        .closed: ("关闭", "closed"), .deferred: ("暂缓", "deferred"), .refused: ("拒修", "refused"), .cancelled: ("撤销", "cancelled"),
        .proposedForScrap: ("拟报废", "proposed for scrapping"),
    ]
}
