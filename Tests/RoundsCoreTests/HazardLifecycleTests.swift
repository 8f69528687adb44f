import Testing
@testable import RoundsCore

/// R16: a hidden hazard's state, age and overdue flag from its steps, and the refusals of its guard.
/// Times are Shanghai local; ages count local days (found Tuesday 10 March 2026, 10:00).
struct HazardLifecycleTests {
    let cal = FacilityCalendar.shanghai
    let ticket = TicketNumber(year: 2026, sequence: 7)

    func found(_ events: [HazardEvent] = []) -> HazardItem {
        HazardItem(id: 5, device: "ICU-V01", department: "ICU", note: "电源线外皮破损", foundAt: at("2026-03-10T10:00"),
                   foundBy: "eng", events: events)
    }

    func step(_ time: String, _ step: HazardStep, by: String = "head") -> HazardEvent { HazardEvent(at: at(time), by: by, step: step) }

    @Test func stateFollowsTheSteps() {
        #expect(found().state == .open)
        let assigned = found([step("2026-03-10T11:00", .assigned(to: "eng"))])
        #expect(assigned.state == .assigned && assigned.assignee == "eng" && assigned.closing == nil)
        let reassigned = found(assigned.events + [step("2026-03-10T12:00", .assigned(to: "eng2"))])
        #expect(reassigned.assignee == "eng2")
        let resolved = found(reassigned.events + [step("2026-03-11T09:00", .resolved(action: "更换电源线"), by: "eng2")])
        #expect(resolved.state == .resolved && resolved.action == "更换电源线" && resolved.closing?.by == "eng2")
        #expect(resolved.state.isClosed && resolved.ticket == nil)
        let converted = found([step("2026-03-10T11:00", .converted(ticket: ticket))])
        #expect(converted.state == .converted && converted.ticket == ticket && converted.action == "")
        // As of a time before the resolution, it was still assigned.
        #expect(resolved.asOf(at("2026-03-10T23:00")).state == .assigned)
    }

    @Test func ageCountsLocalDaysAndStopsAtTheClosing() {
        let h = found()
        #expect(h.ageDays(asOf: at("2026-03-10T23:59"), calendar: cal) == 0)   // the same local day
        #expect(h.ageDays(asOf: at("2026-03-12T08:00"), calendar: cal) == 2)   // 10 → 12 March
        #expect(h.ageDays(asOf: at("2026-03-14T09:00"), calendar: cal) == 4)   // 10 → 14 March
        let resolved = found([step("2026-03-11T09:00", .resolved(action: "已处理"))])
        #expect(resolved.ageDays(asOf: at("2026-03-20T09:00"), calendar: cal) == 1)   // closed on the 11th
    }

    @Test func overdueWhenOpenLongerThanTheLimit() {
        let h = found()
        #expect(!h.isOverdue(asOf: at("2026-03-12T08:00"), calendar: cal, rules: .standard))   // 2 days
        #expect(!h.isOverdue(asOf: at("2026-03-13T20:00"), calendar: cal, rules: .standard))   // 3 days: not longer than 3
        #expect(h.isOverdue(asOf: at("2026-03-14T09:00"), calendar: cal, rules: .standard))    // 4 days
        #expect(!h.isOverdue(asOf: at("2026-03-14T09:00"), calendar: cal, rules: HazardRules(openDays: 5)))
        // Assigned is still open; resolved or converted never is overdue.
        #expect(found([step("2026-03-10T11:00", .assigned(to: "eng"))]).isOverdue(asOf: at("2026-03-14T09:00"), calendar: cal, rules: .standard))
        #expect(!found([step("2026-03-13T09:00", .resolved(action: "已处理"))]).isOverdue(asOf: at("2026-03-20T09:00"), calendar: cal, rules: .standard))
        #expect(!found([step("2026-03-10T11:00", .converted(ticket: ticket))]).isOverdue(asOf: at("2026-03-20T09:00"), calendar: cal, rules: .standard))
    }

    @Test func guardRefusesNamingR16() {
        let h = found()
        let engineer: Set<Role> = [.engineer]
        func problem(_ hz: HazardItem, _ e: HazardEvent, _ roles: Set<Role>? = nil) -> String? {
            HazardGuard.problem(hz, e, assigneeRoles: roles)
        }
        #expect(problem(h, step("2026-03-10T11:00", .assigned(to: "eng")), engineer) == nil)
        #expect(problem(h, step("2026-03-10T11:00", .assigned(to: "nurse")), [.operator])?.hasPrefix("R16: ") == true)
        #expect(problem(h, step("2026-03-10T11:00", .assigned(to: "ghost")), nil)?.hasPrefix("R16: no person 'ghost'") == true)
        #expect(problem(h, step("2026-03-10T11:00", .resolved(action: "  ")))?.contains("--action") == true)
        #expect(problem(h, step("2026-03-10T11:00", .resolved(action: "更换电源线"))) == nil)
        #expect(problem(h, step("2026-03-10T09:59", .resolved(action: "已处理")))?.contains("before the hazard was found") == true)
        let assigned = found([step("2026-03-10T12:00", .assigned(to: "eng"))])
        #expect(problem(assigned, step("2026-03-10T11:00", .resolved(action: "已处理")))?.contains("before its previous step") == true)
        let resolved = found([step("2026-03-11T09:00", .resolved(action: "已处理"))])
        #expect(problem(resolved, step("2026-03-12T09:00", .assigned(to: "eng")), engineer) == "R16: hazard 5 is already resolved: a closed hazard takes no further step")
        let converted = found([step("2026-03-11T09:00", .converted(ticket: ticket))])
        #expect(problem(converted, step("2026-03-12T09:00", .resolved(action: "已处理")))
                == "R16: hazard 5 is already converted to repair ticket WX-2026-000007: a closed hazard takes no further step")
    }
}
