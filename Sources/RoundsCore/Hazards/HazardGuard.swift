import Foundation

/// The rules a step of a hidden hazard must keep (R16), as one-line refusals that name the rule.
///
/// ```swift
/// HazardGuard.problem(hazard, HazardEvent(at: t, by: "eng", step: .resolved(action: "")), assigneeRoles: nil)
/// // "R16: resolving hazard 7 needs what was done: give --action TEXT"
/// ```
public enum HazardGuard {
    /// Why `event` cannot be the next step of `hazard`; nil when it can. `assigneeRoles` are the roles
    /// of the person an assignment names (nil when that person is not in the store).
    public static func problem(_ hazard: HazardItem, _ event: HazardEvent, assigneeRoles: Set<Role>?) -> String? {
        if let problem = timingProblem(hazard, at: event.at) { return problem }
        switch event.step {
        case .assigned(let to):
            guard let roles = assigneeRoles else { return "R16: no person '\(to)' to assign hazard \(hazard.id) to (--to)" }
            if !roles.contains(.engineer) { return "R16: hazard \(hazard.id) is assigned to an engineer, and \(to) is not one (--to LOGIN of the engineer role)" }
        case .resolved(let action):
            if action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return "R16: resolving hazard \(hazard.id) needs what was done: give --action TEXT"
            }
        case .converted:
            break
        }
        return nil
    }

    /// Why `hazard` can take no step dated `at`, whatever the step: it is closed, or `at` is before
    /// it was found or before its previous step. A conversion asks this before it opens its ticket.
    public static func timingProblem(_ hazard: HazardItem, at: Instant) -> String? {
        let state = hazard.state
        if state.isClosed {
            let how = state == .resolved ? "resolved" : "converted to repair ticket \(hazard.ticket?.description ?? "")"
            return "R16: hazard \(hazard.id) is already \(how): a closed hazard takes no further step"
        }
        if at < hazard.foundAt {
            return "R16: a step of hazard \(hazard.id) cannot be dated before the hazard was found"
        }
        if let last = hazard.events.last, at < last.at {
            return "R16: a step of hazard \(hazard.id) cannot be dated before its previous step"
        }
        return nil
    }
}
