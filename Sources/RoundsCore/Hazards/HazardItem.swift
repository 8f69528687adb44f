/// A hidden hazard (隐患) found on a round, with its steps: the pure rules of R16.
///
/// The state, the assignee and the closing are read from the steps in order; the age counts local
/// days in the facility's calendar, the way every other day count of the program does:
///
/// ```swift
/// // Found on 2026-03-10 at 10:00, still open as of 2026-03-14: 4 days old, over the 3-day limit.
/// hazard.ageDays(asOf: at("2026-03-14T09:00"), calendar: cal)                      // 4
/// hazard.isOverdue(asOf: at("2026-03-14T09:00"), calendar: cal, rules: .standard) // true
/// ```
public struct HazardItem: Hashable, Sendable {
    public var id: Int64
    public var device: String
    public var department: String
    public var note: String
    /// When it was found (the inspection's time of work), and by whom.
    public var foundAt: Instant
    public var foundBy: String
    /// Its steps, oldest first.
    public var events: [HazardEvent]

    public init(id: Int64, device: String, department: String, note: String, foundAt: Instant, foundBy: String,
                events: [HazardEvent] = []) {
        self.id = id; self.device = device; self.department = department; self.note = note
        self.foundAt = foundAt; self.foundBy = foundBy; self.events = events
    }

    /// The state after the last step.
    public var state: HazardState {
        switch events.last?.step {
        case nil: return .open
        case .assigned: return .assigned
        case .resolved: return .resolved
        case .converted: return .converted
        }
    }

    /// The engineer of the latest assignment ("" when never assigned).
    public var assignee: String {
        for e in events.reversed() { if case .assigned(let to) = e.step { return to } }
        return ""
    }

    /// The step that closed it (resolved or converted), if any.
    public var closing: HazardEvent? { events.last.flatMap { state.isClosed ? $0 : nil } }

    /// What was done, for a resolved hazard ("" otherwise).
    public var action: String {
        if case .resolved(let action)? = closing?.step { return action }
        return ""
    }

    /// The repair ticket a converted hazard became.
    public var ticket: TicketNumber? {
        if case .converted(let number)? = closing?.step { return number }
        return nil
    }

    /// The hazard as it stood at `instant`: the steps done after it are left out.
    public func asOf(_ instant: Instant) -> HazardItem {
        var h = self
        h.events = events.filter { $0.at <= instant }
        return h
    }

    /// Local days from the day it was found to the day of `asOf` — or to the day it was closed, when
    /// it was closed by then: found Monday, still open Thursday → 3.
    public func ageDays(asOf: Instant, calendar: FacilityCalendar) -> Int {
        let end = self.asOf(asOf).closing?.at ?? asOf
        return max(0, calendar.day(of: foundAt).days(until: calendar.day(of: end)))
    }

    /// Still open (not resolved or converted) at `asOf` and older than `rules.openDays` days (R16).
    public func isOverdue(asOf: Instant, calendar: FacilityCalendar, rules: HazardRules) -> Bool {
        !self.asOf(asOf).state.isClosed && ageDays(asOf: asOf, calendar: calendar) > rules.openDays
    }
}
