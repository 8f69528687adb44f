import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The uptime screen's two methods (R68): `m` switches time-based ↔ scheduled hours, the status
/// bar names the method it switches to, the head names the one shown; planned downtime (R34) beside
/// failure downtime; `c` lists the operating calendars. Every number by hand.
struct UptimeMethodTests {
    /// ED (only ED-DF01) on `mon-fri 08:00-18:00`; ED-DF01 out of service from Friday 2026-03-13
    /// 16:00, still open at now (Sunday 03-15 09:30); its first-level maintenance ran Wednesday
    /// 03-11 17:00–19:00.
    func fixture() throws -> AppFixture {
        let f = try AppFixture()
        let cal = FacilityCalendar.shanghai
        try f.store.write(actor: "wangfang", at: cal.parseTime("2026-03-02T08:00")!) { rec in
            _ = try rec.setOperatingCalendar("ED", OperatingCalendar(parsing: "mon-fri 08:00-18:00")!)
        }
        let from = cal.parseTime("2026-03-11T17:00")!, to = cal.parseTime("2026-03-11T19:00")!
        try f.store.write(actor: "wangfang", at: to) { rec in
            _ = try rec.recordMaintenance(WorkStamp(device: "ED-DF01", at: to, by: "wangfang"), tier: .first, with: nil, plugTest: nil,
                                          span: MaintenanceSpan(from: from, to: to), calendar: cal)
        }
        let opened = cal.parseTime("2026-03-13T16:00")!
        try f.store.write(actor: "wangfang", at: opened) { rec in
            _ = try rec.reportFault(device: "ED-DF01", fault: "无法充电", at: opened, by: "wangfang", source: .request, outOfService: true, calendar: cal)
        }
        return f
    }

    func board(_ app: App) throws -> UptimeBoardState {
        guard case .uptime(let u) = app.state.stack.last else { throw Failure("not the uptime board") }
        return u
    }

    struct Failure: Error { let text: String; init(_ t: String) { text = t } }

    @Test func mSwitchesToScheduledHoursAndBack() throws {
        let f = try fixture()
        let app = try f.app(.en)
        app.handle(.char("u"))
        // Time-based, 03-01 00:00 .. now 03-15 09:30: exposure 14 × 24 + 9.5 = 345.5 h; down from
        // Friday 16:00 to now = 41.5 h; planned 2 h; rate 1 − 41.5 / 345.5 = 87.99 %.
        var ed = try #require(try board(app).summary.month.departments.first { $0.key == "ED" })
        #expect(try board(app).summary.method == .time)
        #expect(ed.exposureHours == 345.5 && ed.downtimeHours == 41.5 && ed.plannedHours == 2)
        var frame = app.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[1].contains("[time-based]"), "\(frame.lines[1])")
        #expect(frame.lines.contains { $0.hasPrefix("ED") && $0.contains("87.99%") && $0.contains("41.50") && $0.contains("2.00") && $0.contains("345.5") },
                "\(frame.lines.joined(separator: "\n"))")
        #expect(frame.lines.last?.contains("m scheduled") == true, "\(frame.lines.last ?? "")")

        app.handle(.char("m"))
        // Scheduled: ten working days 03-02..03-13 × 10 h = 100 h; down Friday 16:00–18:00 = 2 h
        // (the weekend has no hours); planned Wednesday 17:00–18:00 = 1 h; rate 1 − 2 / 100 = 98 %.
        ed = try #require(try board(app).summary.month.departments.first { $0.key == "ED" })
        #expect(try board(app).summary.method == .scheduled)
        #expect(ed.exposureHours == 100 && ed.downtimeHours == 2 && ed.plannedHours == 1 && abs(ed.rate - 0.98) < 1e-9)
        frame = app.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[1].contains("[scheduled]") && frame.lines[2].contains("scheduled hours"), "\(frame.lines.prefix(3))")
        #expect(frame.lines.contains { $0.hasPrefix("ED") && $0.contains("98.00%") && $0.contains("100.0") }, "\(frame.lines.joined(separator: "\n"))")
        #expect(frame.lines.last?.contains("m time-based") == true, "\(frame.lines.last ?? "")")
        // A department without a calendar counts 24x7: ICU's figures are the time-based ones.
        let icu = try #require(try board(app).summary.month.departments.first { $0.key == "ICU" })
        #expect(icu.exposureHours.truncatingRemainder(dividingBy: 345.5) == 0, "\(icu)")

        app.handle(.char("m"))
        #expect(try board(app).summary.method == .time)
    }

    @Test func theMethodHoldsOnEveryLevelAndGoingBack() throws {
        let f = try fixture()
        let app = try f.app(.zh)
        app.handle(.char("u"))
        app.type(text: "/ED"); app.handle(.enter)
        app.handle(.enter)                                  // ED's devices
        app.handle(.char("m"))
        let frame = app.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[1].contains("ED") && frame.lines[1].contains("[计划时间法]"), "\(frame.lines[1])")
        #expect(frame.lines.contains { $0.hasPrefix("ED-DF01") && $0.contains("98.00%") && $0.contains("1.00") }, "\(frame.lines.joined(separator: "\n"))")
        #expect(frame.lines.last?.contains("m 时间法") == true, "\(frame.lines.last ?? "")")
        app.handle(.char("q"))
        #expect(try board(app).level == .departments && board(app).summary.method == .scheduled)
    }

    @Test func cListsTheOperatingCalendarsInBothLanguages() throws {
        let f = try fixture()
        for (language, hours, scope) in [(Language.en, "mon-fri 08:00-18:00", "department"), (.zh, "周一-周五 08:00-18:00", "科室")] {
            let app = try f.app(language)
            app.handle(.char("u"))
            app.handle(.char("c"))
            #expect(try board(app).level == .calendars)
            let frame = app.render(size: Size(width: 80, height: 24))
            #expect(frame.lines[1].contains(language == .zh ? "运行时间表" : "Operating calendars"), "\(frame.lines[1])")
            #expect(frame.lines.contains { $0.contains(scope) && $0.contains("ED") && $0.contains(hours) }, "\(frame.lines.joined(separator: "\n"))")
            app.handle(.char("q"))
            #expect(try board(app).level == .departments)
        }
    }

    @Test func noCalendarSaysTwentyFourSeven() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.handle(.char("u")); app.handle(.char("c"))
        let frame = app.render(size: Size(width: 80, height: 24))
        #expect(frame.lines.contains { $0.contains("No operating calendars: every device counts 24x7") }, "\(frame.lines.joined(separator: "\n"))")
    }
}
