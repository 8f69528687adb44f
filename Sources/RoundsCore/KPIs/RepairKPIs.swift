/// One line of the repair KPIs (R97): the fleet, a department or a device.
///
/// Every number carries what it was divided from (R120): `KPIFraction` keeps numerator and
/// denominator, `DurationStats` keeps each ticket's duration (mean = total / count), `MTBF` keeps
/// exposure, downtime and n. See `RepairKPIs` for the definitions.
public struct RepairKPILine: Hashable, Sendable {
    public enum Level: String, Hashable, Sendable { case fleet, department, device }

    public var level: Level
    /// The device tag, the department code, or `RepairKPILine.fleetKey`.
    public var key: String
    /// The department code ("" on the fleet line).
    public var department: String
    /// n: tickets requested in the period and not cancelled.
    public var failures: Int
    /// Tickets requested in the period and cancelled (duplicate, false report or other, R101): listed
    /// so the count can be reconciled with the ticket list, never counted as failures.
    public var cancelled: Int
    /// Repeated failures / failures.
    public var repeatedFailures: KPIFraction
    /// s − r of the failures whose repair has begun.
    public var responseTime: DurationStats
    /// e − s of the failures repaired.
    public var repairTime: DurationStats
    /// a − r of the failures signed back (R42).
    public var downtimePerTicket: DurationStats
    public var mtbf: MTBF
    /// Tickets open at `now` and older than the limit / tickets open at `now`.
    public var delinquent: KPIFraction

    /// The key of the fleet line.
    public static let fleetKey = "fleet"

    /// MTTR on the downtime basis, Σ(a − r) / n: the mean downtime per ticket.
    public var mttrDowntime: MTTR { MTTR(basis: .downtime, durations: downtimePerTicket) }
    /// MTTR on the hands-on basis, Σ(e − s) / n: the mean repair time.
    public var mttrHandsOn: MTTR { MTTR(basis: .handsOn, durations: repairTime) }
    public func mttr(_ basis: MTTRBasis) -> MTTR { basis == .downtime ? mttrDowntime : mttrHandsOn }
}

/// A ticket open longer than the delinquency limit (WHO 5.4.5 "delinquent work orders", R97).
public struct DelinquentTicket: Hashable, Sendable {
    public var number: TicketNumber
    public var device: String
    public var department: String
    public var openedAt: Instant
    public var state: TicketState
    /// Whole days from the request to `now` (rounded down).
    public var ageDays: Int
}

/// Repair KPIs (维修指标) for a period: R97 and WHO 5.4.5, with the formulas of DOMAIN §4.6.
///
/// ## Which tickets count
///
/// The window is the local days `from`…`to`: [start of `from`, start of the day after `to`). Each ticket
/// is read as it stood at `now` (`Ticket.asOf`): steps after `now` do not exist yet, and a ticket
/// requested after `now` does not exist at all. A ticket belongs to the device it names and to that
/// device's department as given by `exposures` (the current register); tickets of devices missing from
/// `exposures` are left out, which is how a caller restricts the report to one department.
///
/// With r = request (the ticket's first event), s = start of repair (the first `started` or
/// `sent-off-site`, whichever is earlier: off-site repair begins when the device leaves), e = the repair
/// record (`repaired`, R40) and a = the department's sign-off (`returned`, R42):
///
/// - **Failures** n = tickets with r in the window and not cancelled as of `now`. A cancelled ticket is a
///   duplicate, a false report or withdrawn for another stated reason (R101): in every case no device
///   failure was confirmed, so none counts; they are shown as `cancelled`. Refused and deferred tickets
///   do count (the failure was real; the repair was declined or postponed), and so does a parallel
///   request opened on purpose beside an open ticket (R103 override): it reports another fault. A
///   failure counts whether or not the device was taken out of service.
/// - **Repeated failure**: a failure F of a device is repeated when its previous failure P — the latest
///   not-cancelled ticket of the same device requested before F, in or before the window — was signed
///   back at a ≤ r(F) and r(F) − a(P) ≤ `repeatWindowDays` × 24 h. The edge is inclusive: a new request
///   exactly 30 × 24 h after the sign-off is a repeat, one second later is not. If P was never signed
///   back (still open, refused, closed after scrapping) F is not a repeat: the device never came back.
///   Reported as repeats / failures.
/// - **Response time** s − r, **repair time** e − s, **downtime per ticket** a − r (R97's
///   "request → recipient sign-off"): over the failures of the window that have both ends by `now`
///   (cohort by request time), each with count, mean and median in hours. A failure still waiting
///   simply has no value yet; it is never counted as zero.
/// - **MTTR** on both bases (`MTTRBasis`): downtime Σ(a − r)/n and hands-on Σ(e − s)/n, n = the failures
///   measured on that basis.
/// - **MTBF** = (exposure − failure downtime − planned downtime) / n in hours (§4.6 (H − U − S) / n),
///   each exactly as `UptimeCalculator.timeBased` measures it from `exposures` over the same window and
///   `now` — so the downtime is the uptime report's, which also counts the out-of-service time of a
///   ticket later cancelled (CONTRACT), and planned downtime is zero until the store records some.
///   n = the failures on the devices that have exposure; n = 0 → "no failures" (`MTBF.noFailures`),
///   never infinity. A department's and the fleet's MTBF are Σ operating hours / Σ n, not a mean of
///   device MTBFs.
/// - **Delinquent tickets** (WHO: "work orders not completed within 30 days") are a snapshot at `now`,
///   whatever the window: tickets open at `now` (`TicketState.isOpen`: not closed, refused or cancelled)
///   and requested more than `delinquentDays` × 24 h before it (strictly: exactly 30 days old is not yet
///   delinquent). This is the R97 exception of `Ticket.exceptions` (`TicketRules.delinquentDays`), so
///   the KPI and the exception list agree: a work order is completed when it is closed, and a device
///   signed back whose ticket is never closed (e.g. an emergency repair still unjustified, R49) stays
///   delinquent. Reported as delinquent / tickets open at `now`.
///
/// ## Lines
///
/// The fleet line is always there. Department lines: every department with exposure or with a device
/// line, by code. Device lines: only devices with a ticket requested in the window or open at `now`,
/// by tag. Durations in department and fleet lines are pooled over their tickets (so medians
/// are true medians), not averaged over devices.
///
/// ```swift
/// let k = RepairKPIs.compute(tickets: all, exposures: devices, from: Day(2026, 3, 1)!, to: Day(2026, 3, 31)!,
///                            now: cal.endOfDay(Day(2026, 3, 31)!), calendar: cal)
/// k.fleet.failures                         // n
/// k.fleet.responseTime.medianHours         // median s − r
/// k.fleet.mttr(.downtime).hours            // Σ(a − r) / n
/// k.fleet.mtbf.noFailures ? "no failures" : "\(k.fleet.mtbf.hours!) h"
/// k.delinquentTickets.map(\.number)        // oldest first
/// ```
public struct RepairKPIs: Hashable, Sendable {
    public var from: Day
    public var to: Day
    public var now: Instant
    public var repeatWindowDays: Int
    public var delinquentDays: Int
    public var fleet: RepairKPILine
    /// By department code.
    public var departments: [RepairKPILine]
    /// By device tag.
    public var devices: [RepairKPILine]
    /// Oldest request first.
    public var delinquentTickets: [DelinquentTicket]

    /// WHO 5.4.5: work orders not completed within 30 days are delinquent (`TicketRules.delinquentDays`).
    public static let defaultDelinquentDays = TicketRules.standard.delinquentDays
    /// The default window for repeated failures (configurable, R97).
    public static let defaultRepeatWindowDays = 30

    public static func compute(tickets: [Ticket], exposures: [DeviceExposure], from: Day, to: Day, now: Instant,
                               calendar: FacilityCalendar, repeatWindowDays: Int = defaultRepeatWindowDays,
                               delinquentDays: Int = defaultDelinquentDays) -> RepairKPIs {
        let start = calendar.startOfDay(from), end = calendar.startOfDay(to.adding(days: 1))
        var departmentOf: [String: String] = [:]
        for e in exposures where departmentOf[e.device] == nil { departmentOf[e.device] = e.department }

        // Each ticket as of now, measured once.
        let known = tickets.map { $0.asOf(now) }.filter { !$0.events.isEmpty && departmentOf[$0.device] != nil }
        let window = Int64(repeatWindowDays) * 86_400
        let delinquentBefore = now.adding(seconds: -Int64(delinquentDays) * 86_400)
        var measures: [String: [TicketMeasure]] = [:]
        var delinquentTickets: [DelinquentTicket] = []
        for (device, own) in Dictionary(grouping: known, by: \.device) {
            let ordered = own.map { ($0, $0.facts) }.sorted { ($0.1.openedAt, $0.0.number) < ($1.1.openedAt, $1.0.number) }
            var previousFailure: TicketFacts?
            for (ticket, f) in ordered {
                let r = f.openedAt
                let cancelled = f.state == .cancelled
                var m = TicketMeasure(inWindow: start <= r && r < end, cancelled: cancelled)
                if !cancelled, let back = previousFailure?.returnedAt, back <= r, back.seconds(until: r) <= window {
                    m.repeated = true
                }
                if let s = f.repairBegunAt {
                    m.response = max(0, r.seconds(until: s))
                    if let e = f.repair?.at { m.repair = max(0, s.seconds(until: e)) }
                }
                if let a = f.returnedAt { m.downtime = max(0, r.seconds(until: a)) }
                m.open = f.state.isOpen
                m.delinquent = m.open && r < delinquentBefore
                if m.delinquent {
                    delinquentTickets.append(DelinquentTicket(number: ticket.number, device: device, department: departmentOf[device]!,
                                                              openedAt: r, state: f.state, ageDays: Int(r.seconds(until: now) / 86_400)))
                }
                if !cancelled { previousFailure = f }
                measures[device, default: []].append(m)
            }
        }
        delinquentTickets.sort { ($0.openedAt, $0.number) < ($1.openedAt, $1.number) }

        // Exposure and failure downtime: the time-based intact rate's own numbers.
        let uptime = UptimeCalculator.timeBased(from: from, to: to, now: now, calendar: calendar, devices: exposures)
        var mtbfOf: [String: MTBF] = [:]
        for u in uptime.devices {
            let n = (measures[u.key] ?? []).filter(\.isFailure).count
            mtbfOf[u.key] = MTBF(exposureSeconds: u.exposureSeconds, downtimeSeconds: u.downtimeSeconds,
                                 plannedSeconds: u.plannedSeconds, failures: n)
        }

        let shownDevices = measures.filter { $0.value.contains { $0.inWindow || $0.open } }.keys.sorted()
        let deviceLines = shownDevices.map { tag in
            line(.device, key: tag, department: departmentOf[tag]!, measures[tag]!, mtbf: mtbfOf[tag] ?? .zero)
        }
        let departmentCodes = Set(uptime.devices.map(\.department)).union(shownDevices.map { departmentOf[$0]! }).sorted()
        let departmentLines = departmentCodes.map { code in
            let tags = departmentOf.filter { $0.value == code }.keys
            return line(.department, key: code, department: code, tags.flatMap { measures[$0] ?? [] },
                        mtbf: tags.reduce(MTBF.zero) { $0 + (mtbfOf[$1] ?? .zero) })
        }
        let fleet = line(.fleet, key: RepairKPILine.fleetKey, department: "", measures.values.flatMap { $0 },
                         mtbf: mtbfOf.values.reduce(MTBF.zero, +))
        return RepairKPIs(from: from, to: to, now: now, repeatWindowDays: repeatWindowDays, delinquentDays: delinquentDays,
                          fleet: fleet, departments: departmentLines, devices: deviceLines, delinquentTickets: delinquentTickets)
    }

    static func line(_ level: RepairKPILine.Level, key: String, department: String, _ ms: [TicketMeasure],
                     mtbf: MTBF) -> RepairKPILine {
        let failures = ms.filter(\.isFailure)
        return RepairKPILine(level: level, key: key, department: department, failures: failures.count,
                             cancelled: ms.filter { $0.inWindow && $0.cancelled }.count,
                             repeatedFailures: KPIFraction(numerator: failures.filter(\.repeated).count, denominator: failures.count),
                             responseTime: DurationStats(seconds: failures.compactMap(\.response)),
                             repairTime: DurationStats(seconds: failures.compactMap(\.repair)),
                             downtimePerTicket: DurationStats(seconds: failures.compactMap(\.downtime)),
                             mtbf: mtbf,
                             delinquent: KPIFraction(numerator: ms.filter(\.delinquent).count,
                                                     denominator: ms.filter(\.open).count))
    }
}

/// What one ticket contributes to the KPIs (durations in seconds; nil = that end not reached by now).
struct TicketMeasure: Hashable, Sendable {
    var inWindow: Bool
    var cancelled: Bool
    var repeated = false
    var response: Int64?
    var repair: Int64?
    var downtime: Int64?
    var open = false
    var delinquent = false

    init(inWindow: Bool, cancelled: Bool) { self.inWindow = inWindow; self.cancelled = cancelled }

    /// A failure of the window: requested in it and not cancelled.
    var isFailure: Bool { inWindow && !cancelled }
}
