import RoundsCore
import RoundsStore

/// The fields of a device as (label, value) rows, in the order the archive shows them (R6).
public enum DeviceFields {
    /// - Parameters:
    ///   - department: the device's department record, to show its name beside the code.
    ///   - custodian: the custodian's person record, to show the name beside the login.
    public static func rows(_ e: Equipment, strings s: Strings, department: Department? = nil, custodian: Person? = nil) -> [[String]] {
        let dept = department.map { "\(e.department) \($0.displayName(english: !s.isChinese))" } ?? e.department
        let keeper = custodian.map { "\($0.name) (\($0.login))" } ?? e.custodian
        return [[s.t(.fTag), e.tag],
         [s.t(.fName), e.name],
         [s.t(.fNameEN), e.nameEN],
         [s.t(.fDepartment), dept],
         [s.t(.fCategory), DeviceCategory.name(of: e.category, chinese: s.isChinese)],
         [s.t(.fLifeSupport), s.yesNo(e.lifeSupport)],
         [s.t(.fEmergency), s.yesNo(e.emergency)],
         [s.t(.fRadiation), s.yesNo(e.radiation)],
         [s.t(.fManufacturer), e.manufacturer],
         [s.t(.fModel), e.model],
         [s.t(.fSerial), e.serial],
         [s.t(.fInService), e.inService.description],
         [s.t(.fStatus), s.statusTag(e.status) + " " + s.status(e.status)],
         [s.t(.fWarranty), e.warrantyUntil?.description ?? s.t(.none)],
         [s.t(.fCustodian), keeper],
         [s.t(.fLocation), e.location],
         [s.t(.fSupplier), e.supplier],
         [s.t(.fPurchaseValue), e.purchaseValueFen.map(Money.yuan) ?? s.t(.none)],
         [s.t(.fServiceLifeEnd), e.serviceLifeEnd?.description ?? s.t(.none)],
         [s.t(.fMaintainer), e.maintainer]]
            + ArchiveFlag.all.map { [s.isChinese ? $0.chinese : $0.english, s.yesNo(e.flags[keyPath: $0.path])] }
    }
}

extension Strings {
    /// The audit action of a history line in words: insert → 建档 / created, update → 修改 / changed.
    public func historyAction(_ action: String) -> String {
        switch action {
        case "insert": return t(.actionCreated)
        case "update": return t(.actionChanged)
        case "correct": return t(.actionCorrected)
        default: return action
        }
    }

    /// A history line's detail in words: a new record shows its status in this language.
    public func historyDetail(_ h: HistoryEntry) -> String {
        if h.action == "insert", let st = EquipmentStatus(rawValue: h.detail) { return status(st) }
        return h.detail
    }
}
