import Foundation
@testable import RoundsCore

/// Tickets and devices for the KPI tests, built straight from events (`Ticket(number:events:)`, no
/// guards: the KPIs read whatever was stored). Times are Shanghai local `YYYY-MM-DDTHH:MM[:SS]`.
enum KPIFixture {
    static let cal = FacilityCalendar.shanghai

    /// A ticket of `device` requested at `r`, then the given steps (time, step) in order.
    static func ticket(_ seq: Int, _ device: String, _ r: String, outOfService: Bool = true,
                       _ steps: [(String, TicketStep)] = []) -> Ticket {
        let opened = TicketEvent(at: at(r), by: "nurse", step: .opened(device: device, fault: "故障 fault", outOfService: outOfService))
        return Ticket(number: TicketNumber(year: 2026, sequence: seq),
                      events: [opened] + steps.map { TicketEvent(at: at($0.0), by: "eng", step: $0.1) })
    }

    /// The main line: requested r, started s, repaired e, signed back a (each optional from the right).
    static func repair(_ seq: Int, _ device: String, r: String, s: String? = nil, e: String? = nil, a: String? = nil,
                       outOfService: Bool = true) -> Ticket {
        var steps: [(String, TicketStep)] = []
        if let s { steps.append((s, .started)) }
        if let e { steps.append((e, .repaired(work: "更换 replaced", cause: .component))) }
        if let a { steps.append((a, .returned(recipient: "nurse"))) }
        return ticket(seq, device, r, outOfService: outOfService, steps)
    }

    /// Devices (tag, department) in service since 2025-01-01, with the failure downtime of their
    /// tickets as the store builds it (`Store.exposures`: each ticket as of `now`).
    static func exposures(_ devices: [(String, String)], tickets: [Ticket], now: String, tracked: Set<String>? = nil) -> [DeviceExposure] {
        devices.map { tag, dept in
            DeviceExposure(device: tag, department: dept, inService: d("2025-01-01"), isTracked: tracked?.contains(tag) ?? true,
                           downtime: tickets.filter { $0.device == tag }.compactMap { $0.asOf(at(now)).downtime })
        }
    }

    /// March 2026 (744 h), as of `now`.
    static func march(_ tickets: [Ticket], devices: [(String, String)], now: String = "2026-04-01T00:00",
                      repeatWindowDays: Int = 30, delinquentDays: Int = 30, tracked: Set<String>? = nil) -> RepairKPIs {
        RepairKPIs.compute(tickets: tickets, exposures: exposures(devices, tickets: tickets, now: now, tracked: tracked),
                           from: d("2026-03-01"), to: d("2026-03-31"), now: at(now), calendar: cal,
                           repeatWindowDays: repeatWindowDays, delinquentDays: delinquentDays)
    }
}

/// `x` to six decimals, for comparing computed hours with the hand arithmetic.
func places6(_ x: Double?) -> String { x.map { String(format: "%.6f", $0) } ?? "nil" }
