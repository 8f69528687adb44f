/// The R6 flags of a device beyond the three that decide inspection rounds (life support,
/// emergency, radiation): 抢救设备, 关键设备, 大型设备, 贵重设备, 专科设备, 厂家/维修站保修.
///
/// Each flag has one entry in ``ArchiveFlag/all``: its column (the CSV's and the store's), its
/// Chinese ledger header and its English label, so the importer, the exports and the device screen
/// list the same flags in the same order without repeating them.
///
/// ```swift
/// var f = ArchiveFlags(); f.large = true
/// f.mandatesDamageAnswer        // true: R47
/// ArchiveFlag.all.map(\.column) // ["rescue", "key_equipment", "large", …]
/// ```
public struct ArchiveFlags: Hashable, Sendable, Codable {
    /// 抢救设备: equipment kept ready for resuscitation.
    public var rescue = false
    /// 关键设备: key equipment (IMR 3.4b). Set, it makes the device key equipment even outside a
    /// key department; unset, a life-support or emergency device of a key department is still key.
    public var key = false
    /// 大型设备 (R47; licensed large equipment, R65).
    public var large = false
    /// 贵重设备 (R47).
    public var valuable = false
    /// 专科设备: equipment of one specialty.
    public var specialty = false
    /// 厂家/维修站保修: serviced by its maker or an authorised service station.
    public var vendorServiced = false

    public init(rescue: Bool = false, key: Bool = false, large: Bool = false, valuable: Bool = false,
                specialty: Bool = false, vendorServiced: Bool = false) {
        self.rescue = rescue; self.key = key; self.large = large; self.valuable = valuable
        self.specialty = specialty; self.vendorServiced = vendorServiced
    }

    /// R47: on a large or valuable device "damage by fault?" must be answered yes or no.
    public var mandatesDamageAnswer: Bool { large || valuable }
}

/// One R6 flag: where it lives and what it is called.
public struct ArchiveFlag: Sendable {
    public let path: WritableKeyPath<ArchiveFlags, Bool> & Sendable
    /// Store and CSV column.
    public let column: String
    /// The header of a hospital's ledger (设备台账).
    public let chinese: String
    public let english: String

    public static let all: [ArchiveFlag] = [
        ArchiveFlag(path: \.rescue, column: "rescue", chinese: "抢救设备", english: "Rescue equipment"),
        ArchiveFlag(path: \.key, column: "key_equipment", chinese: "关键设备", english: "Key equipment"),
        ArchiveFlag(path: \.large, column: "large", chinese: "大型设备", english: "Large equipment"),
        ArchiveFlag(path: \.valuable, column: "valuable", chinese: "贵重设备", english: "Valuable equipment"),
        ArchiveFlag(path: \.specialty, column: "specialty", chinese: "专科设备", english: "Specialty equipment"),
        ArchiveFlag(path: \.vendorServiced, column: "vendor_serviced", chinese: "厂家保修", english: "Vendor-serviced"),
    ]
}
