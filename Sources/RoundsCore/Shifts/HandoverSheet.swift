/// A shift handover sheet (交接班记录, R25, IMR 2.1), built from the records, never typed.
///
/// It holds facts, not words: device names in both languages, states as codes, times as instants,
/// free text as typed. The screen, the printout and the CSV render the same facts in Chinese or
/// English, and the store keeps the sheet exactly as it was signed (JSON of this value).
///
/// ```swift
/// let sheet = HandoverSheet.build(department: icu, shift: slot, at: now, calendar: cal, devices: fleet,
///                                 checks: today, tickets: open, hazards: unresolved, problems: raised,
///                                 missingYesterday: [], note: "")
/// sheet.pending.count        // devices not yet checked today
/// ```
public struct HandoverSheet: Hashable, Sendable, Codable {
    /// One device's daily check today: the latest record, or pending.
    public struct CheckLine: Hashable, Sendable, Codable {
        public enum Result: String, Hashable, Sendable, Codable { case ok, problem, pending }
        public var device: String
        public var name: String
        public var nameEN: String
        public var location: String
        public var result: Result
        public var at: Instant?
        public var by: String
        public var note: String

        public init(device: String, name: String, nameEN: String, location: String, result: Result,
                    at: Instant? = nil, by: String = "", note: String = "") {
            self.device = device; self.name = name; self.nameEN = nameEN; self.location = location
            self.result = result; self.at = at; self.by = by; self.note = note
        }

        public func displayName(english: Bool) -> String { english && !nameEN.isEmpty ? nameEN : name }
    }

    /// A device down now (an open ticket with the device out of service) and what stands in for it.
    public struct DownLine: Hashable, Sendable, Codable {
        public var device: String
        public var name: String
        public var nameEN: String
        public var ticket: String
        public var since: Instant?
        public var substitutes: [String]

        public init(device: String, name: String, nameEN: String, ticket: String, since: Instant?, substitutes: [String]) {
            self.device = device; self.name = name; self.nameEN = nameEN; self.ticket = ticket; self.since = since
            self.substitutes = substitutes
        }

        public func displayName(english: Bool) -> String { english && !nameEN.isEmpty ? nameEN : name }
    }

    /// An open repair ticket of a device of the department.
    public struct TicketLine: Hashable, Sendable, Codable {
        public var number: String
        public var device: String
        public var state: TicketState
        public var fault: String
        public var outOfService: Bool

        public init(number: String, device: String, state: TicketState, fault: String, outOfService: Bool) {
            self.number = number; self.device = device; self.state = state; self.fault = fault; self.outOfService = outOfService
        }
    }

    /// A hazard found on a round and not yet resolved or converted (R16), with its state.
    public struct HazardLine: Hashable, Sendable, Codable {
        public var device: String
        public var note: String
        public var at: Instant
        public var by: String
        /// Open or assigned; nil in sheets signed before hazards had a life cycle (read as open).
        public var state: HazardState?

        public init(device: String, note: String, at: Instant, by: String, state: HazardState? = .open) {
            self.device = device; self.note = note; self.at = at; self.by = by; self.state = state
        }
    }

    /// A problem found on a daily check today, with its focused inspection (R24).
    public struct ProblemLine: Hashable, Sendable, Codable {
        public var id: Int64
        public var device: String
        public var note: String
        public var raisedAt: Instant
        public var ticket: String
        public var acknowledgedAt: Instant?
        public var acknowledgedBy: String

        public init(id: Int64, device: String, note: String, raisedAt: Instant, ticket: String,
                    acknowledgedAt: Instant? = nil, acknowledgedBy: String = "") {
            self.id = id; self.device = device; self.note = note; self.raisedAt = raisedAt; self.ticket = ticket
            self.acknowledgedAt = acknowledgedAt; self.acknowledgedBy = acknowledgedBy
        }
    }

    public var department: String
    public var departmentName: String
    public var departmentNameEN: String
    public var isKey: Bool
    public var shift: ShiftSlot
    /// The local day whose daily checks the sheet shows (the day the sheet was built).
    public var day: Day
    public var builtAt: Instant
    public var checks: [CheckLine]
    public var down: [DownLine]
    public var openTickets: [TicketLine]
    public var hazards: [HazardLine]
    public var problems: [ProblemLine]
    /// Devices whose daily check of the previous day is missing (flagged this morning, R23).
    public var missingYesterday: [String]
    public var note: String

    public var done: [CheckLine] { checks.filter { $0.result != .pending } }
    public var pending: [CheckLine] { checks.filter { $0.result == .pending } }

    public func departmentDisplayName(english: Bool) -> String {
        english && !departmentNameEN.isEmpty ? departmentNameEN : departmentName
    }

    public init(department: String, departmentName: String, departmentNameEN: String, isKey: Bool, shift: ShiftSlot,
                day: Day, builtAt: Instant, checks: [CheckLine], down: [DownLine], openTickets: [TicketLine],
                hazards: [HazardLine], problems: [ProblemLine], missingYesterday: [String], note: String) {
        self.department = department; self.departmentName = departmentName; self.departmentNameEN = departmentNameEN
        self.isKey = isKey; self.shift = shift; self.day = day; self.builtAt = builtAt; self.checks = checks
        self.down = down; self.openTickets = openTickets; self.hazards = hazards; self.problems = problems
        self.missingYesterday = missingYesterday; self.note = note
    }

    /// A daily check as the sheet needs it.
    public struct CheckRecord: Hashable, Sendable {
        public var device: String
        public var problem: Bool
        public var at: Instant
        public var by: String
        public var note: String
        public init(device: String, problem: Bool, at: Instant, by: String, note: String = "") {
            self.device = device; self.problem = problem; self.at = at; self.by = by; self.note = note
        }
    }

    /// Builds the sheet of `department` for `shift` at `at` from records; pure.
    ///
    /// - `devices`: the department's devices; those in service owe a daily check and are listed.
    /// - `checks`: daily checks of the department's devices; only those on the local day of `at`
    ///   and not after `at` count, the latest per device wins.
    /// - `tickets`: tickets of the department's devices (as of `at`); those not yet signed back are
    ///   listed, and those with the device out of service make it "down", with its active substitutes.
    /// - `hazards`: kept when found by `at` and not resolved or converted, however old (R16).
    /// - `problems`: kept when raised today.
    public static func build(department: Department, shift: ShiftSlot, at: Instant, calendar: FacilityCalendar,
                             devices: [Equipment], checks: [CheckRecord], tickets: [Ticket], hazards: [HazardLine],
                             problems: [ProblemLine], missingYesterday: [String], note: String) -> HandoverSheet {
        let day = calendar.day(of: at)
        var latest: [String: CheckRecord] = [:]
        for c in checks where c.at <= at && calendar.day(of: c.at) == day {
            if let old = latest[c.device], old.at > c.at { continue }
            latest[c.device] = c
        }
        let owed = devices.filter { $0.department == department.code && $0.status == .inService }
            .sorted { ($0.location, $0.tag) < ($1.location, $1.tag) }
        let lines = owed.map { d -> CheckLine in
            guard let c = latest[d.tag] else {
                return CheckLine(device: d.tag, name: d.name, nameEN: d.nameEN, location: d.location, result: .pending)
            }
            return CheckLine(device: d.tag, name: d.name, nameEN: d.nameEN, location: d.location,
                             result: c.problem ? .problem : .ok, at: c.at, by: c.by, note: c.note)
        }
        let byTag = Dictionary(devices.map { ($0.tag, $0) }, uniquingKeysWith: { a, _ in a })
        let open = tickets.map { $0.asOf(at) }.filter { !$0.events.isEmpty && $0.state.deviceAwaitsRepair && byTag[$0.device] != nil }
            .sorted { $0.number < $1.number }
        let down = open.filter(\.outOfService).map { t in
            DownLine(device: t.device, name: byTag[t.device]?.name ?? "", nameEN: byTag[t.device]?.nameEN ?? "",
                     ticket: t.number.description, since: t.openedAt, substitutes: t.activeSubstitutes)
        }
        let ticketLines = open.map {
            TicketLine(number: $0.number.description, device: $0.device, state: $0.state, fault: $0.fault, outOfService: $0.outOfService)
        }
        let openHazards = hazards.filter { $0.at <= at && !($0.state?.isClosed ?? false) && byTag[$0.device] != nil }
            .sorted { ($0.at, $0.device) < ($1.at, $1.device) }
        let todayProblems = problems.filter { $0.raisedAt <= at && calendar.day(of: $0.raisedAt) == day && byTag[$0.device] != nil }
            .map { p -> ProblemLine in
                var p = p
                if let a = p.acknowledgedAt, a > at { p.acknowledgedAt = nil; p.acknowledgedBy = "" }
                return p
            }
            .sorted { ($0.raisedAt, $0.id) < ($1.raisedAt, $1.id) }
        return HandoverSheet(department: department.code, departmentName: department.name, departmentNameEN: department.nameEN,
                             isKey: department.isKey, shift: shift, day: day, builtAt: at, checks: lines, down: down,
                             openTickets: ticketLines, hazards: openHazards, problems: todayProblems,
                             missingYesterday: missingYesterday.sorted(), note: note)
    }
}

