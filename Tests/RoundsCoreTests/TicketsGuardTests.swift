import Testing
@testable import RoundsCore

/// R101: every guard refuses with a message that starts with its rule number, and lets the step
/// through once the rule is satisfied.
struct TicketsGuardTests {
    typealias F = TicketsFixture

    /// The refusal names `rule` first, in English and in Chinese.
    func expectRule(_ r: TicketRefusal?, _ rule: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r?.rule == rule, sourceLocation: sourceLocation)
        #expect(r?.description.hasPrefix("\(rule): ") == true, "\(String(describing: r))", sourceLocation: sourceLocation)
        #expect(r?.message(chinese: true).hasPrefix("\(rule)：") == true, "\(r?.message(chinese: true) ?? "")", sourceLocation: sourceLocation)
    }

    @Test func r36ATicketStartsWithItsRequest() throws {
        let ctx = F.ctx()
        expectRule(refusal { try Ticket(number: F.n1, events: []).then("2026-03-02T08:00", "head", .assigned(to: "eng"), ctx) }, "R36")
        expectRule(refusal { try Ticket(number: F.n1, events: []).then("2026-03-02T08:00", "nurse",
                                                                       .opened(device: "ICU-V01", fault: "  "), ctx) }, "R36")
        #expect(try F.open(ctx).state == .requested)
    }

    @Test func r2SignersMustExist() throws {
        let ctx = F.ctx()
        expectRule(refusal { try F.open(ctx, by: "ghost") }, "R2")
        let t = try F.open(ctx)
        expectRule(t.refusal("2026-03-02T08:05", "head", .assigned(to: "ghost"), ctx), "R2")
        #expect(t.refusal("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx) == nil)
    }

    @Test func r4StepsAreNotBackdated() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx, "2026-03-02T08:00")
        expectRule(t.refusal("2026-03-02T07:59", "head", .assigned(to: "eng"), ctx), "R4")
        #expect(t.refusal("2026-03-02T08:00", "head", .assigned(to: "eng"), ctx) == nil)
    }

    @Test func r8NoRepairsOnAScrappedDevice() throws {
        var scrapped = F.pump; scrapped.status = .scrapped
        expectRule(refusal { try F.open(F.ctx(scrapped)) }, "R8")
        var standby = F.pump; standby.status = .standby
        #expect(try F.open(F.ctx(standby)).state == .requested)
        // A ticket whose device was scrapped meanwhile takes no more repair work, but may be cancelled.
        let t = try F.open(F.ctx(F.pump))
        expectRule(t.refusal("2026-03-02T08:05", "head", .assigned(to: "eng"), F.ctx(scrapped)), "R8")
        #expect(t.refusal("2026-03-02T08:05", "head", .cancelled(reason: .other, text: "device scrapped"), F.ctx(scrapped)) == nil)
    }

    @Test func r103ARequestForADeviceUnderRepairLinks() throws {
        let existing = TicketNumber(year: 2026, sequence: 7)
        let ctx = F.ctx(open: [existing])
        let r = refusal { try F.open(ctx, number: F.n1) }
        expectRule(r, "R103")
        #expect(r?.reason.contains("WX-2026-000007") == true)
        // The override names the ticket it stands beside.
        #expect(try F.open(ctx, linkedTo: existing).linkedTo == existing)
        expectRule(refusal { try F.open(ctx, linkedTo: TicketNumber(year: 2026, sequence: 99)) }, "R103")
        // The usual path: the report joins the open ticket.
        let old = try F.open(F.ctx(), number: existing)
        #expect(try old.then("2026-03-02T09:00", "ward", .additionalReport(fault: "also beeps"), ctx).state == .requested)
    }

    @Test func r37OnlyTheEquipmentDepartmentAssignsAnEngineer() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx)
        expectRule(t.refusal("2026-03-02T08:05", "nurse", .assigned(to: "eng"), ctx), "R37")
        expectRule(t.refusal("2026-03-02T08:05", "head", .assigned(to: "nurse"), ctx), "R37")
        #expect(try t.then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx).assignee == "eng")
        #expect(try t.then("2026-03-02T08:05", "eng", .assigned(to: "eng"), ctx).state == .assigned)
    }

    @Test func r37AndR39ReceiptFollowsAssignmentByARepairer() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx)
        expectRule(t.refusal("2026-03-02T08:05", "eng", .received(), ctx), "R37")
        let a = try t.then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
        expectRule(a.refusal("2026-03-02T08:10", "nurse", .received(), ctx), "R39")
        expectRule(a.refusal("2026-03-02T08:10", "eng", .started, ctx), "R39")
        let r = try a.then("2026-03-02T08:10", "eng", .received(condition: "cable frayed"), ctx)
        #expect(try r.then("2026-03-02T08:15", "eng", .started, ctx).state == .inRepair)
    }

    @Test func r46DamageByFaultIsReportedWithFactsBeforeRepair() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx, damage: .yes)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
        let r = t.refusal("2026-03-02T08:15", "eng", .started, ctx)
        expectRule(r, "R46")
        #expect(r?.description.hasPrefix("R46: damage by fault must be reported to leadership with the established facts before repair starts") == true)
        let reported = try t.then("2026-03-02T08:20", "eng", .reportedToLeadership(leader: "vp", channel: "phone", content: "dropped by porter"), ctx)
        expectRule(reported.refusal("2026-03-02T08:25", "eng", .started, ctx), "R46")
        let facts = try reported.then("2026-03-02T09:00", "eng", .factsEstablished(facts: "cart tipped over in the lift"), ctx)
        #expect(try facts.then("2026-03-02T09:05", "eng", .started, ctx).state == .inRepair)
        expectRule(t.refusal("2026-03-02T08:20", "eng", .factsEstablished(facts: ""), ctx), "R46")
    }

    @Test func r47LargeOrValuableDevicesMustAnswerTheDamageQuestion() throws {
        let ctx = F.ctx(large: true)
        expectRule(refusal { try F.open(ctx, damage: .undetermined) }, "R47")
        let t = try F.open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
        expectRule(t.refusal("2026-03-02T08:15", "eng", .started, ctx), "R47")
        expectRule(t.refusal("2026-03-02T08:15", "eng", .damageClassified(answer: .undetermined), ctx), "R47")
        let answered = try t.then("2026-03-02T08:15", "eng", .damageClassified(answer: .no), ctx)
        #expect(try answered.then("2026-03-02T08:20", "eng", .started, ctx).state == .inRepair)
        // An ordinary device may start without an answer, or with "undetermined".
        #expect(try F.inRepair(F.ctx()).state == .inRepair)
    }

    @Test func r48ReclassifiedAfterStartIsAllowedButListed() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx).then("2026-03-02T08:30", "eng", .damageClassified(answer: .yes), ctx)
        let kinds = t.exceptions(now: at("2026-03-02T08:31"), context: ctx).map(\.kind)
        #expect(kinds.contains(.repairedBeforeReporting) && kinds.contains(.damageByFault))
    }

    @Test func r50OutsideRepairersNeedTheHeadsApprovalBeforeWork() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
            .then("2026-03-02T08:12", "eng", .externalRepairer(name: "刘工", company: "Dräger", contact: "139…"), ctx)
        let r = t.refusal("2026-03-02T08:15", "eng", .started, ctx)
        expectRule(r, "R50")
        #expect(r?.reason.contains("刘工 (Dräger)") == true)
        expectRule(t.refusal("2026-03-02T08:14", "eng", .approval(kind: .externalRepairer), ctx), "R50")
        let approved = try t.then("2026-03-02T08:14", "head", .approval(kind: .externalRepairer, note: "vendor engineer"), ctx)
        #expect(try approved.then("2026-03-02T08:15", "eng", .started, ctx).state == .inRepair)
        // Naming an outsider once work is under way also needs the approval first.
        let working = try F.inRepair(ctx)
        expectRule(working.refusal("2026-03-02T08:30", "eng", .externalRepairer(name: "刘工", company: "Dräger"), ctx), "R50")
        // A verbal approval is recorded after it was given, never dated after its record.
        expectRule(t.refusal("2026-03-02T08:14", "head", .approval(kind: .externalRepairer, verbalAt: at("2026-03-02T08:20")), ctx), "R50")
    }

    @Test func r49EmergencyExternalRepairGoesFirstAndIsJustifiedBeforeClosing() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
            .then("2026-03-02T08:11", "eng", .emergencyExternal(reason: "only pump for the night shift"), ctx)
            .then("2026-03-02T08:12", "eng", .externalRepairer(name: "刘工", company: "Baxter"), ctx)
            .then("2026-03-02T08:15", "eng", .started, ctx)   // no approval needed yet (R49)
            .then("2026-03-02T10:00", "eng", .repaired(work: "replaced door sensor", cause: .wear), ctx)
            .then("2026-03-02T10:30", "ward", .returned(recipient: "ward"), ctx)   // sign-off not blocked
        #expect(t.state == .returned)
        expectRule(t.refusal("2026-03-02T11:00", "eng", .closed, ctx), "R49")
        let justified = try t.then("2026-03-03T09:00", "eng", .justification(text: "necessity, cost ¥800, Baxter, approved by head"), ctx)
        #expect(try justified.then("2026-03-03T09:30", "eng", .closed, ctx).state == .closed)
        expectRule(try F.open(ctx).refusal("2026-03-02T09:00", "eng", .justification(text: "x"), ctx), "R49")
    }

    @Test func r51OffSiteRepairNeedsApprovalAndAnIncomingInspection() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .sentOffSite(destination: "Dräger Beijing", vendor: "Dräger"), ctx), "R51")
        let approved = try t.then("2026-03-02T08:50", "head", .approval(kind: .offSite), ctx)
        let away = try approved.then("2026-03-02T09:00", "eng", .sentOffSite(destination: "Dräger Beijing", vendor: "Dräger",
                                                                            expectedReturn: d("2026-03-09")), ctx)
        #expect(away.state == .offSite)
        expectRule(away.refusal("2026-03-05T09:00", "eng", .repaired(work: "x", cause: .component), ctx), "R51")
        expectRule(away.refusal("2026-03-05T09:00", "eng", .backOnSite(inspection: ""), ctx), "R51")
        let back = try away.then("2026-03-05T09:00", "eng", .backOnSite(inspection: "self-test passed, accessories complete"), ctx)
        #expect(back.state == .inRepair)
        // The approval is used up by the trip: a second trip needs a new one.
        let again = try back.then("2026-03-05T09:30", "eng", .waitingVendor(note: "fault returned"), ctx)
        expectRule(again.refusal("2026-03-05T10:00", "eng", .sentOffSite(destination: "Dräger Beijing", vendor: "Dräger"), ctx), "R51")
    }

    @Test func r40AndR41TheRepairRecordHasContentAndARepairersSignature() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .repaired(work: " ", cause: .wear), ctx), "R40")
        expectRule(t.refusal("2026-03-02T09:00", "nurse", .repaired(work: "replaced", cause: .wear), ctx), "R41")
        #expect(try t.then("2026-03-02T09:00", "eng", .repaired(work: "replaced", cause: .wear), ctx).state == .repaired)
    }

    @Test func r43IncorrectOperationNeedsFeedback() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .repaired(work: "reset settings", cause: .operation), ctx), "R43")
        expectRule(t.refusal("2026-03-02T09:00", "eng", .repaired(work: "reset settings", cause: .operation, feedback: ""), ctx), "R43")
        #expect(try t.then("2026-03-02T09:00", "eng", .repaired(work: "reset settings", cause: .operation,
                                                                 feedback: "told night nurses how to set PEEP"), ctx).state == .repaired)
    }

    @Test func r42SignOffOnlyAfterTheRepairByTheDepartmentOrCustodian() throws {
        let ctx = F.ctx()
        let working = try F.inRepair(ctx)
        let early = working.refusal("2026-03-02T09:00", "nurse", .returned(recipient: "nurse"), ctx)
        expectRule(early, "R42")
        let fixed = try F.repaired(ctx)
        expectRule(fixed.refusal("2026-03-02T09:30", "ward", .returned(recipient: "ward"), ctx), "R42")
        #expect(try fixed.then("2026-03-02T09:30", "nurse", .returned(recipient: "nurse"), ctx).state == .returned)
        #expect(try fixed.then("2026-03-02T09:30", "eng", .returned(recipient: "cust"), ctx).state == .returned)
        expectRule(fixed.refusal("2026-03-02T09:30", "eng", .closed, ctx), "R42")
    }

    @Test(arguments: [
        // (radiation device?, major part?, acceptance test passed at, allowed?)
        (true, true, nil as String?, false),
        (true, true, "2026-03-02T08:30", false),   // passed before the repair: does not count
        (true, true, "2026-03-02T09:10", true),
        (true, false, nil, true),
        (false, true, nil, true),
    ])
    func r78MajorRepairOfARadiationDeviceNeedsAnAcceptanceTest(radiation: Bool, major: Bool, test: String?, allowed: Bool) throws {
        var device = F.dr; device.radiation = radiation
        let ctx = F.ctx(device, acceptance: test.map(at))
        let fixed = try F.repaired(ctx, major: major)
        let r = fixed.refusal("2026-03-02T09:30", "ward", .returned(recipient: "ward"), ctx)
        if allowed { #expect(r == nil) } else { expectRule(r, "R78") }
    }

    @Test func r38DeferralAndRefusalNeedAReasonAndTheHeadsApproval() throws {
        let ctx = F.ctx(F.pump)
        let t = try F.open(ctx).then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .deferred(reason: "parts on order"), ctx), "R38")
        expectRule(t.refusal("2026-03-02T09:00", "head", .deferred(reason: ""), ctx), "R38")
        #expect(try t.then("2026-03-02T09:00", "head", .deferred(reason: "parts on order"), ctx).state == .deferred)
        let approved = try t.then("2026-03-02T08:50", "head", .approval(kind: .deferral), ctx)
        let deferred = try approved.then("2026-03-02T09:00", "eng", .deferred(reason: "parts on order"), ctx)
        #expect(deferred.state == .deferred)
        // Resuming returns to where the deferral found it.
        #expect(try deferred.then("2026-03-03T09:00", "eng", .resumed, ctx).state == .assigned)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .refused(reason: "not our equipment"), ctx), "R38")
        #expect(try t.then("2026-03-02T09:00", "head", .refused(reason: "not our equipment"), ctx).state == .refused)
    }

    @Test func r101CancelOnlyBeforeRepairAndWithAReason() throws {
        let ctx = F.ctx()
        let t = try F.open(ctx)
        expectRule(t.refusal("2026-03-02T08:05", "nurse", .cancelled(reason: .other), ctx), "R101")
        let cancelled = try t.then("2026-03-02T08:05", "nurse", .cancelled(reason: .duplicate), ctx)
        #expect(cancelled.state == .cancelled && !cancelled.isOpen)
        expectRule(cancelled.refusal("2026-03-02T08:10", "head", .assigned(to: "eng"), ctx), "R101")
        expectRule(cancelled.refusal("2026-03-02T08:10", "eng", .manufacturerNotified(), ctx), "R101")
        let working = try F.inRepair(ctx)
        expectRule(working.refusal("2026-03-02T09:00", "nurse", .cancelled(reason: .falseReport), ctx), "R101")
        // Other transitions the state machine does not have.
        expectRule(t.refusal("2026-03-02T08:05", "eng", .repaired(work: "x", cause: .wear), ctx), "R101")
        expectRule(working.refusal("2026-03-02T09:00", "eng", .resumed, ctx), "R101")
        expectRule(t.refusal("2026-03-02T08:05", "nurse", .opened(device: "ICU-V01", fault: "again"), ctx), "R101")
    }

    @Test func r101AClosedTicketTakesOnlyLateRecords() throws {
        let ctx = F.ctx()
        let closed = try F.repaired(ctx)
            .then("2026-03-02T09:30", "nurse", .returned(recipient: "nurse"), ctx)
            .then("2026-03-02T10:00", "eng", .closed, ctx)
        expectRule(closed.refusal("2026-03-02T11:00", "eng", .started, ctx), "R101")
        #expect(try closed.then("2026-03-02T11:00", "eng", .manufacturerNotified(channel: "phone"), ctx).state == .closed)
    }

    @Test func r62AndR63ScrappingIsProposedThenApprovedByTheDirector() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .proposedForScrap(reason: ""), ctx), "R62")
        expectRule(t.refusal("2026-03-02T09:00", "dir", .approval(kind: .scrapping), ctx), "R62")
        let proposed = try t.then("2026-03-02T09:00", "eng", .proposedForScrap(reason: "board burnt, model discontinued"), ctx)
        #expect(proposed.state == .proposedScrap)
        expectRule(proposed.refusal("2026-03-02T10:00", "eng", .closed, ctx), "R63")
        expectRule(proposed.refusal("2026-03-02T10:00", "head", .approval(kind: .scrapping), ctx), "R63")
        let approved = try proposed.then("2026-03-02T10:00", "dir", .approval(kind: .scrapping), ctx)
        #expect(try approved.then("2026-03-02T10:30", "eng", .closed, ctx).state == .closed)
        // The role is configurable (DOMAIN §8 Q7).
        var rules = TicketRules(); rules.scrapApproverRole = .equipmentHead
        let ctx2 = F.ctx(rules: rules)
        #expect(proposed.refusal("2026-03-02T10:00", "head", .approval(kind: .scrapping), ctx2) == nil)
    }

    @Test func r53NotificationsGoToTheRightPeople() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .notified(party: .equipmentHead, person: "eng"), ctx), "R53")
        expectRule(t.refusal("2026-03-02T09:00", "eng", .notified(party: .department, person: "ward"), ctx), "R53")
        #expect(t.refusal("2026-03-02T09:00", "eng", .notified(party: .equipmentHead, person: "head"), ctx) == nil)
        #expect(t.refusal("2026-03-02T09:00", "eng", .notified(party: .department, person: "nurse"), ctx) == nil)
    }

    @Test func r54SubstitutesAreOtherDevicesAndGoBack() throws {
        let ctx = F.ctx()
        let t = try F.inRepair(ctx)
        expectRule(t.refusal("2026-03-02T09:00", "eng", .substitute(device: "ICU-V01", source: .ownSpare), ctx), "R54")
        expectRule(t.refusal("2026-03-02T09:00", "eng", .substituteReturned(device: "ICU-V05"), ctx), "R54")
        let s = try t.then("2026-03-02T09:00", "eng", .substitute(device: "ICU-V05", source: .ownSpare), ctx)
        #expect(s.activeSubstitutes == ["ICU-V05"])
        expectRule(s.refusal("2026-03-02T09:10", "eng", .substitute(device: "ICU-V05", source: .ownSpare), ctx), "R54")
        #expect(try s.then("2026-03-02T10:00", "eng", .substituteReturned(device: "ICU-V05"), ctx).activeSubstitutes.isEmpty)
    }

    @Test func missedDutiesNeverBlockSignOff() throws {
        // Key equipment down 6 hours: nobody notified, no substitute, under warranty and the
        // manufacturer never told, an emergency external repair never justified or approved.
        var device = F.vent; device.warrantyUntil = d("2027-01-01")
        let ctx = F.ctx(device)
        let t = try F.open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(), ctx)
            .then("2026-03-02T08:11", "eng", .emergencyExternal(reason: "no spare ventilator"), ctx)
            .then("2026-03-02T08:15", "eng", .started, ctx)
            .then("2026-03-03T14:00", "eng", .repaired(work: "replaced blower", cause: .component), ctx)
        let back = try t.then("2026-03-03T14:30", "nurse", .returned(recipient: "nurse"), ctx)
        #expect(back.state == .returned)
        let kinds = Set(back.exceptions(now: at("2026-03-03T15:00"), context: ctx).map(\.kind))
        #expect(kinds == [.notNotified, .noSubstitute, .manufacturerNotNotified, .justificationOutstanding, .unapprovedExternalRepair])
    }
}
