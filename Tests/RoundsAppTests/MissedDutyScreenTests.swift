import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The missed-duty screen (x from the dashboard, R100): escalation after its thresholds in
/// hand-computed hours, and snapshots in both languages at both sizes.
struct MissedDutyScreenTests {
    /// The ICU ventilator (key equipment) reported out of service on 2026-03-14 at 09:00 and never
    /// assigned; the screen is read on 2026-03-15 at 09:30.
    static func hospital() throws -> AppFixture {
        let f = try AppFixture()
        try f.addRadiation()
        let at = FacilityCalendar.shanghai.parseTime("2026-03-14T09:00")!
        try f.store.write(actor: "wangfang", at: at) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "无法开机 no power", at: at, by: "wangfang", source: .request,
                                    outOfService: true, calendar: .shanghai)
        }
        return f
    }

    func board(_ app: App) throws -> MissedDutyBoardState {
        app.handle(.char("x"))
        guard case .exceptions(let x) = app.state.stack.last! else { throw Refused() }
        return x
    }
    struct Refused: Error {}

    @Test func ticketDutiesEscalateAfterTheirHours() throws {
        let f = try Self.hospital()
        var x = try board(try f.app(.en))
        // R38: key equipment is assigned within 15 minutes, so the duty fell due at 09:15 on the
        // 14th; at 09:30 on the 15th it is 24 h 15 min old: 24 whole hours, escalated (24 hours).
        let late = try #require(x.duties.first { $0.kind == .lateAssignment && $0.device == "ICU-V01" })
        #expect(late.since == FacilityCalendar.shanghai.parseTime("2026-03-14T09:15")!)
        #expect(late.age(now: f.now).hours == 24 && late.escalated)
        // R53: not repaired within 4 hours, so no substitute is missed from 13:00 on the 14th:
        // 20 h 30 min old, 20 whole hours, under 24: not yet escalated.
        let sub = try #require(x.duties.first { $0.kind == .noSubstitute })
        #expect(sub.age(now: f.now).hours == 20 && !sub.escalated)
        // The DR's failed test of 2026-02-01 is 42 days old, over the 7 days for QC (R84).
        let qc = try #require(x.duties.first { $0.kind == .qcFailed })
        #expect(qc.daysOverdue == 42 && qc.escalated)
        // Escalated lines come first.
        #expect(x.duties.prefix { $0.escalated }.count == x.duties.filter(\.escalated).count)

        // rule.escalate-ticket-hours 20: the missing substitute reaches the head at 20 hours.
        try f.store.write(actor: "wangfang", at: f.now) { try $0.setRule(.escalateTicketHours, "20") }
        x = try board(try f.app(.en))
        #expect(x.duties.first { $0.kind == .noSubstitute }?.escalated == true)
        #expect(x.thresholds.ticketHours == 20)
    }

    @Test func enterOpensTheTicketBehindALine() throws {
        let f = try Self.hospital()
        let app = try f.app(.zh)
        let x = try board(app)
        let i = try #require(x.duties.firstIndex { $0.kind == .lateAssignment && $0.device == "ICU-V01" })
        for _ in 0..<i { app.handle(.down) }
        app.handle(.enter)
        guard case .ticket(let t) = app.state.stack.last! else { Issue.record("not a ticket"); return }
        #expect(t.ticket.device == "ICU-V01")
    }

    static let screens: [(name: String, keys: [Key])] = [("dashboard-duties", []), ("exceptions", [.char("x")])]

    static var cases: [(String, Language, Int)] {
        screens.indices.flatMap { i in [Language.zh, .en].flatMap { l in [0, 1].map { (screens[i].name, l, $0) } } }
    }

    @Test(arguments: cases)
    func screen(name: String, language: Language, sizeIndex: Int) throws {
        let size = ScreenTests.sizes[sizeIndex]
        let app = try Self.hospital().app(language)
        for key in Self.screens.first(where: { $0.name == name })!.keys { app.handle(key) }
        Snapshot.assert(app.render(size: size), named: "screen-\(name)-\(language.rawValue)-\(size.width)x\(size.height)")
    }
}

/// R32 on the `x` screen: ED-DF01's second-level maintenance recorded as a summary, without its
/// powered test, on 2026-03-12 at 14:00; read on 2026-03-15 at 09:30 it is 3 days old
/// (03-15 − 03-12), escalated at the 3 days of rule.escalate-inspection-days.
struct PoweredTestDutyScreenTests {
    @Test func aMissingPoweredTestIsListedInBothLanguages() throws {
        let f = try AppFixture()
        let at = FacilityCalendar.shanghai.parseTime("2026-03-12T14:00")!
        try f.store.write(actor: "wangfang", at: at) { rec in
            try rec.save(Person(login: "zhao", name: "赵强", roles: [.engineer], department: ""))
            _ = try rec.recordMaintenance(WorkStamp(device: "ED-DF01", at: at, by: "wangfang"), tier: .second, with: "zhao", plugTest: nil,
                                          calendar: .shanghai)
        }
        for (language, name) in [(Language.en, "powered test not recorded"), (.zh, "插电测试未记录")] {
            let app = try f.app(language)
            app.handle(.char("x"))
            guard case .exceptions(let x)? = app.state.stack.last else { Issue.record("not the missed-duty screen"); return }
            let duty = try #require(x.duties.first { $0.kind == .poweredTestMissing })
            #expect(duty.rule == "R32" && duty.device == "ED-DF01" && duty.daysOverdue == 3 && duty.escalated)
            let frame = app.render(size: Size(width: 80, height: 24))
            #expect(frame.lines.contains { $0.hasPrefix("R32") && $0.contains(name) && $0.contains("ED-DF01") }, "\(frame.lines.joined(separator: "\n"))")
        }
    }
}
