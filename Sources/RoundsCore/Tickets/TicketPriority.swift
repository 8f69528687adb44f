/// How urgently a repair is handled (R104; R52 puts key equipment of a key department on top).
///
/// The default for a new request comes from the device: emergency for key equipment of a key
/// department (a life-support or emergency-class device in a key department, IMR 3.4b), routine
/// otherwise. The equipment department may override it (`TicketStep.prioritySet`). Sorting puts the
/// most urgent first.
///
/// ```swift
/// TicketPriority.standard(for: ventilator, departmentIsKey: true)   // .emergency
/// TicketPriority.standard(for: ventilator, departmentIsKey: false)  // .routine
/// [.routine, .emergency].sorted()                                  // [.emergency, .routine]
/// ```
public enum TicketPriority: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case emergency
    case urgent
    case routine
    /// Low priority, may wait; beyond `TicketRules.deferralLimitDays` it needs the head's approval (R104).
    case deferred

    /// The default priority of a new request for a device (R52, R104).
    public static func standard(for device: Equipment, departmentIsKey: Bool) -> TicketPriority {
        departmentIsKey && (device.lifeSupport || device.emergency) ? .emergency : .routine
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: TicketPriority, b: TicketPriority) -> Bool { a.rank < b.rank }
}
