import Testing
@testable import RoundsCore

/// R100: missed duties are listed as exceptions with their rule, and never block a step.
struct TicketsExceptionTests {
    typealias F = TicketsFixture

    func kinds(_ t: Ticket, _ now: String, _ ctx: TicketContext) -> [TicketException.Kind] {
        t.exceptions(now: at(now), context: ctx).map(\.kind)
    }

    @Test func noSubstituteAfterFourHoursOnKeyEquipment() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)   // opened 08:00
        #expect(kinds(t, "2026-03-02T11:59", ctx).isEmpty)
        let late = t.exceptions(now: at("2026-03-02T12:00"), context: ctx)
        #expect(late.map(\.kind) == [.noSubstitute, .notNotified, .notNotified])
        #expect(late.allSatisfy { $0.rule == "R53" && $0.since == at("2026-03-02T12:00") })
        #expect(late[0].description.hasPrefix("R53: WX-2026-000001 ICU-V01: "))
        // Notifications and a substitute within the grace hour clear the list …
        let done = try t
            .then("2026-03-02T12:30", "eng", .notified(party: .department, person: "nurse"), ctx)
            .then("2026-03-02T12:30", "eng", .notified(party: .equipmentHead, person: "head"), ctx)
            .then("2026-03-02T12:30", "eng", .substitute(device: "ICU-V05", source: .ownSpare), ctx)
        #expect(kinds(done, "2026-03-02T13:00", ctx).isEmpty)
        // … later than the grace hour they are listed as late.
        let tardy = try t.then("2026-03-02T13:30", "eng", .substitute(device: "EQUIP-V01", source: .otherDepartment), ctx)
        #expect(kinds(tardy, "2026-03-02T14:00", ctx).filter { $0 != .notNotified } == [.substituteLate])
    }

    @Test func theDutyStaysListedAfterTheDeviceIsBack() throws {
        let ctx = F.ctx()
        let back = try F.inRepair(ctx)
            .then("2026-03-02T15:00", "eng", .repaired(work: "replaced valve", cause: .wear), ctx)
            .then("2026-03-02T15:10", "nurse", .returned(recipient: "nurse"), ctx)
        #expect(kinds(back, "2026-03-31T00:00", ctx) == [.noSubstitute, .notNotified, .notNotified])
    }

    @Test func repairedInTimeOwesNothing() throws {
        let ctx = F.ctx()
        let fixed = try F.repaired(ctx)   // repaired 09:00, signed back later
        #expect(kinds(fixed, "2026-03-02T18:00", ctx).isEmpty)
    }

    @Test func markedCannotRepairInTimeStartsTheDutyAtOnce() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx).then("2026-03-02T09:00", "eng", .cannotRepairInTime(note: "needs a new blower"), ctx)
        let ex = t.exceptions(now: at("2026-03-02T09:30"), context: ctx)
        #expect(ex.map(\.kind) == [.noSubstitute, .notNotified, .notNotified])
        #expect(ex.allSatisfy { $0.since == at("2026-03-02T09:00") })
    }

    @Test func onlyKeyEquipmentOfAKeyDepartmentOwesASubstitute() throws {
        let ward = F.ctx(F.pump)
        #expect(kinds(try F.inRepair(ward), "2026-03-02T20:00", ward).isEmpty)
        // The same ventilator on a non-key ward is not key equipment …
        let nonKey = F.ctx(F.vent, key: false)
        #expect(kinds(try F.inRepair(nonKey), "2026-03-02T20:00", nonKey).isEmpty)
        // … unless the archive flags it so (R6).
        var flagged = nonKey; flagged.keyEquipmentFlag = true
        #expect(kinds(try F.inRepair(flagged), "2026-03-02T20:00", flagged).contains(.noSubstitute))
    }

    @Test func emergencyExternalRepairWithoutJustification() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.inRepair(ctx)
            .then("2026-03-02T08:30", "eng", .emergencyExternal(reason: "ward has no other pump"), ctx)
            .then("2026-03-02T08:31", "head", .approval(kind: .externalRepairer, verbalAt: at("2026-03-02T08:25")), ctx)
            .then("2026-03-02T08:32", "eng", .externalRepairer(name: "刘工", company: "Baxter"), ctx)
        // Declared Monday 2026-03-02: five working days are Tue 3 … Mon 9, due 2026-03-09 23:59.
        let open = t.exceptions(now: at("2026-03-09T12:00"), context: ctx)
        #expect(open.map(\.kind) == [.justificationOutstanding])
        #expect(open[0].rule == "R49" && open[0].detail.contains("2026-03-09 23:59") && !open[0].detail.contains("overdue"))
        #expect(t.exceptions(now: at("2026-03-10T08:00"), context: ctx)[0].detail.hasSuffix("(overdue)"))
        let justified = try t.then("2026-03-10T09:00", "eng", .justification(text: "necessity and cost"), ctx)
        #expect(kinds(justified, "2026-03-10T10:00", ctx).isEmpty)
    }

    @Test func emergencyExternalRepairWithoutApprovalUntilTheVerbalOneIsRecorded() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
            .then("2026-03-02T08:11", "eng", .emergencyExternal(reason: "night shift"), ctx)
            .then("2026-03-02T08:12", "eng", .externalRepairer(name: "刘工", company: "Baxter"), ctx)
            .then("2026-03-02T08:15", "eng", .started, ctx)
            .then("2026-03-02T08:20", "eng", .justification(text: "necessity and cost"), ctx)
        #expect(kinds(t, "2026-03-02T09:00", ctx) == [.unapprovedExternalRepair])
        let approved = try t.then("2026-03-02T10:00", "head", .approval(kind: .externalRepairer, verbalAt: at("2026-03-02T08:12")), ctx)
        #expect(kinds(approved, "2026-03-02T10:30", ctx).isEmpty)
    }

    @Test func warrantyDeviceWithNoManufacturerNotification() throws {
        var pump = F.pump; pump.warrantyUntil = d("2026-03-02")   // covers a request made that day
        let ctx = F.ctx(pump)
        let t = try F.inRepair(ctx)   // opened 2026-03-02 08:00
        #expect(kinds(t, "2026-03-03T08:00", ctx).isEmpty)
        let ex = t.exceptions(now: at("2026-03-03T08:01"), context: ctx)
        #expect(ex.map(\.kind) == [.manufacturerNotNotified] && ex[0].rule == "R44")
        #expect(kinds(try t.then("2026-03-02T09:00", "eng", .manufacturerNotified(channel: "hotline"), ctx),
                      "2026-03-05T00:00", ctx).isEmpty)
        #expect(kinds(try t.then("2026-03-03T10:00", "eng", .manufacturerNotified(channel: "hotline"), ctx),
                      "2026-03-05T00:00", ctx) == [.manufacturerNotifiedLate])
        // Out of warranty the day after.
        var expired = F.pump; expired.warrantyUntil = d("2026-03-01")
        let ctx2 = F.ctx(expired)
        #expect(kinds(try F.inRepair(ctx2), "2026-03-05T00:00", ctx2).isEmpty)
    }

    @Test func vendorLateIsListedForLiability() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.inRepair(ctx).then("2026-03-02T18:00", "eng", .vendorLate(note: "engineer promised 4 h on site, came next day"), ctx)
        let ex = t.exceptions(now: at("2026-03-02T19:00"), context: ctx)
        #expect(ex.map(\.kind) == [.vendorLate] && ex[0].rule == "R45")
    }

    @Test func requestsAssignedLateAreDelayed() throws {
        let ward = F.ctx(F.pump)
        let t = try F.open(ward, "2026-03-02T08:00")
        #expect(kinds(t, "2026-03-02T10:00", ward).isEmpty)
        #expect(kinds(t, "2026-03-02T10:01", ward) == [.assignmentDelayed])
        #expect(kinds(try t.then("2026-03-02T09:59", "head", .assigned(to: "eng"), ward), "2026-03-02T11:00", ward).isEmpty)
        // Key equipment: 15 minutes.
        let icu = F.ctx()
        let k = try F.open(icu, "2026-03-02T08:00").then("2026-03-02T08:16", "head", .assigned(to: "eng"), icu)
        #expect(kinds(k, "2026-03-02T08:20", icu) == [.assignmentDelayed])
        // Assigned but not begun within 24 hours.
        let a = try t.then("2026-03-02T08:30", "head", .assigned(to: "eng"), ward)
        #expect(kinds(a, "2026-03-03T08:31", ward) == [.startDelayed])
    }

    @Test func openThirtyDaysIsDelinquent() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.repaired(ctx).then("2026-03-02T09:30", "ward", .returned(recipient: "ward"), ctx)
        #expect(kinds(t, "2026-04-01T08:00", ctx).isEmpty)
        #expect(kinds(t, "2026-04-01T08:01", ctx) == [.delinquent])
        #expect(kinds(try t.then("2026-03-03T09:00", "eng", .closed, ctx), "2026-05-01T00:00", ctx).isEmpty)
    }

    @Test func deferredPriorityBeyondTheLimitNeedsApproval() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.open(ctx, "2026-03-02T08:00", priority: .deferred).then("2026-03-02T08:30", "head", .assigned(to: "eng"), ctx)
        var rules = TicketRules(); rules.startWithinHours = 24 * 30
        let relaxed = F.ctx(F.pump, rules: rules)
        #expect(kinds(t, "2026-03-09T08:00", relaxed).isEmpty)
        #expect(kinds(t, "2026-03-09T08:01", relaxed) == [.deferredTooLong])
        let ok = try t.then("2026-03-03T08:00", "head", .approval(kind: .deferral, note: "cosmetic fault"), ctx)
        #expect(kinds(ok, "2026-03-20T00:00", relaxed).isEmpty)
    }

    @Test func substitutesGoBackWhenTheOriginalIsBack() throws {
        let ctx = F.ctx()
        let back = try F.inRepair(ctx)
            .then("2026-03-02T08:30", "eng", .substitute(device: "ICU-V05", source: .ownSpare), ctx)
            .then("2026-03-02T09:00", "eng", .repaired(work: "replaced valve", cause: .wear), ctx)
            .then("2026-03-02T09:30", "nurse", .returned(recipient: "nurse"), ctx)
        #expect(kinds(back, "2026-03-02T10:30", ctx).isEmpty)
        #expect(kinds(back, "2026-03-02T10:31", ctx) == [.substituteNotReturned])
    }
}
