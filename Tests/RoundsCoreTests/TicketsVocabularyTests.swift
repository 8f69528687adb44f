import Foundation
import Testing
@testable import RoundsCore

/// Numbers, spellings, priorities, substitute candidates and the R103 link.
struct TicketsVocabularyTests {
    typealias F = TicketsFixture

    @Test(arguments: [
        (2026, 123, "WX-2026-000123"), (2026, 1, "WX-2026-000001"), (2027, 999_999, "WX-2027-999999"),
        (2027, 1_234_567, "WX-2027-1234567"),
    ])
    func ticketNumbers(year: Int, sequence: Int, text: String) {
        let n = TicketNumber(year: year, sequence: sequence)
        #expect(n.description == text)
        #expect(TicketNumber(parsing: text) == n)
    }

    @Test func ticketNumberParsingAndNext() throws {
        #expect(TicketNumber(parsing: "wx-2026-42") == TicketNumber(year: 2026, sequence: 42))
        for bad in ["", "WX-2026", "XX-2026-000001", "WX-26-000001", "WX-2026-0", "WX-2026-00a001", "WX-2026--1"] {
            #expect(TicketNumber(parsing: bad) == nil, "\(bad)")
        }
        let used = [TicketNumber(year: 2025, sequence: 900), TicketNumber(year: 2026, sequence: 3), TicketNumber(year: 2026, sequence: 7)]
        #expect(TicketNumber.next(year: 2026, after: used) == TicketNumber(year: 2026, sequence: 8))
        #expect(TicketNumber.next(year: 2027, after: used) == TicketNumber(year: 2027, sequence: 1))
        #expect(used.sorted().last == TicketNumber(year: 2026, sequence: 7))
        let json = try JSONEncoder().encode(used[1])
        #expect(String(decoding: json, as: UTF8.self) == "\"WX-2026-000003\"")
        #expect(try JSONDecoder().decode(TicketNumber.self, from: json) == used[1])
    }

    @Test func stateSpellings() {
        #expect(TicketState.allCases.map(\.rawValue) == [
            "requested", "assigned", "received", "in-repair", "waiting-parts", "waiting-vendor", "off-site",
            "repaired", "returned", "closed", "deferred", "refused", "cancelled", "proposed-scrap",
        ])
        #expect(TicketState.allCases.filter { !$0.isOpen } == [.closed, .refused, .cancelled])
        #expect(!TicketState.returned.deviceAwaitsRepair && TicketState.offSite.deviceAwaitsRepair)
    }

    @Test(arguments: [
        // (life support, emergency class, key department, priority)
        (true, false, true, TicketPriority.emergency), (false, true, true, .emergency),
        (false, false, true, .routine), (true, true, false, .routine), (false, false, false, .routine),
    ])
    func defaultPriority(lifeSupport: Bool, emergency: Bool, key: Bool, expected: TicketPriority) {
        var dev = F.pump; dev.lifeSupport = lifeSupport; dev.emergency = emergency
        #expect(TicketPriority.standard(for: dev, departmentIsKey: key) == expected)
        #expect(F.ctx(dev, key: key).defaultPriority == expected)
    }

    @Test func priorityOrderAndOverride() throws {
        #expect([TicketPriority.deferred, .routine, .emergency, .urgent].sorted() == [.emergency, .urgent, .routine, .deferred])
        let ctx = F.ctx(F.pump)
        let t = try F.open(ctx)
        #expect(t.priority == .routine)
        #expect(try t.then("2026-03-02T08:05", "head", .prioritySet(priority: .urgent), ctx).priority == .urgent)
        #expect(t.refusal("2026-03-02T08:05", "nurse", .prioritySet(priority: .urgent), ctx)?.rule == "R104")
    }

    /// One of every step, for the spelling and JSON tests.
    static let everyStep: [TicketStep] = [
        .opened(device: "ICU-V01", fault: "alarm", outOfService: true, damageByFault: .no, priority: .emergency,
                source: .dailyCheck, linkedTo: TicketNumber(year: 2026, sequence: 2)),
        .additionalReport(fault: "also beeps"), .assigned(to: "eng"), .received(condition: "ok"), .started,
        .damageClassified(answer: .yes), .reportedToLeadership(leader: "vp", channel: "phone", content: "dropped"),
        .factsEstablished(facts: "fell"), .approval(kind: .offSite, note: "ok", verbalAt: Instant(seconds: 5)),
        .externalRepairer(name: "刘工", company: "GE", contact: "139"), .emergencyExternal(reason: "night"),
        .justification(text: "cost"), .sentOffSite(destination: "depot", vendor: "GE", expectedReturn: d("2026-03-09")),
        .backOnSite(inspection: "ok"), .waitingParts(note: "tube"), .waitingVendor(note: "code"), .resumed,
        .manufacturerNotified(channel: "hotline"), .vendorLate(note: "late"), .cannotRepairInTime(note: "blower"),
        .notified(party: .equipmentHead, person: "head"), .substitute(device: "ICU-V05", source: .vendorLoan),
        .substituteReturned(device: "ICU-V05"), .prioritySet(priority: .urgent),
        .repaired(work: "w", cause: .operation, feedback: "told", majorPartReplaced: true), .returned(recipient: "nurse"),
        .closed, .deferred(reason: "r"), .refused(reason: "r"), .cancelled(reason: .falseReport, text: "t"),
        .proposedForScrap(reason: "r"),
    ]

    @Test func everyStepKindIsCoveredAndSpelledInKebabCase() {
        #expect(Self.everyStep.map(\.kind) == TicketStepKind.allCases)
        for kind in TicketStepKind.allCases {
            #expect(kind.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(kind)")
        }
    }

    @Test func eventsRoundTripThroughJSONKeyedByKind() throws {
        for step in Self.everyStep {
            let event = TicketEvent(at: Instant(seconds: 1_772_409_600), by: "eng", step: step)
            let data = try JSONEncoder().encode(event)
            #expect(try JSONDecoder().decode(TicketEvent.self, from: data) == event)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let keys = (object?["step"] as? [String: Any])?.keys.map { $0 }
            #expect(keys == [step.kind.rawValue])
        }
    }

    @Test func substituteCandidatesSameCategoryStandbyFirst() {
        func vent(_ tag: String, _ dept: String, _ status: EquipmentStatus, category: String = "Ventilator",
                  lifeSupport: Bool = true) -> Equipment {
            Equipment(tag: tag, name: tag, department: dept, category: category, lifeSupport: lifeSupport,
                      inService: d("2024-01-01"), status: status)
        }
        let fleet = [
            F.vent,
            vent("ER-V02", "ER", .standby),
            vent("ICU-V07", "ICU", .standby),
            vent("ICU-V05", "ICU", .standby),
            vent("EQUIP-V01", "EQUIP", .standby),
            vent("ICU-V02", "ICU", .inService),          // key equipment in use: never taken
            vent("WARD-V01", "WARD", .inService),        // in service on a non-key ward: last resort
            vent("ER-V01", "ER", .inService),            // key equipment in use in another key department
            vent("ICU-V09", "ICU", .standby),            // already a substitute elsewhere
            vent("WARD-V02", "WARD", .stopped),
            vent("ICU-P01", "ICU", .standby, category: "Infusion pump"),
            vent("WARD-V03", "WARD", .standby, category: " ventilator "),
        ]
        let picks = SubstituteCandidates.suggest(for: F.vent, among: fleet, busyTags: ["ICU-V09"],
                                                 keyDepartments: ["ICU", "ER"], spareDepartment: "EQUIP")
        #expect(picks.map(\.device.tag) == ["ICU-V05", "ICU-V07", "EQUIP-V01", "ER-V02", "WARD-V03", "WARD-V01"])
        #expect(picks.map(\.source) == [.ownSpare, .ownSpare, .otherDepartment, .otherDepartment, .otherDepartment, .otherDepartment])
        var uncategorised = F.vent; uncategorised.category = ""
        #expect(SubstituteCandidates.suggest(for: uncategorised, among: fleet, keyDepartments: ["ICU"]).isEmpty)
    }

    @Test func r103NewRequestsJoinTheOldestOpenTicket() throws {
        let ctx = F.ctx()
        let n7 = TicketNumber(year: 2026, sequence: 7), n8 = TicketNumber(year: 2026, sequence: 8)
        let n9 = TicketNumber(year: 2026, sequence: 9)
        let done = try F.repaired(ctx).then("2026-03-02T09:30", "nurse", .returned(recipient: "nurse"), ctx)
        let first = try F.open(ctx, "2026-03-02T10:00", number: n7)
        let linked = try F.open(F.ctx(open: [n7]), "2026-03-02T11:00", linkedTo: n7, number: n8)
        let other = try F.open(F.ctx(F.pump), "2026-03-02T09:00", number: n9)
        let all = [linked, other, done, first]
        #expect(OpenTicketLink.open(forDevice: "ICU-V01", among: all).map(\.number) == [n7, n8])
        #expect(OpenTicketLink.target(forDevice: "ICU-V01", among: all)?.number == n7)
        #expect(OpenTicketLink.target(forDevice: "ICU-V01", among: [linked])?.number == n8)
        #expect(OpenTicketLink.target(forDevice: "ICU-V02", among: all) == nil)
    }
}
