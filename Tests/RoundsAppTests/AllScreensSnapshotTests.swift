import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// Every screen and overlay, in Chinese and English, at 80x24 and 120x40, kept as reviewed text
/// snapshots (`RECORD_SNAPSHOTS=1` rewrites them; review the diff). Each entry is the keys that
/// reach the screen from the dashboard of the fixture hospital, which has one open ticket (and for
/// the radiation screens its radiation devices, licence and imaging log, ``AppFixture/addLicenceAndImaging()``).
struct AllScreensSnapshotTests {
    static let screens: [(name: String, keys: [Key])] = [
        ("overdue", [.char("G"), .char("o")]),
        ("uptime", [.char("u")]),
        ("uptime-devices", [.char("u"), .enter]),
        // R68: the rate over scheduled hours (m), and the operating calendars (c; none in the fixture).
        ("uptime-scheduled", [.char("u"), .char("m")]),
        ("uptime-calendars", [.char("u"), .char("c")]),
        ("tickets", [.char("t")]),
        ("ticket", [.char("t"), .enter]),
        ("ticket-steps", [.char("t"), .enter, .char("m")]),
        ("command-line", [.char(":")] + "ticket d".map { Key.char($0) } + [.tab]),
        ("command-form", [.char(":")] + "ticket defer WX-2026-000001".map { Key.char($0) } + [.enter]),
        ("output", [.char(":")] + "report overdue".map { Key.char($0) } + [.enter]),
        ("detail", [.char("e"), .enter]),
        // The device file (R9) of ICU-V01, found in the archive and opened from its screen: its
        // creation, status and the open ticket's request.
        ("device-file", [.char("e"), .char("/")] + "ICU-V01".map { Key.char($0) } + [.enter, .enter, .char("f")]),
        ("repair-request", [.char("e"), .enter, .char("n")]),
        ("quit-question", [.char("e"), .enter, .char("n"), .char("x"), .ctrl("c")]),
        ("round-kind", [.down, .char("r")]),
        ("round-checklist-open", [.char("r"), .down, .down, .enter, .char("c")]),
        // ED's quarterly round, ED-DF01's checklist: one item abnormal, one normal, a reason being typed.
        ("round-checklist", [.char("r"), .down, .down, .enter, .char("c"), .char("h")] + "外壳裂纹".map { Key.char($0) }
            + [.enter, .char(" "), .char("x")] + "由计量科校验".map { Key.char($0) }),
        ("switch-user", [.char("U")]),
        // The radiation screen's licence and imaging sections: R, then Tab past the five QC sections.
        ("radiation-licences", [.char("R")] + Array(repeating: Key.tab, count: 5)),
        ("radiation-imaging", [.char("R")] + Array(repeating: Key.tab, count: 6)),
        // Enter on the licence line: the licence with its devices, verification due and tasks.
        ("radiation-licence-page", [.char("R")] + Array(repeating: Key.tab, count: 5) + [.enter]),
        // Enter on the last imaging line, the DR's missing day: the DR's log with the day missing.
        ("radiation-imaging-log", [.char("R")] + Array(repeating: Key.tab, count: 6) + [.char("G"), .enter]),
        ("help-ticket", [.char("t"), .enter, .char("?")]),
    ]

    static var cases: [(String, Language, Int)] {
        screens.indices.flatMap { i in [Language.zh, .en].flatMap { l in [0, 1].map { (screens[i].name, l, $0) } } }
    }

    @Test(arguments: cases)
    func screen(name: String, language: Language, sizeIndex: Int) throws {
        let size = ScreenTests.sizes[sizeIndex]
        let f = try AppFixture()
        // The radiation screens show the hospital with its licence and imaging log (R66, R90–R92).
        if name.hasPrefix("radiation") { try f.addLicenceAndImaging() }
        let at = f.now.adding(seconds: -7_200)
        try f.store.write(actor: "wangfang", at: at) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "无法开机 no power", at: at, by: "wangfang", source: .request,
                                    outOfService: true, calendar: .shanghai)
        }
        let runner = FakeRunner()
        runner.outcome = CommandOutcome(status: 0, output: "device    department kind     due        days_overdue\nICU-V01   ICU        ten-day  2026-01-11 63\n", errors: "")
        let fixed = f.now
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: runner),
                          language: language)
        for key in Self.screens.first(where: { $0.name == name })!.keys { app.handle(key) }
        let frame = app.render(size: size)
        Snapshot.assert(frame, named: "screen-\(name)-\(language.rawValue)-\(size.width)x\(size.height)")
        // Whatever the screen, nothing of the other language's interface words leaks in: the
        // title bar names the screen in the interface language.
        let title = frame.lines.first ?? ""
        #expect(title.contains(language == .zh ? "巡检" : "Rounds"), "\(title)")
    }
}
