import Foundation
import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// Signing a device back in the TUI is bound to the recipient (R2): their own PIN when they have one.
struct SignBackTests {
    @Test func recipientWithAPINMustTypeIt() throws {
        let f = try AppFixture()
        // The ICU nurse who signs the ventilator back has a PIN; the request is opened, assigned,
        // started and repaired with the CLI's write path.
        try f.store.write(actor: "wangfang", at: f.now) { rec in
            try rec.save(Person(login: "lina", name: "李娜", roles: [.operator], department: "ICU"))
        }
        // lina sets her first PIN as if her own OS account ran the program (no code needed).
        try f.store.write(actor: "lina", at: f.now) { try $0.setPIN("24682468", for: "lina", oldPIN: nil, osAccount: "lina") }
        let cal = FacilityCalendar.shanghai
        let t0 = f.now.adding(seconds: -7200)
        let number = try f.store.write(actor: "wangfang", at: t0.adding(seconds: 600)) { rec -> TicketNumber in
            let n = try rec.reportFault(device: "ICU-V01", fault: "报警", at: t0, by: "wangfang", source: .request, calendar: cal).number
            for step in [TicketStep.assigned(to: "wangfang"), .received(), .started, .repaired(work: "更换传感器", cause: .component)] {
                try rec.recordTicketStep(n, TicketEvent(at: t0.adding(seconds: 600), by: "wangfang", step: step), calendar: cal)
            }
            return n
        }
        let app = try f.app(.en)
        app.type(.char("t"), .enter)                       // tickets → the only open one
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains(number.description))
        // Sign back: the recipient choice offers the ICU people and the custodian (lina, wangfang),
        // starting at the user; Left picks lina, then Tab to her PIN.
        app.type(.char("b"), .left, .tab)
        app.type(text: "11111111"); app.type(.enter)
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("R2: wrong PIN for lina"))
        for _ in 0..<8 { app.type(.backspace) }
        app.type(text: "24682468"); app.type(.enter)
        let ticket = try #require(try f.store.ticket(number))
        #expect(ticket.state == .returned)
        #expect(ticket.events.last?.by == "lina")
        #expect(try f.store.verify().passed)
    }

    /// Keys ask the rules before a form opens: a nurse pressing `w` (the repair record, R41) is told
    /// at once instead of after filling the whole form (issue: keys ignore state).
    @Test func aFormTheRulesWouldRefuseDoesNotOpen() throws {
        let f = try AppFixture()
        let app = try f.nurseOnAStartedRepair(.en)
        app.type(.char("t"), .enter)                        // tickets (a nurse sees her department's) → the ICU ticket
        #expect(app.state.context == .ticket, "\(app.render(size: Size(width: 80, height: 24)).text)")
        app.type(.char("w"))
        #expect(!app.state.hasOverlay, "no repair form for a nurse")
        #expect(app.state.message?.contains("R41") == true, "\(app.state.message ?? "")")
        // The engineer gets the form.
        let engineer = try f.app(.en)
        engineer.type(.char("t"), .enter)                   // my tickets (assigned to me) → the ticket
        #expect(engineer.state.context == .ticket, "\(engineer.state.message ?? "") \(engineer.state.stack.count)")
        engineer.type(.char("w"))
        #expect(engineer.state.hasOverlay)
    }
}
