/// The facts about the world a ticket's rules need, supplied by the caller (the store): the device,
/// its department, the people who sign, and the configurable rules. The core never looks anything up.
///
/// Large and valuable (R47) and key equipment are R6 flags of the archive (``ArchiveFlags``): the
/// device's own flags count, and `isLarge`, `isValuable` and `keyEquipmentFlag` can add to them (a
/// caller that knows more, or a test). A device is key equipment when flagged 关键设备 or when it is
/// of the life-support or emergency class in a key department (IMR 1.1, 3.4b), unless
/// `keyEquipmentFlag` says otherwise.
///
/// ```swift
/// let ctx = TicketContext(device: ventilator, departmentIsKey: true,
///                         people: [head, engineer, nurse], openTicketsOfDevice: [])
/// ctx.isKeyEquipment        // true for a ventilator in the ICU
/// ```
public struct TicketContext: Sendable {
    public var device: Equipment
    /// The device's department is a key department (R11).
    public var departmentIsKey: Bool
    /// 大型设备 (R6, R47), besides the device's own flag.
    public var isLarge: Bool
    /// 贵重设备 (R6, R47), besides the device's own flag.
    public var isValuable: Bool
    /// The R6 key-equipment flag when the archive has one; nil = derive it.
    public var keyEquipmentFlag: Bool?
    /// Everyone who may sign, by login.
    public var people: [String: Person]
    public var rules: TicketRules
    public var calendar: FacilityCalendar
    /// Other tickets of this device that are still awaiting repair (R103; see `OpenTicketLink`).
    public var openTicketsOfDevice: [TicketNumber]
    /// When the device last passed an acceptance test (R78), if ever.
    public var lastPassedAcceptanceTest: Instant?

    public init(device: Equipment, departmentIsKey: Bool, isLarge: Bool = false, isValuable: Bool = false,
                keyEquipmentFlag: Bool? = nil, people: [Person], rules: TicketRules = .standard,
                calendar: FacilityCalendar = .shanghai, openTicketsOfDevice: [TicketNumber] = [],
                lastPassedAcceptanceTest: Instant? = nil) {
        self.device = device; self.departmentIsKey = departmentIsKey; self.isLarge = isLarge
        self.isValuable = isValuable; self.keyEquipmentFlag = keyEquipmentFlag
        self.people = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { _, last in last })
        self.rules = rules; self.calendar = calendar; self.openTicketsOfDevice = openTicketsOfDevice
        self.lastPassedAcceptanceTest = lastPassedAcceptanceTest
    }

    /// Key equipment of a key department (关键设备, IMR 3.4b): R52 top priority, R53 duties.
    public var isKeyEquipment: Bool {
        keyEquipmentFlag ?? (device.flags.key || (departmentIsKey && (device.lifeSupport || device.emergency)))
    }

    /// R47: the damage-by-fault question is mandatory and "undetermined" is not accepted.
    public var damageQuestionMandatory: Bool {
        isLarge || isValuable || device.flags.mandatesDamageAnswer || aboveValueThreshold
    }

    /// R47's "above a configurable value threshold": the purchase value reaches `rules.valuableThresholdFen`.
    public var aboveValueThreshold: Bool {
        guard let limit = rules.valuableThresholdFen, let value = device.purchaseValueFen else { return false }
        return value >= limit
    }

    /// The default priority of a new request for this device (R52, R104).
    public var defaultPriority: TicketPriority {
        isKeyEquipment ? .emergency : .routine
    }

    /// The device's warranty covers a request made at `instant` (warranty end on or after its day, R44).
    public func underWarranty(at instant: Instant) -> Bool {
        guard let until = device.warrantyUntil else { return false }
        return calendar.day(of: instant) <= until
    }

    public func person(_ login: String) -> Person? { people[login] }
}
