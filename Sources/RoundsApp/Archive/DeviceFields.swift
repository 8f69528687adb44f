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
            + [[s.t(.fFlags), flagsText(e.flags, strings: s)]]
    }
}

extension DeviceFields {
    /// The R6 flags that are set, in one line (大型设备、贵重设备 / Large equipment, Valuable
    /// equipment), or "none": six yes/no rows would push the history off an 80x24 screen.
    static func flagsText(_ flags: ArchiveFlags, strings s: Strings) -> String {
        let set = ArchiveFlag.all.filter { flags[keyPath: $0.path] }.map { s.isChinese ? $0.chinese : $0.english }
        return set.isEmpty ? s.t(.none) : set.joined(separator: s.isChinese ? "、" : ", ")
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
