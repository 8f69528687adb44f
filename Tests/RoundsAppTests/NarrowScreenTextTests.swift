import Testing
import RoundsCore
import RoundsStore
import TerminalUI
@testable import RoundsApp

/// Words an 80-column screen must not lose: which inspection a missed duty is (R100) when the
/// detail column is left out, and the down mark of a ticket with a long fault on the handover
/// sheet (R25, R36); and the Chinese escalation thresholds in 小时 / 天 as the rows are.
struct NarrowScreenTextTests {
    @Test func missedDutiesSayTheInspectionKindAt80Columns() throws {
        for (language, kinds, heading) in [(Language.en, ["life-support ten-day overdue", "life-support monthly overdue"], "(escalated after 24h / 3d / 7d)"),
                                           (.zh, ["生命支持设备十天检查超期", "生命支持设备每月巡查超期"], "(上报时限 24小时 / 3天 / 7天)")] {
            let app = try AppFixture().app(language)
            app.handle(.char("x"))
            let text = app.render(size: Size(width: 80, height: 24)).text
            for kind in kinds { #expect(text.contains(kind), "\(text)") }
            #expect(text.contains(heading), "\(text)")
        }
    }

    @Test func aDownTicketKeepsItsMarkAt80Columns() throws {
        let f = try AppFixture()
        let at = FacilityCalendar.shanghai.parseTime("2026-03-15T08:30")!
        try f.store.write(actor: "wangfang", at: at) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "开机自检报错，无法通气，已改用备用呼吸机并通知临床工程部门到场处理 (R36)",
                                    at: at, by: "wangfang", source: .request, outOfService: true, calendar: .shanghai)
        }
        for language in [Language.en, .zh] {
            let s = Strings(language: language)
            let doc = HandoverDocument(sheet: try f.store.handoverSheet(department: "ICU", now: f.now), record: nil, strings: s,
                                       calendar: .shanghai, now: f.now)
            let line = try #require(doc.lines.map(\.text).first { $0.contains("WX-") && $0.contains("开机自检") })
            let shown = fit(line, width: 78)
            #expect(shown.contains(s.t(.tagDown)), "\(shown)")
        }
    }
}
