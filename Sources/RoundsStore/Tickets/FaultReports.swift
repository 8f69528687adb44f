import GRDB
import RoundsCore

/// What reporting a fault did: a new ticket, or a report added to the device's open one (R103).
public struct FaultReport: Sendable, Equatable {
    public var number: TicketNumber
    /// True when the fault was added to an existing open ticket instead of opening a parallel one.
    public var linked: Bool
}

extension Recorder {
    /// Reports a fault of a device: opens a repair request (R36), or, when the device already has an
    /// open ticket, adds the report to it rather than opening a parallel one (R103). `parallel`
    /// overrides that and opens a new ticket that names the open one.
    @discardableResult
    public func reportFault(device: String, fault: String, at when: Instant, by: String, source: RequestSource,
                            outOfService: Bool = true, damageByFault: DamageByFault? = nil, parallel: Bool = false,
                            calendar: FacilityCalendar, rules: TicketRules? = nil) throws -> FaultReport {
        let context = try ticketContext(device: device, rules: rules, calendar: calendar)
        if context.device.status == .scrapped { throw StoreError.refused("R8", en: "device \(device) is scrapped: it takes no repair requests", zh: "设备 \(device) 已报废，不再接受报修") }
        let open = try context.openTicketsOfDevice.compactMap { try loadTicket($0) }
        let target = OpenTicketLink.target(forDevice: device, among: open)?.number
        if let existing = target, !parallel {
            try recordTicketStep(existing, TicketEvent(at: when, by: by, step: .additionalReport(fault: fault)), calendar: calendar, rules: rules)
            return FaultReport(number: existing, linked: true)
        }
        let request = TicketEvent(at: when, by: by, step: .opened(device: device, fault: fault, outOfService: outOfService,
                                                                  damageByFault: damageByFault, priority: context.defaultPriority,
                                                                  source: source, linkedTo: parallel ? target : nil))
        return FaultReport(number: try openTicket(request, calendar: calendar, rules: rules).number, linked: false)
    }
}
