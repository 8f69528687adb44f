import GRDB
import RoundsCore

extension Recorder {
    /// Records the next step of hazard `id` (R16), checked by ``HazardGuard``, and signs it as `event.by`.
    ///
    /// A conversion is recorded by ``convertHazard(_:at:by:calendar:)``, which opens the ticket first.
    @discardableResult
    public func recordHazardStep(_ id: Int64, _ event: HazardEvent, pin: String? = nil) throws -> HazardItem {
        guard let hazard = try Store.loadHazard(db, id) else { throw StoreError.notFound(en: "no hazard \(id)", zh: "没有隐患 \(id)") }
        var roles: Set<Role>?
        if case .assigned(let to) = event.step {
            roles = try String.fetchOne(db, sql: "SELECT roles FROM people WHERE login = ?", arguments: [to])
                .map { Set($0.split(separator: ";").compactMap { Role(rawValue: String($0)) }) }
        }
        if let problem = HazardGuard.problem(hazard, event, assigneeRoles: roles) { throw StoreError.refused(problem) }
        var values: [String: (any DatabaseValueConvertible)?] = [
            "hazard": id, "device": hazard.device, "step": event.step.kind.rawValue,
            "at": event.at.seconds, "by": event.by, "recorded_at": at.seconds, "recorded_by": actor]
        switch event.step {
        case .assigned(let to): values["to_login"] = to
        case .resolved(let action): values["action"] = action
        case .converted(let ticket): values["ticket"] = ticket.description
        }
        let row = try insert("hazard_events", values)
        try sign("hazard_events", row: row, by: event.by, pin: pin,
                 meaning: event.step.kind == .resolved ? .resolvedHazard : .hazardStep)
        var after = hazard
        after.events.append(event)
        return after
    }

    /// Converts hazard `id` into a repair request for its device (R16, R36): the ticket is opened with
    /// the hazard's note as the fault, from an inspection — or the report joins the device's open
    /// ticket (R103) — and the step keeps the ticket's number.
    @discardableResult
    public func convertHazard(_ id: Int64, at when: Instant, by: String, pin: String? = nil,
                              calendar: FacilityCalendar) throws -> (hazard: HazardItem, fault: FaultReport) {
        guard let hazard = try Store.loadHazard(db, id) else { throw StoreError.notFound(en: "no hazard \(id)", zh: "没有隐患 \(id)") }
        // The rules first, so a closed hazard opens no ticket.
        if let problem = HazardGuard.timingProblem(hazard, at: when) { throw StoreError.refused(problem) }
        let fault = try reportFault(device: hazard.device,
                                    fault: hazard.note.isEmpty ? "隐患转报修 / hidden hazard \(id) converted to a repair request (R16)" : hazard.note,
                                    at: when, by: by, source: .inspection, calendar: calendar)
        let after = try recordHazardStep(id, HazardEvent(at: when, by: by, step: .converted(ticket: fault.number)), pin: pin)
        return (after, fault)
    }
}

/// Which hazards to list.
public struct HazardFilter: Sendable {
    /// Only those not resolved or converted.
    public var openOnly: Bool
    /// Only those of devices of this department.
    public var department: String?

    public init(openOnly: Bool = false, department: String? = nil) {
        self.openOnly = openOnly; self.department = department
    }
}

extension Store {
    /// The hazard `id` with its steps, or nil.
    public func hazard(_ id: Int64) throws -> HazardItem? {
        try read { try Store.loadHazard($0, id) }
    }

    /// The hazards found on or before `asOf`, each as it stood then, oldest first. A hazard whose
    /// inspection was corrected (recorded by mistake) is left out: its correction stands for it.
    public func hazards(_ filter: HazardFilter = HazardFilter(), asOf: Instant) throws -> [HazardItem] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT h.*, e.department FROM hazards h JOIN equipment e ON e.tag = h.device
                WHERE h.at <= ? AND (? IS NULL OR e.department = ?)
                  AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'inspections' AND x.original = h.inspection)
                ORDER BY h.at, h.id
                """, arguments: [asOf.seconds, filter.department, filter.department])
            let events = try Store.hazardEvents(db, through: asOf)
            return rows.map { Store.hazardItem($0, events: events[$0["id"]] ?? []) }
                .filter { !filter.openOnly || !$0.state.isClosed }
        }
    }

    /// `rule.hazard-open-days` (R16), over its default.
    public func hazardRules() throws -> HazardRules {
        try read { db in
            var r = HazardRules.standard
            if let n = try Store.ruleValues(db)[.hazardOpenDays].flatMap(Int.init) { r.openDays = n }
            return r
        }
    }

    static func loadHazard(_ db: Database, _ id: Int64) throws -> HazardItem? {
        guard let row = try Row.fetchOne(db, sql: "SELECT h.*, e.department FROM hazards h JOIN equipment e ON e.tag = h.device WHERE h.id = ?",
                                         arguments: [id]) else { return nil }
        return hazardItem(row, events: try hazardEvents(db, hazard: id)[id] ?? [])
    }

    static func hazardItem(_ r: Row, events: [HazardEvent]) -> HazardItem {
        HazardItem(id: r["id"], device: r["device"], department: r["department"], note: r["note"],
                   foundAt: Instant(seconds: r["at"]), foundBy: r["by"], events: events)
    }

    /// The steps of one hazard (or of all, up to `through`), by hazard, in the order recorded.
    static func hazardEvents(_ db: Database, hazard: Int64? = nil, through: Instant? = nil) throws -> [Int64: [HazardEvent]] {
        var out: [Int64: [HazardEvent]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT * FROM hazard_events WHERE (? IS NULL OR hazard = ?) AND (? IS NULL OR at <= ?) ORDER BY id
            """, arguments: [hazard, hazard, through?.seconds, through?.seconds]) {
            let step: HazardStep
            switch HazardStep.Kind(rawValue: r["step"]) {
            case .assigned?: step = .assigned(to: r["to_login"])
            case .resolved?: step = .resolved(action: r["action"])
            case .converted?:
                guard let number = TicketNumber(parsing: r["ticket"]) else { continue }
                step = .converted(ticket: number)
            case nil: continue
            }
            out[r["hazard"], default: []].append(HazardEvent(at: Instant(seconds: r["at"]), by: r["by"], step: step))
        }
        return out
    }
}
