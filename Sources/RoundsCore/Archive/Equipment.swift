import Foundation

/// The registry status of a device (R7).
///
/// Under repair and off-site repair are states of a repair ticket, not of the registry: a device
/// under repair is still tracked for inspections and uptime (CONTRACT "Which inspections are due").
public enum EquipmentStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case inService = "in-service"
    case standby
    case stopped
    case awaitingScrap = "awaiting-scrap"
    case scrapped

    /// Tracked devices have inspection rounds and count in the intact rate: all but stopped,
    /// awaiting scrapping and scrapped (CONTRACT).
    public var isTracked: Bool { self == .inService || self == .standby }

    /// Accepts the CSV forms: `in-service`, `standby`, `stopped`, `scrapped`, `awaiting-scrap`, and
    /// the Chinese 在用, 备用, 停用, 待报废, 报废 / 已报废.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "in-service", "in service", "inservice", "在用": self = .inService
        case "standby", "备用": self = .standby
        case "stopped", "停用": self = .stopped
        case "awaiting-scrap", "待报废": self = .awaitingScrap
        case "scrapped", "报废", "已报废": self = .scrapped
        default: return nil
        }
    }
}

/// One device of the equipment archive (设备档案), with the fields of R6.
public struct Equipment: Hashable, Sendable, Codable {
    /// Unique asset number (资产编号), e.g. `ICU-V01`.
    public var tag: String
    public var name: String
    public var nameEN: String
    /// Department code.
    public var department: String
    public var category: String
    /// 生命支持类.
    public var lifeSupport: Bool
    /// 急救类.
    public var emergency: Bool
    /// 射线装置.
    public var radiation: Bool
    public var manufacturer: String
    public var model: String
    public var serial: String
    /// The day the device entered service (启用日期).
    public var inService: Day
    public var status: EquipmentStatus
    public var warrantyUntil: Day?
    /// Login of the custodian (保管人).
    public var custodian: String
    /// Room or place (存放地点); round mode walks devices in this order.
    public var location: String
    /// Supplier (供应商), who sold the device; not always its manufacturer (R6).
    public var supplier: String
    /// Purchase value (购置金额) in integer fen (分), exact: ``Money`` reads and writes it as yuan
    /// with two decimals. nil = not recorded (R6).
    public var purchaseValueFen: Int?
    /// The day the device's service life ends (使用年限截止), after which scrapping is considered (R6).
    public var serviceLifeEnd: Day?
    /// Login of the designated maintenance person (维护责任人), an engineer (R6).
    public var maintainer: String
    /// The other R6 flags: rescue, key, large, valuable, specialty, vendor-serviced.
    public var flags: ArchiveFlags

    public init(tag: String, name: String, nameEN: String = "", department: String, category: String = "",
                lifeSupport: Bool = false, emergency: Bool = false, radiation: Bool = false,
                manufacturer: String = "", model: String = "", serial: String = "", inService: Day,
                status: EquipmentStatus = .inService, warrantyUntil: Day? = nil, custodian: String = "",
                location: String = "", supplier: String = "", purchaseValueFen: Int? = nil,
                serviceLifeEnd: Day? = nil, maintainer: String = "", flags: ArchiveFlags = ArchiveFlags()) {
        self.tag = tag; self.name = name; self.nameEN = nameEN; self.department = department
        self.category = category; self.lifeSupport = lifeSupport; self.emergency = emergency
        self.radiation = radiation; self.manufacturer = manufacturer; self.model = model
        self.serial = serial; self.inService = inService; self.status = status
        self.warrantyUntil = warrantyUntil; self.custodian = custodian; self.location = location
        self.supplier = supplier; self.purchaseValueFen = purchaseValueFen; self.serviceLifeEnd = serviceLifeEnd
        self.maintainer = maintainer; self.flags = flags
    }

    public func displayName(english: Bool) -> String { english && !nameEN.isEmpty ? nameEN : name }
}
