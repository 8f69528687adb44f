import Testing
@testable import RoundsApp
import RoundsCore
import RoundsStore

/// The radiation screen's stability section (R80, R81) on the fixture hospital with its radiation
/// devices (``AppFixture/addRadiation()``, today 2026-03-15): the CT's acceptance test of
/// 2026-01-10 measured the CT number of water at 1.0 HU; its stability test of 2026-03-02 measured
/// 6.0, +5 beyond ±4, cause not determined.
struct StabilitySectionTests {
    func fixture() throws -> AppFixture {
        let f = try AppFixture()
        try f.addRadiation()
        let cal = FacilityCalendar.shanghai
        let ct = QCStandards.ws519.groups[0]
        let acceptance = QCTestRecord(device: "RAD-CT01", kind: .acceptance, standard: "WS519-2019", organisation: "jl-oph", reportNumber: "JL-A",
                                      testedOn: Day(2026, 1, 10)!, instruments: ["RTI Piranha 657"],
                                      items: ct.items(for: .acceptance).map { QCItemResult(item: $0.code, outcome: .pass, measured: $0.code == "ct-number-water" ? "1.0 HU" : "") })
        _ = try f.store.write(actor: "wangfang", at: cal.parseTime("2026-01-12T09:00")!) { try $0.recordQCTest(acceptance, by: "wangfang", calendar: cal) }
        let stability = QCTestRecord(device: "RAD-CT01", kind: .stability, standard: "WS519-2019", testedOn: Day(2026, 3, 2)!, instruments: ["Catphan 500"],
                                     items: [QCItemResult(item: "ct-number-water", outcome: .fail, measured: "6.0")],
                                     stability: StabilityConditions(exposure: "120 kV, 200 mAs", geometry: "head phantom 20 cm",
                                                                    causes: ["ct-number-water": StabilityConditions.notDetermined]))
        let made = try f.store.write(actor: "wangfang", at: cal.parseTime("2026-03-02T16:00")!) { try $0.recordQCTest(stability, by: "wangfang", calendar: cal) }
        #expect(made.statusTestRequested && made.stability.first?.deviation == 5)
        return f
    }

    @Test func theItemsLastTestOpensWithItsJudgementAndTheStatusTestIsDue() throws {
        let f = try fixture()
        let app = try f.app(.en)
        app.type(.char("R"))
        guard case .radiation(let due) = app.state.stack.last! else { Issue.record("not the radiation screen"); return }
        // R81: the CT's status test, due 2026-04-04 by its year, is due on 2026-03-02: overdue 13 days.
        let ct = try #require(due.standings.first { $0.device.tag == "RAD-CT01" })
        #expect(ct.due.due == Day(2026, 3, 2)! && ct.due.daysLeft == -13 && ct.statusTestRequest?.items == ["ct-number-water"])
        app.type(.tab)
        guard case .radiation(let r) = app.state.stack.last! else { Issue.record("not the radiation screen"); return }
        // Water, tested 2026-03-02, next due 2026-04-02; the others a month after the acceptance test, 2026-02-10.
        let water = try #require(r.stability.firstIndex { $0.device.tag == "RAD-CT01" && $0.item == "ct-number-water" })
        #expect(r.stability[water].last == Day(2026, 3, 2)! && r.stability[water].due.due == Day(2026, 4, 2)!)
        #expect(r.stability.first { $0.device.tag == "RAD-CT01" && $0.item == "noise" }?.due.due == Day(2026, 2, 10)!)
        for _ in 0..<water { app.type(.down) }
        app.type(.enter)
        guard case .qcTest(let t) = app.state.stack.last! else { Issue.record("no test opened: \(app.state.message ?? "")"); return }
        let lines = t.lines(strings: Strings(language: .en), calendar: .shanghai).map(\.0)
        #expect(lines.contains { $0.hasPrefix("Geometry") && $0.hasSuffix("head phantom 20 cm") })
        #expect(lines.contains { $0.hasSuffix("R80 baseline 1 (#3), +5, beyond ±4; cause not determined: status test due (R81)") }, "\(lines)")
        let zh = t.lines(strings: Strings(language: .zh), calendar: .shanghai).map(\.0)
        #expect(zh.contains { $0.hasSuffix("R80 基线值 1（#3），偏差 +5，超出控制限 ±4；原因不明，须做状态检测（R81）") }, "\(zh)")
    }
}
