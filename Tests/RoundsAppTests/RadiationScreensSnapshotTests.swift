import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The radiation QC screens of the fixture hospital with its radiation devices
/// (``AppFixture/addRadiation()``), in Chinese and English, at 80x24 and 120x40, as reviewed text
/// snapshots (`RECORD_SNAPSHOTS=1` rewrites them).
struct RadiationScreensSnapshotTests {
    static let screens: [(name: String, keys: [Key])] = [
        ("dashboard-qc", []),
        ("radiation-due", [.char("R")]),
        ("radiation-stability", [.char("R"), .tab]),
        ("radiation-restricted", [.char("R"), .tab, .tab]),
        ("radiation-half-year", [.char("R"), .tab, .tab, .tab]),
        ("radiation-organisations", [.char("R"), .tab, .tab, .tab, .tab]),
        ("qc-test", [.char("R"), .tab, .tab, .enter]),
        ("help-radiation", [.char("R"), .char("?")]),
    ]

    static var cases: [(String, Language, Int)] {
        screens.indices.flatMap { i in [Language.zh, .en].flatMap { l in [0, 1].map { (screens[i].name, l, $0) } } }
    }

    @Test(arguments: cases)
    func screen(name: String, language: Language, sizeIndex: Int) throws {
        let size = ScreenTests.sizes[sizeIndex]
        let f = try AppFixture()
        try f.addRadiation()
        let fixed = f.now
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: FakeRunner()),
                          language: language)
        for key in Self.screens.first(where: { $0.name == name })!.keys { app.handle(key) }
        let frame = app.render(size: size)
        Snapshot.assert(frame, named: "screen-\(name)-\(language.rawValue)-\(size.width)x\(size.height)")
        #expect((frame.lines.first ?? "").contains(language == .zh ? "巡检" : "Rounds"))
    }

    /// The due list in hand-computed days: the CT tested 2025-04-04 is due 2026-04-04, 20 days
    /// after 2026-03-15, inside the 30-day reminder (R79); the DR failed on 2026-02-01 and stays
    /// restricted (R84); the blacklisted organisation and the one without the CT standard in its
    /// scope are flagged (R86).
    @Test func dueListInDays() throws {
        let f = try AppFixture()
        try f.addRadiation()
        let app = try f.app(.en)
        app.handle(.char("R"))
        guard case .radiation(let r) = app.state.stack.last! else { Issue.record("not the radiation screen"); return }
        let ct = try #require(r.standings.first { $0.device.tag == "RAD-CT01" })
        #expect(ct.due.due == Day(2026, 4, 4)! && ct.due.daysLeft == 20 && ct.due.reminder == 30)
        #expect(r.standings.first { $0.device.tag == "RAD-DR01" }?.isRestricted == true)
        let cc = try #require(r.organisations.first { $0.organisation.code == "cc-rad" })
        #expect(cc.problems == [.outOfScope, .blacklisted] && cc.uncovered == ["WS519-2019"])
        #expect(r.organisations.first { $0.organisation.code == "jl-oph" }?.mayTest == true)
        #expect(RadiationCounts(r.standings) == { var c = RadiationCounts(); c.due = 1; c.restricted = 1; return c }())
    }

    /// Every new screen drawn at odd sizes, smaller than the minimum and far larger, never
    /// crashes; too small says so.
    @Test func everyNewScreenSurvivesResizing() throws {
        let f = try AppFixture()
        try f.addRadiation()
        for keys in Self.screens.map(\.keys) + [[.char("x")]] {
            let app = try f.app(.zh)
            for key in keys { app.handle(key) }
            for size in [Size(width: 79, height: 23), Size(width: 1, height: 1), Size(width: 81, height: 24), Size(width: 240, height: 70)] {
                let frame = app.render(size: size)
                #expect(frame.lines.count == size.height)
            }
            #expect(app.render(size: Size(width: 60, height: 20)).lines.joined().contains("60x20"))
        }
    }

    /// Without the command line (no terminal), `n` says why instead of opening a form.
    @Test func recordKeySaysWhyWithoutTheCommandLine() throws {
        let f = try AppFixture()
        try f.addRadiation()
        let app = try f.app(.en)
        app.type(.char("R"), .char("n"))
        #expect(app.state.overlay == nil && app.state.message == Strings(language: .en).t(.commandLineUnavailable))
    }

    /// `n` on a restricted device opens the `qc record` form with the device and the failed kind
    /// filled in (R84: the retest).
    @Test func recordKeyOpensTheFormWithTheDevice() throws {
        let f = try AppFixture()
        try f.addRadiation()
        let fixed = f.now
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: FakeRunner()),
                          language: .en)
        app.type(.char("R"), .tab, .tab, .char("n"))
        guard case .form(let form) = app.state.overlay else { Issue.record("no form: \(app.state.message ?? "")"); return }
        #expect(form.title == ": qc record")
        #expect(form.fields.contains { $0.value == "RAD-DR01" })
        #expect(form.fields.contains { $0.value == "status" })
    }

    /// `n` on a stability item opens the form for a stability test of its device (R80); Enter
    /// on an item never stability-tested says there is no test on the line.
    @Test func recordKeyOnAStabilityItemOpensAStabilityTest() throws {
        let f = try AppFixture()
        try f.addRadiation()
        let fixed = f.now
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: FakeRunner()),
                          language: .en)
        app.type(.char("R"), .tab, .enter)
        #expect(app.state.message == Strings(language: .en).t(.noTestOnLine))
        app.type(.char("n"))
        guard case .form(let form) = app.state.overlay else { Issue.record("no form: \(app.state.message ?? "")"); return }
        #expect(form.fields.contains { $0.value == "RAD-CT01" })
        #expect(form.fields.contains { $0.value == "stability" })
    }
}
