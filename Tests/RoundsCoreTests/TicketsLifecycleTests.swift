import Testing
@testable import RoundsCore

/// R101, R102: a ticket through every state, with the time spent in each computed by hand.
struct TicketsLifecycleTests {
    typealias F = TicketsFixture

    /// One ICU ventilator ticket through requested, assigned, deferred, received, in repair, waiting
    /// for parts, waiting for the vendor, proposed for scrapping (withdrawn), off site with approval,
    /// repaired, returned and closed, with a substitute in place meanwhile.
    static func fullTicket() throws -> (Ticket, TicketContext) {
        let ctx = F.ctx()
        let t = try F.open(ctx, "2026-03-02T08:00")                                                 // requested
            .then("2026-03-02T08:30", "head", .assigned(to: "eng"), ctx)                             // assigned
            .then("2026-03-02T08:40", "head", .deferred(reason: "awaiting loaner paperwork"), ctx)   // deferred
            .then("2026-03-02T09:00", "eng", .resumed, ctx)                                          // assigned
            .then("2026-03-02T09:15", "eng", .received(condition: "no accessories"), ctx)            // received
            .then("2026-03-02T09:30", "eng", .started, ctx)                                          // in repair
            .then("2026-03-02T10:00", "eng", .substitute(device: "ICU-V05", source: .ownSpare), ctx)
            .then("2026-03-02T10:00", "eng", .notified(party: .department, person: "nurse"), ctx)
            .then("2026-03-02T10:00", "eng", .notified(party: .equipmentHead, person: "head"), ctx)
            .then("2026-03-02T10:30", "eng", .waitingParts(note: "flow sensor"), ctx)                // waiting parts
            .then("2026-03-02T12:30", "eng", .resumed, ctx)                                          // in repair
            .then("2026-03-02T13:00", "eng", .waitingVendor(note: "service code"), ctx)              // waiting vendor
            .then("2026-03-02T14:00", "eng", .resumed, ctx)                                          // in repair
            .then("2026-03-02T14:10", "eng", .proposedForScrap(reason: "main board failure"), ctx)   // proposed scrap
            .then("2026-03-02T14:40", "eng", .resumed, ctx)                                          // in repair
            .then("2026-03-02T14:45", "head", .approval(kind: .offSite, note: "send to Dräger"), ctx)
            .then("2026-03-02T15:00", "eng", .sentOffSite(destination: "Dräger Beijing", vendor: "Dräger",
                                                          expectedReturn: d("2026-03-04")), ctx)     // off site
            .then("2026-03-03T11:00", "eng", .backOnSite(inspection: "self-test ok"), ctx)           // in repair
            .then("2026-03-03T11:30", "eng", .repaired(work: "main board replaced by vendor; calibrated", cause: .component), ctx)
            .then("2026-03-03T12:00", "eng", .returned(recipient: "nurse"), ctx)                     // returned
            .then("2026-03-03T12:05", "eng", .substituteReturned(device: "ICU-V05"), ctx)
            .then("2026-03-03T16:00", "eng", .closed, ctx)                                           // closed
        return (t, ctx)
    }

    @Test func everyStateInOrder() throws {
        let (t, _) = try Self.fullTicket()
        #expect(t.timeline.map(\.state) == [
            .requested, .assigned, .deferred, .assigned, .received, .inRepair, .waitingParts, .inRepair,
            .waitingVendor, .inRepair, .proposedScrap, .inRepair, .offSite, .inRepair, .repaired, .returned, .closed,
        ])
        #expect(t.state == .closed && !t.isOpen)
        #expect(t.priority == .emergency)   // key equipment of a key department (R52)
        #expect(t.activeSubstitutes.isEmpty)
    }

    @Test func minutesInEachState() throws {
        let (t, _) = try Self.fullTicket()
        let minutes = t.secondsInEachState(now: at("2026-03-10T00:00")).mapValues { $0 / 60 }
        let expected: [TicketState: Int64] = [
            .requested: 30,                 // 08:00–08:30
            .assigned: 10 + 15,             // 08:30–08:40, 09:00–09:15
            .deferred: 20,                  // 08:40–09:00
            .received: 15,                  // 09:15–09:30
            .inRepair: 60 + 30 + 10 + 20 + 30,  // 09:30–10:30, 12:30–13:00, 14:00–14:10, 14:40–15:00, 11:00–11:30
            .waitingParts: 120,             // 10:30–12:30
            .waitingVendor: 60,             // 13:00–14:00
            .proposedScrap: 30,             // 14:10–14:40
            .offSite: 20 * 60,              // 15:00 – next day 11:00
            .repaired: 30,                  // 11:30–12:00
            .returned: 4 * 60,              // 12:00–16:00
            .closed: 0,                     // a closed ticket stops ageing
        ]
        #expect(minutes == expected)
    }

    @Test func anOpenStateAgesUntilNow() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx, "2026-03-02T08:00").then("2026-03-02T08:30", "head", .assigned(to: "eng"), ctx)
        #expect(t.timeline.last == TicketStateSpan(state: .assigned, start: at("2026-03-02T08:30"), end: nil))
        let s = t.secondsInEachState(now: at("2026-03-02T10:00"))
        #expect(s[.requested] == 30 * 60 && s[.assigned] == 90 * 60)
        // As of 08:15 the assignment has not happened yet.
        #expect(t.secondsInEachState(now: at("2026-03-02T08:15")) == [.requested: 15 * 60])
    }

    @Test func downtimeRunsFromRequestToSignOff() throws {
        let (t, _) = try Self.fullTicket()
        #expect(t.downtime == DowntimeInterval(start: at("2026-03-02T08:00"), end: at("2026-03-03T12:00")))
    }

    @Test func downtimeDoesNotEndAtRepaired() throws {
        let ctx = F.ctx()
        let fixed = try F.repaired(ctx)
        #expect(fixed.state == .repaired)
        #expect(fixed.downtime == DowntimeInterval(start: at("2026-03-02T08:00"), end: nil))
        let back = try fixed.then("2026-03-02T10:00", "nurse", .returned(recipient: "nurse"), ctx)
        #expect(back.downtime?.end == at("2026-03-02T10:00"))
        // Closing later changes nothing.
        #expect(try back.then("2026-03-02T12:00", "eng", .closed, ctx).downtime?.end == at("2026-03-02T10:00"))
    }

    @Test func aDeviceLeftInServiceHasNoDowntime() throws {
        let t = try F.open(F.ctx(), outOfService: false)
        #expect(t.downtime == nil)
    }

    @Test func cancellingEndsDowntimeAtTheCancellation() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx, "2026-03-02T08:00")
            .then("2026-03-02T08:20", "nurse", .cancelled(reason: .falseReport, text: "alarm limit set too tight"), ctx)
        #expect(t.downtime == DowntimeInterval(start: at("2026-03-02T08:00"), end: at("2026-03-02T08:20")))
        #expect(t.timeline == [
            TicketStateSpan(state: .requested, start: at("2026-03-02T08:00"), end: at("2026-03-02T08:20")),
            TicketStateSpan(state: .cancelled, start: at("2026-03-02T08:20"), end: at("2026-03-02T08:20")),
        ])
        #expect(t.exceptions(now: at("2026-04-30T00:00"), context: ctx).isEmpty)
    }

    @Test func refusalAndScrappingEndDowntimeWhenTheTicketEnds() throws {
        let ctx = F.ctx(F.pump)
        let refused = try F.open(ctx).then("2026-03-02T09:00", "head", .refused(reason: "leased device: lessor repairs"), ctx)
        #expect(refused.downtime?.end == at("2026-03-02T09:00") && refused.state == .refused)
        let scrapped = try F.inRepair(ctx)
            .then("2026-03-02T09:00", "eng", .proposedForScrap(reason: "beyond economic repair"), ctx)
            .then("2026-03-05T09:00", "dir", .approval(kind: .scrapping), ctx)
            .then("2026-03-05T10:00", "eng", .closed, ctx)
        #expect(scrapped.downtime?.end == at("2026-03-05T10:00"))
    }

    @Test func storedTicketsReplayWithoutChecks() throws {
        let (t, _) = try Self.fullTicket()
        let loaded = Ticket(number: t.number, events: t.events)
        #expect(loaded == t && loaded.state == .closed)
        #expect(t.asOf(at("2026-03-02T11:00")).state == .waitingParts)
    }
}
