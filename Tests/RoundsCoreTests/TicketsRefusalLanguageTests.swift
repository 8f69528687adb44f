import Testing
@testable import RoundsCore

/// Every refusal the ticket guards give is readable in Chinese: a scripted walk tries every kind of
/// step, signed by each person of the cast, on tickets in each state of the main line and the side
/// states, and checks each refusal it meets.
struct TicketsRefusalLanguageTests {
    typealias F = TicketsFixture

    /// One step of each kind, with values the guards look at (some blank on purpose).
    static let steps: [TicketStep] = [
        .opened(device: "ICU-V01", fault: "报警"), .opened(device: "ICU-V01", fault: " "), .additionalReport(fault: "x"),
        .assigned(to: "eng"), .assigned(to: "nurse"), .assigned(to: "ghost"), .received(), .started,
        .damageClassified(answer: .undetermined), .damageClassified(answer: .yes),
        .reportedToLeadership(leader: "", content: ""), .factsEstablished(facts: " "),
        .approval(kind: .offSite), .approval(kind: .scrapping), .approval(kind: .externalRepairer, verbalAt: at("2026-03-03T08:00")),
        .externalRepairer(name: "", company: ""), .externalRepairer(name: "孙工", company: "厂家"),
        .emergencyExternal(reason: ""), .justification(text: "论证"), .sentOffSite(destination: "厂家", vendor: "v"),
        .sentOffSite(destination: "", vendor: "v"), .backOnSite(inspection: ""), .waitingParts(), .resumed,
        .vendorLate(note: ""), .notified(party: .equipmentHead, person: "nurse"), .notified(party: .department, person: "ward"),
        .substitute(device: "ICU-V01", source: .ownSpare), .substitute(device: "", source: .ownSpare),
        .substituteReturned(device: "ICU-V09"), .prioritySet(priority: .urgent),
        .repaired(work: "", cause: .component), .repaired(work: "w", cause: .operation),
        .returned(recipient: "ward"), .returned(recipient: "nurse"), .closed,
        .deferred(reason: ""), .deferred(reason: "r"), .refused(reason: ""), .refused(reason: "r"),
        .cancelled(reason: .other, text: ""), .proposedForScrap(reason: ""),
    ]

    /// Tickets in the states the walk starts from (those the context lets the fixture reach: a large
    /// device's repair does not start without the damage answer).
    static func tickets(_ ctx: TicketContext) -> [Ticket] {
        let open = try? F.open(ctx), repaired = try? F.repaired(ctx)
        let returned = try? repaired?.then("2026-03-02T10:00", "nurse", .returned(recipient: "nurse"), ctx)
        let more: [Ticket?] = [
            open, try? open?.then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx), try? F.inRepair(ctx), repaired, returned,
            try? returned?.then("2026-03-02T11:00", "eng", .closed, ctx),
            try? open?.then("2026-03-02T08:05", "nurse", .cancelled(reason: .duplicate), ctx),
        ]
        return [Ticket(number: F.n1, events: [])] + more.compactMap { $0 }
    }

    @Test func everyRefusalOfTheWalkHasItsChineseAndItsRule() throws {
        var seen: [String: TicketRefusal] = [:]
        for ctx in [F.ctx(), F.ctx(large: true), F.ctx(F.dr)] {
            for t in Self.tickets(ctx) {
                for login in F.people.map(\.login) + ["ghost"] {
                    for step in Self.steps {
                        for time in ["2026-03-02T07:00", "2026-03-02T12:00"] {
                            if let r = t.refusal(time, login, step, ctx) { seen[r.description] = r }
                        }
                    }
                }
            }
        }
        #expect(Set(seen.values.map(\.rule)).count >= 15, "the walk meets most rules: \(Set(seen.values.map(\.rule)).sorted())")
        for r in seen.values {
            let zh = r.message(chinese: true)
            #expect(zh.hasPrefix("\(r.rule)："), "\(zh)")
            #expect(r.description.hasPrefix("\(r.rule): "), "\(r)")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese in \(zh)")
            #expect(zh != r.description)
        }
    }
}
