import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// A ticket's steps written in one transaction (an import of history, the generator, a handover
/// that signs several steps) start from the ticket as the transaction last saved it, not from its
/// events decoded again: these tests hold that the two are the same ticket, and that the rules
/// still see every step the transaction already wrote.
struct TicketStepsInOneWriteTests {
    static func t(_ text: String) -> Instant { FacilityCalendar.shanghai.parseTime(text)! }

    @Test func aTicketStepsThroughOneWriteAsItWouldThroughMany() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        var returned: Ticket?
        var number: TicketNumber?
        try f.store.write(actor: "admin", at: Self.t("2026-03-02T18:00")) { rec in
            let n = try rec.reportFault(device: "ICU-V01", fault: "报警无声", at: Self.t("2026-03-02T08:10"), by: "lina",
                                        source: .request, calendar: .shanghai).number
            number = n
            let steps: [(String, String, TicketStep)] = [
                ("2026-03-02T08:30", "admin", .assigned(to: "admin")), ("2026-03-02T08:45", "admin", .received()),
                ("2026-03-02T09:00", "admin", .started), ("2026-03-02T11:00", "admin", .repaired(work: "更换蜂鸣器", cause: .component)),
            ]
            for (time, by, step) in steps {
                returned = try rec.recordTicketStep(n, TicketEvent(at: Self.t(time), by: by, step: step), calendar: .shanghai)
            }
            // Closing before the device is signed back is refused (R48 order): the rules saw "repaired".
            #expect(throws: StoreError.self) {
                try rec.recordTicketStep(n, TicketEvent(at: Self.t("2026-03-02T12:00"), by: "admin", step: .closed), calendar: .shanghai)
            }
        }
        let n = try #require(number)
        let stored = try #require(try f.store.ticket(n))
        // Five events: the request and the four steps, read back from the records after the commit.
        #expect(stored.events.count == 5)
        #expect(stored == returned, "the ticket kept through the transaction is the one its records give")
        #expect(stored.state == .repaired)
        // The next write reads the records again and goes on from them.
        try f.store.write(actor: "admin", at: Self.t("2026-03-02T19:00")) { rec in
            _ = try rec.recordTicketStep(number!, TicketEvent(at: Self.t("2026-03-02T14:00"), by: "lina", step: .returned(recipient: "lina")),
                                         calendar: .shanghai)
        }
        #expect(try f.store.ticket(number!)?.events.count == 6)
        #expect(try f.store.verify().passed)
    }

    /// A write that fails part-way leaves nothing behind, and the next write does not see the
    /// steps the failed one had kept.
    @Test func aRolledBackWriteLeavesNoStepBehind() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        var number: TicketNumber?
        try f.store.write(actor: "admin", at: Self.t("2026-03-02T08:20")) { rec in
            number = try rec.reportFault(device: "ICU-V01", fault: "报警无声", at: Self.t("2026-03-02T08:10"), by: "lina",
                                         source: .request, calendar: .shanghai).number
        }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try f.store.write(actor: "admin", at: Self.t("2026-03-02T09:00")) { rec in
                _ = try rec.recordTicketStep(number!, TicketEvent(at: Self.t("2026-03-02T08:30"), by: "admin", step: .assigned(to: "admin")),
                                             calendar: .shanghai)
                throw Stop()
            }
        }
        #expect(try f.store.ticket(number!)?.events.count == 1)
        try f.store.write(actor: "admin", at: Self.t("2026-03-02T09:10")) { rec in
            let t = try rec.recordTicketStep(number!, TicketEvent(at: Self.t("2026-03-02T08:30"), by: "admin", step: .assigned(to: "admin")),
                                             calendar: .shanghai)
            #expect(t.events.count == 2)
        }
    }
}
