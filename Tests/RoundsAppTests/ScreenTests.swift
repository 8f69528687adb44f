import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The screens as a user sees them, at 80x24 and 120x40, in Chinese and English.
struct ScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: [Language.zh, .en], sizes)
    func dashboard(language: Language, size: Size) throws {
        let f = try AppFixture()
        let app = try f.app(language)
        let frame = app.render(size: size)
        Snapshot.assert(frame, named: "dashboard-\(language.rawValue)-\(size.width)x\(size.height)")
        // Real counts: ICU has 3 devices (2 in service, 1 standby); the total line sums all 5.
        let icu = try #require(frame.lines.first { $0.contains("ICU") && $0.contains(language == .zh ? "重症医学科" : "Intensive") })
        #expect(icu.split(separator: " ").contains("3"))
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func archive(language: Language, size: Size) throws {
        let f = try AppFixture()
        let app = try f.app(language)
        app.type(.char("e"))
        let frame = app.render(size: size)
        Snapshot.assert(frame, named: "archive-\(language.rawValue)-\(size.width)x\(size.height)")
        // Columns holding Chinese names line up with ASCII ones: the status tag starts at the same
        // display column on every device row.
        let rows = frame.lines.filter { $0.contains("[") && ($0.hasPrefix("ICU-") || $0.hasPrefix("ED-") || $0.hasPrefix("CARD-")) }
        #expect(rows.count == 5)
        let columns = Set(rows.map { row in displayWidth(String(row[..<row.firstIndex(of: "[")!])) })
        #expect(columns.count == 1, "status column starts at \(columns)")
    }

    @Test func detailShowsEveryFieldAndHistory() throws {
        let f = try AppFixture()
        let app = try f.app(.zh)
        app.type(.char("e"))
        app.type(.enter)   // first row: CARD-E01 (ordered by department code, then location)
        let frame = app.render(size: Size(width: 80, height: 24))
        Snapshot.assert(frame, named: "detail-zh-80x24")
        #expect(frame.text.contains("出厂编号"))
        #expect(frame.text.contains("NK-2350-9"))
        #expect(frame.text.contains("[停用]"))
        #expect(frame.text.contains("设备标志"))
        // Twenty-one fields (R6) fill 80x24; the history is one page down.
        app.type(.char("G"))
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("记录历史"))
    }

    @Test func searchFindsChineseSubstringAndEscRestores() throws {
        let f = try AppFixture()
        let app = try f.app(.zh)
        app.type(.char("e"), .char("/"))
        app.type(text: "呼吸")
        var text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("ICU-V01") && text.contains("ICU-V02"))
        #expect(!text.contains("ED-DF01"))
        app.type(.escape)   // cancel: the search text before `/` (none) comes back
        text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("ED-DF01"))
    }

    @Test func filtersByDepartmentAndStatus() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("e"), .char("d"))
        // Picker: All, CARD, ED, ICU — three downs select ICU.
        app.type(.down, .down, .down, .enter)
        var text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("3 devices"))
        app.type(.char("s"))   // status cycles from all to in-service
        text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("2 devices"))
        app.type(.char("c"))
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("5 devices"))
    }

    @Test func helpIsGeneratedFromTheCommandTable() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("?"))
        let frame = app.render(size: Size(width: 80, height: 24))
        Snapshot.assert(frame, named: "help-en-80x24")
        // At 120x40 the whole list fits: every key of every command of this screen and the global ones.
        let large = app.render(size: Size(width: 120, height: 40))
        for command in CommandTable.commands(in: .dashboard) {
            #expect(large.text.contains(command.keys.map(\.name).joined(separator: " ")), "\(command.id)")
        }
    }

    @Test func languageSwitchesAtRuntime() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("Hospital total"))
        app.type(.char("L"))
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("全院合计"))
    }

    @Test(arguments: [Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 10, height: 3), Size(width: 1, height: 1), Size(width: 0, height: 0)])
    func tooSmallNeverCrashes(size: Size) throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("e"))
        let frame = app.render(size: size)
        if size.width >= 20 { #expect(frame.text.contains("Terminal too small")) }
        // Back at full size everything is drawn again.
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("Equipment archive"))
    }

    /// At 40x10 the screen says only "Terminal too small": keys must not act blind (three Spaces once
    /// recorded three inspections nobody could see). Q still quits.
    @Test func keysDoNothingWhileTheTerminalIsTooSmall() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("e"))                                     // the archive, at full size
        _ = app.render(size: Size(width: 40, height: 10))
        #expect(app.handle(.enter))                              // would open the selected device
        #expect(app.handle(.char("q")))                          // would go back: nothing either
        #expect(app.state.context == .archive)
        _ = app.render(size: Size(width: 80, height: 24))
        #expect(app.handle(.enter))
        #expect(app.state.context == .detail)
        _ = app.render(size: Size(width: 40, height: 10))
        #expect(app.handle(.char("Q")) == false)                 // quitting works
    }

    @Test func quitWalksBack() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("e"), .enter)
        #expect(app.handle(.char("q")))      // detail → archive
        #expect(app.handle(.char("q")))      // archive → dashboard
        // The first screen: q and Esc only say how to quit (issue #11: they once quit at once, and
        // an Alt+key arrives as Esc); Q quits.
        #expect(app.handle(.char("q")))
        #expect(app.state.message == "This is the first screen: Q (capital) quits")
        #expect(app.handle(.escape))
        #expect(app.handle(.alt("\n")))      // Alt+Enter: no command
        #expect(!app.handle(.char("Q")))
    }

    /// Q or Ctrl-C with text typed into a form asks first; "keep editing" returns to the same form
    /// with its text; a second Ctrl-C while asked quits.
    @Test func quittingWithTypedTextAsks() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.type(.char("e"), .enter, .char("n"))             // a device, then a new repair request
        app.type(text: "no display")
        #expect(app.handle(.ctrl("c")))
        guard case .picker(let p) = app.state.overlay else { Issue.record("no question"); return }
        #expect(p.title == "What you typed is not saved. Quit and discard it?")
        #expect(app.handle(.enter))                           // the default answer: keep editing
        guard case .form(let form) = app.state.overlay else { Issue.record("the form is gone"); return }
        #expect(form.value(0) == "no display")
        #expect(app.handle(.ctrl("c")))                       // asked again
        #expect(!app.handle(.ctrl("c")))                      // and Ctrl-C again means it
        // With nothing typed Ctrl-C quits at once.
        let empty = try f.app(.en)
        #expect(!empty.handle(.ctrl("c")))
    }

    @Test func seesChangesMadeByOthers() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        try f.store.write(actor: "wangfang", at: f.now) { rec in
            var d = try #require(try f.store.device("ICU-M01"))
            d.status = .inService
            try rec.save(d)
        }
        app.tick()
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Updated with changes made by others"))
    }
}

/// A running app notices midnight: "overdue" is about today, so a new day recomputes every screen.
struct MidnightTests {
    final class Clock: @unchecked Sendable { var now: Instant; init(_ n: Instant) { now = n } }

    @Test func overdueCountsChangeAtMidnightWithoutARestart() throws {
        let f = try AppFixture()
        let cal = FacilityCalendar.shanghai
        // 2026-01-31 23:59: the monthly rounds of 2026-01 (since 2026-01-01) are due today, not overdue.
        let clock = Clock(cal.parseTime("2026-01-31T23:59")!)
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { clock.now }), language: .en)
        let before = app.render(size: Size(width: 80, height: 24)).text
        // Ten-day rounds were due 2026-01-11 for the 3 key life-support/emergency devices: 3 overdue.
        #expect(before.contains("[OVERDUE] 3"), "\(before)")
        clock.now = cal.parseTime("2026-02-01T00:01")!
        app.tick()
        let after = app.render(size: Size(width: 80, height: 24)).text
        // Past midnight the 4 tracked devices' monthly rounds (due 2026-01-31) are overdue too: 3 + 4.
        #expect(after.contains("[OVERDUE] 7"), "\(after)")
        #expect(after.contains("A new day"))
    }
}

/// A record dated a little after the screen's clock (up to 5 minutes is allowed, R4) appears once
/// the clock passes it, without another write (issue #10: it never appeared until one arrived).
struct FutureRecordTests {
    @Test func aRecordDatedMinutesAheadAppearsWhenTheClockPassesIt() throws {
        let f = try AppFixture()
        let cal = FacilityCalendar.shanghai
        let clock = MidnightTests.Clock(cal.parseTime("2026-01-15T10:00")!)
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { clock.now }), language: .en)
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("Down 0"))
        // Another workstation, its clock two minutes ahead, reports ICU-V01 down.
        let ahead = clock.now.adding(seconds: 120)
        try f.store.write(actor: "wangfang", at: clock.now) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "报警", at: ahead, by: "wangfang", source: .request, calendar: cal)
        }
        app.tick()                                          // the change is read, but the ticket is still "later"
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("Down 0"))
        clock.now = clock.now.adding(seconds: 360)          // 10:06: past the ticket and the 5-minute allowance
        app.tick()                                          // no write since: the promised re-read
        let after = app.render(size: Size(width: 80, height: 24)).text
        #expect(after.contains("Down 1"), "\(after)")
    }
}

/// Going back to a screen rereads its data only when something was written since it was read.
struct BackReloadTests {
    @Test func backToTheDashboardShowsWritesMadeMeanwhile() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.handle(.char("e"))
        let before = app.state.changeMark
        try f.store.write(actor: "wangfang", at: f.now) { rec in
            var d = try #require(try f.store.device("ICU-M01"))
            d.status = .inService
            try rec.save(d)
        }
        app.handle(.char("q"))
        // ICU: 3 devices, now all in service (the standby monitor was put in service meanwhile).
        let icu = try #require(app.render(size: Size(width: 80, height: 24)).lines.first { $0.hasPrefix("ICU ") })
        #expect(icu.split(separator: " ").filter { $0 == "3" }.count == 2, "total 3 and in use 3: \(icu)")
        #expect(app.state.changeMark > before)
    }
}

/// A long message wraps above the status bar instead of being cut mid-word at 80 columns.
struct MessageWrapTests {
    @Test func aLongRefusalIsReadInFullAt80Columns() throws {
        let f = try AppFixture()
        let why = "R4: this evidence store is open \"as of\" --now, for reading: writes are entered at the system clock (leave out --now)"
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { f.now }, writeRefusal: why), language: .en)
        app.handle(.char("r"))
        let lines = app.render(size: Size(width: 80, height: 24)).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = lines.suffix(4).joined(separator: " ")
        #expect(joined.contains("writes are entered at the system clock (leave out --now)"), "\(lines.suffix(4))")
        #expect(lines.last?.hasPrefix("Enter open") == true, "the keys stay on the bar: \(lines.last ?? "")")
    }
}
