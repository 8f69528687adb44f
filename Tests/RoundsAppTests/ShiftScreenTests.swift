import Foundation
import GRDB
import Testing
@testable import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The shift screen and the handover: faster than paper, and impossible to pretend.
struct ShiftScreenTests {
    /// The fixture hospital plus two ICU nurses with PINs; the clock at 15:40, late in the day shift.
    static func ward() throws -> (AppFixture, Instant) {
        let f = try AppFixture()
        let now = FacilityCalendar.shanghai.parseTime("2026-03-15T15:40")!
        try f.store.write(actor: "wangfang", at: f.now) { rec in
            try rec.save(Person(login: "lina", name: "李娜", roles: [.operator], department: "ICU"))
            try rec.save(Person(login: "zhang", name: "张伟", roles: [.operator], department: "ICU"))
        }
        try f.store.write(actor: "lina", at: f.now) { try $0.setPIN("24682468", for: "lina", oldPIN: nil, osAccount: "lina") }
        try f.store.write(actor: "zhang", at: f.now) { try $0.setPIN("13571357", for: "zhang", oldPIN: nil, osAccount: "zhang") }
        return (f, now)
    }

    static func app(_ f: AppFixture, _ language: Language, as login: String = "lina", now: Instant) throws -> App {
        try App(environment: AppEnvironment(store: f.store, login: login, now: { now }, exportDirectory: f.dir.path,
                                                   signer: SessionSigner(login: login, proof: .pin)), language: language)
    }

    func count(_ store: Store, _ sql: String) throws -> Int { try store.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    /// From the dashboard: ED is the first row, ICU the second (key departments first, by code).
    func openICU(_ app: App) { app.handle(.down); app.handle(.char("c")) }

    @Test func oneKeyPerHealthyDevice() throws {
        let (f, now) = try Self.ward()
        let app = try Self.app(f, .zh, now: now)
        openICU(app)
        #expect(app.state.context == .shift)
        // ICU has two devices in service (its monitor is on standby and owes no check): two keys.
        app.handle(.char(" "))
        app.handle(.char(" "))
        #expect(try count(f.store, "SELECT COUNT(*) FROM daily_checks WHERE result = 'ok'") == 2)
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("已检 2/2"))
        #expect(text.contains("[完成]"))
        // Space on a device already checked normal moves on without a second record.
        app.handle(.char(" "))
        #expect(try count(f.store, "SELECT COUNT(*) FROM daily_checks") == 2)
    }

    @Test func aProblemTakesAChineseNoteAndRaisesAFocusedInspection() throws {
        let (f, now) = try Self.ward()
        let app = try Self.app(f, .zh, now: now)
        openICU(app)
        app.handle(.char("p"))
        #expect(app.state.context == .note)
        app.handle(.enter)                                        // an empty note is not enough
        #expect(app.state.context == .note)
        app.type(text: "报警失灵")
        app.handle(.enter)
        #expect(try count(f.store, "SELECT COUNT(*) FROM daily_checks WHERE result = 'problem' AND note = '报警失灵'") == 1)
        #expect(try count(f.store, "SELECT COUNT(*) FROM focused_inspections WHERE device = 'ICU-V01'") == 1)
        let ticket = try #require(try f.store.tickets().first)
        #expect(ticket.device == "ICU-V01" && !ticket.outOfService)
        #expect(app.state.message?.contains(ticket.number.description) == true)
        // A problem does not move on: the note stays next to its device; Space checks the next one.
        app.handle(.down)
        app.handle(.char(" "))
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("[问题]") && text.contains("报警失灵"))
        // Space on the device with the problem (the usual "carry on" key) must not erase it: it
        // asks, the default answer keeps the problem, and no second record is made (issue: Space after p).
        app.handle(.up)
        app.handle(.char(" "))
        guard case .picker(let p) = app.state.overlay else { Issue.record("no question"); return }
        #expect(p.title.contains("ICU-V01 [问题]") && p.title.contains("改为正常？"), "\(p.title)")
        app.handle(.enter)
        #expect(try count(f.store, "SELECT COUNT(*) FROM daily_checks WHERE device = 'ICU-V01'") == 1)
        #expect(try f.store.tickets(TicketFilter(openOnly: true)).count == 1)
        // The engineer at the keyboard acknowledges it (wangfang is an engineer): response time recorded.
        let engineer = try Self.app(f, .en, as: "wangfang", now: now.adding(seconds: 600))
        openICU(engineer)
        engineer.handle(.char("g"))
        engineer.handle(.char("a"))
        #expect(engineer.state.message?.contains("10 min") == true)
        #expect(try f.store.focusedInspections(now: now.adding(seconds: 700)).first?.responseSeconds == 600)
    }

    @Test func signedByOneAcknowledgedByAnotherWithTheirPIN() throws {
        let (f, now) = try Self.ward()
        let app = try Self.app(f, .en, now: now)
        openICU(app)
        app.handle(.char("p")); app.type(text: "alarm silent"); app.handle(.enter)
        app.handle(.down); app.handle(.char(" "))
        app.handle(.char("h"))
        #expect(app.state.context == .handover)
        app.handle(.char("n")); app.type(text: "watch V01"); app.handle(.enter)
        app.handle(.char("S"))
        #expect(app.state.context == .form)
        app.type(text: "24682468")                                    // the PIN field has the focus
        app.handle(.enter)
        #expect(app.state.overlay == nil)
        #expect(try count(f.store, "SELECT COUNT(*) FROM handovers WHERE signed_by = 'lina' AND note = 'watch V01'") == 1)

        // The acknowledgement: lina (the signer) is not offered; zhang is, and types his own PIN.
        app.handle(.char("a"))
        guard case .form(let form) = app.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields[0].value == "zhang")
        app.handle(.tab)
        app.type(text: "24682468")                                    // lina's PIN for zhang: refused
        app.handle(.enter)
        guard case .form(let refused) = app.state.overlay else { Issue.record("the form closed on a wrong PIN"); return }
        #expect(refused.error == "R2: wrong PIN for zhang")
        app.handle(.ctrl("u")); app.type(text: "13571357")
        app.handle(.enter)
        #expect(app.state.overlay == nil)
        let record = try #require(try f.store.handovers(now: now).first)
        #expect(record.signedBy == "lina" && record.acknowledgedBy == "zhang" && record.acknowledgedAtKeyboardOf == "lina")
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("[ACKNOWLEDGED]"))
        // The sheet, as signed, shows the problem device.
        #expect(record.sheet.checks.contains { $0.device == "ICU-V01" && $0.result == .problem && $0.note == "alarm silent" })

        // History lists it; x exports the printable text.
        app.handle(.char("H"))
        #expect(app.state.context == .handovers)
        app.handle(.char("x"))
        let file = f.dir.appendingPathComponent("rounds-handover-ICU-2026-03-15-0800-\(record.id)-en.txt")
        let printed = try String(contentsOf: file, encoding: .utf8)
        #expect(printed.contains("[PROBLEM]  ICU-V01"))
        #expect(printed.contains("Incoming 张伟 zhang"))
        // The printout ends with the seal line of the state it was made from (R3): the chain's head,
        // the time of printing, the person at this keyboard.
        let seal = try f.store.headSeal(at: now, login: "lina")
        #expect(printed.hasSuffix("\n\n" + seal.line + "\n"), "\(printed.suffix(200))")
        #expect(try f.store.verify(seals: .given(seal)).passed)
        #expect(try f.store.verify().passed)
    }

    @Test func historySearchFindsADeviceOnASheet() throws {
        let (f, now) = try Self.ward()
        let sheet = try f.store.handoverSheet(department: "ICU", now: now, note: "氧气瓶已更换")
        _ = try f.store.write(actor: "lina", at: now) { try $0.signHandover(sheet, pin: "24682468", requirePIN: false) }
        let app = try Self.app(f, .zh, now: now)
        openICU(app)
        app.handle(.char("H"))
        app.handle(.char("/")); app.type(text: "氧气瓶")
        guard case .handovers(let found) = app.state.stack.last! else { Issue.record("not the history"); return }
        #expect(found.records.count == 1)
        app.type(text: "X")
        guard case .handovers(let none) = app.state.stack.last! else { return }
        #expect(none.records.isEmpty)
        app.handle(.escape)
        guard case .handovers(let back) = app.state.stack.last! else { return }
        #expect(back.records.count == 1 && back.search == nil)
    }

    /// R23 on screen, across midnight in Shanghai: a device checked at 23:50 is fine; the other one is
    /// flagged at 00:10 without a restart, and today starts with both pending.
    @Test func theOpenShiftScreenFlagsTheMissedCheckAfterMidnight() throws {
        let (f, _) = try Self.ward()
        let cal = FacilityCalendar.shanghai
        let clock = MidnightTests.Clock(cal.parseTime("2026-03-15T23:50")!)
        let app = try App(environment: AppEnvironment(store: f.store, login: "lina", now: { clock.now }, signer: SessionSigner(login: "lina", proof: .pin)), language: .en)
        openICU(app)
        app.handle(.char(" "))                                    // ICU-V01 checked at 23:50 on the 15th
        var text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Checked 1/2"))
        clock.now = cal.parseTime("2026-03-16T00:10")!
        app.tick()
        text = app.render(size: Size(width: 80, height: 24)).text
        // The 16th: nothing checked yet; ICU-V02 missed the 15th, ICU-V01 did not.
        #expect(text.contains("Checked 0/2"), "\(text)")
        #expect(text.contains("Missed yesterday 1"), "\(text)")
        let v02 = text.split(separator: "\n").first { $0.hasPrefix("ICU-V02") } ?? ""
        let v01 = text.split(separator: "\n").first { $0.hasPrefix("ICU-V01") } ?? ""
        #expect(v02.contains("[MISSED YDAY]") && !v01.contains("[MISSED YDAY]"), "\(text)")
    }

    @Test(arguments: [Language.zh, .en])
    func shiftScreenSnapshot(language: Language) throws {
        let (f, now) = try Self.ward()
        let app = try Self.app(f, language, now: now)
        openICU(app)
        app.handle(.char("p")); app.type(text: "报警失灵"); app.handle(.enter)
        app.handle(.down)
        Snapshot.assert(app.render(size: Size(width: 80, height: 24)), named: "shift-\(language.rawValue)-80x24")
    }

    @Test(arguments: [Language.zh, .en])
    func handoverSheetSnapshot(language: Language) throws {
        let (f, now) = try Self.ward()
        let app = try Self.app(f, language, now: now)
        openICU(app)
        app.handle(.char("p")); app.type(text: "报警失灵"); app.handle(.enter)
        app.handle(.down); app.handle(.char(" "))
        app.handle(.char("h"))
        app.handle(.char("S")); app.type(text: "24682468"); app.handle(.enter)
        Snapshot.assert(app.render(size: Size(width: 80, height: 24)), named: "handover-\(language.rawValue)-80x24")
    }
}

/// A daily-check problem corrected to normal: confirmed, with its reason, its ticket kept — and the
/// handover no longer counts or lists it (issue #11: "Problem 0" above a listed problem).
struct ShiftAmendmentTests {
    @Test func aProblemCorrectedToNormalKeepsItsTicketAndLeavesTheSheet() throws {
        let (f, now) = try ShiftScreenTests.ward()
        let app = try ShiftScreenTests.app(f, .en, now: now)
        let screens = ShiftScreenTests()
        screens.openICU(app)
        app.handle(.char("p")); app.type(text: "alarm silent"); app.handle(.enter)
        let number = try #require(try f.store.tickets().first?.number)
        app.handle(.char(" "))                                    // on the problem: the question
        app.handle(.down); app.handle(.enter)                     // yes → the form
        guard case .form(let form) = app.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.label) == ["Why it was wrong", "Ticket \(number)"])
        #expect(form.value(1) == "keep")                          // keeping the ticket is the default
        app.type(text: "alarm was muted by the nurse")
        app.handle(.enter)
        #expect(app.state.message == "Corrected to normal: ICU-V01 \(number) kept open")
        #expect(try screens.count(f.store, "SELECT COUNT(*) FROM corrections WHERE tbl = 'daily_checks' AND reason = 'alarm was muted by the nurse'") == 1)
        #expect(try f.store.tickets(TicketFilter(openOnly: true)).map(\.number) == [number])
        let later = now.adding(seconds: 60)
        let checks = try f.store.dailyChecks(department: "ICU", day: FacilityCalendar.shanghai.day(of: later), now: later)
        #expect(checks.filter { $0.device == "ICU-V01" }.map(\.problem) == [false])
        #expect(try f.store.focusedInspections(department: "ICU", now: later).isEmpty, "the withdrawn problem leaves the sheet")
        #expect(try f.store.verify().passed, "the amendment is in the audited chain like any record")
    }
}
