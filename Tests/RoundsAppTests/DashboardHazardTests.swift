import Testing
import RoundsCore
import RoundsStore
import TerminalUI
@testable import RoundsApp

/// The dashboard counts the open hidden hazards and those over `rule.hazard-open-days` (R16), in
/// words in both languages; a resolved hazard no longer counts, and none open draws no line.
struct DashboardHazardTests {
    /// ICU-V01's hazard found 2026-03-10 (5 days old on the 15th, over the 3 days), ED-DF01's found
    /// 2026-03-14 (1 day), ICU-V02's found 2026-03-13 and resolved the next day.
    static func hospital() throws -> AppFixture {
        let f = try AppFixture()
        let cal = FacilityCalendar.shanghai
        for (device, when) in [("ICU-V01", "2026-03-10T10:00"), ("ED-DF01", "2026-03-14T10:00"), ("ICU-V02", "2026-03-13T10:00")] {
            let at = cal.parseTime(when)!
            try f.store.write(actor: "wangfang", at: at.adding(seconds: 86_400)) { rec in
                let made = try rec.recordInspection(WorkStamp(device: device, at: at, by: "wangfang", note: "电源线破损"), kind: .monthly,
                                                    result: .hazard, calendar: cal)
                if device == "ICU-V02", let id = made.hazard {
                    try rec.recordHazardStep(id, HazardEvent(at: at.adding(seconds: 86_400), by: "wangfang", step: .resolved(action: "更换电源线")))
                }
            }
        }
        return f
    }

    func counts(_ app: App) -> HazardCounts? {
        guard case .dashboard(let d) = app.state.stack[0] else { return nil }
        return d.hazards
    }

    @Test func openAndOverdueHazardsAreCountedInBothLanguages() throws {
        let f = try Self.hospital()
        for (language, line) in [(Language.en, "[HAZARDS] Open 2  overdue (> 3 d) 1"), (.zh, "[隐患] 未处理 2 超期 1")] {
            let app = try f.app(language)
            #expect(counts(app) == HazardCounts(open: 2, overdue: 1, openDays: 3))
            let frame = app.render(size: Size(width: 80, height: 24))
            #expect(frame.lines.contains { $0.contains(line) }, "\(frame.lines.joined(separator: "\n"))")
        }
        // At 80 columns the Chinese counts fit beside the checks (short form); the English ones take a row.
        let zh = try f.app(.zh).render(size: Size(width: 80, height: 24)).lines
        #expect(zh.contains { $0.contains("[日检]") && $0.contains("[隐患]") }, "\(zh.joined(separator: "\n"))")
    }

    @Test func noOpenHazardDrawsNoLine() throws {
        let frame = try AppFixture().app(.en).render(size: Size(width: 80, height: 24))
        #expect(!frame.lines.contains { $0.contains("[HAZARDS]") })
    }
}

/// The handover sheet's open hazards carry their age on the sheet's day and the overdue tag past
/// `rule.hazard-open-days`, as `report hazards` does (R16, R25); the CLI and the screen print this document.
struct HandoverHazardAgeTests {
    @Test func openHazardsShowTheirAgeAndOverdueMark() throws {
        let f = try DashboardHazardTests.hospital()
        let sheet = try f.store.handoverSheet(department: "ICU", now: f.now)
        for (language, old) in [(Language.en, "5 days [OVERDUE]"), (.zh, "5 天 [逾期]")] {
            let doc = HandoverDocument(sheet: sheet, record: nil, strings: Strings(language: language), calendar: .shanghai, now: f.now)
            let line = try #require(doc.text.split(separator: "\n").first { $0.contains("ICU-V01") && $0.contains("电源线破损") })
            #expect(line.contains(old), "\(doc.text)")
            #expect(fit(String(line), width: 78).contains(old), "an 80-column screen keeps the age and the mark: \(line)")
            #expect(doc.csv.contains(old), "\(doc.csv)")
        }
        // With a limit of 7 days, 5 days is not overdue.
        let lenient = HandoverDocument(sheet: sheet, record: nil, strings: Strings(language: .en), calendar: .shanghai, now: f.now, hazardOpenDays: 7)
        #expect(lenient.text.contains("5 days") && !lenient.text.contains("[OVERDUE]"), "\(lenient.text)")
    }
}
