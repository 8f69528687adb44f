import Testing
@testable import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// Enter on the radiation screen's licences and imaging lines (docs/DECISIONS.md): a licence line
/// opens the licence (R90–R92), a missing-day line its device's running-status log (R66), a
/// configuration line (R70) the log of its first device, a task about a device no licence lists
/// (R92) that device's record. The fixture: ``AppFixture/addLicenceAndImaging()``, today 2026-03-15.
struct RadiationPageTests {
    /// The radiation screen on `section`, the line `line` selected.
    func radiation(_ f: AppFixture, _ language: Language = .en, section: RadiationBoardState.Section, line: Int) throws -> App {
        let app = try f.app(language)
        app.type(.char("R"))
        while case .radiation(let r) = app.state.stack.last!, r.section != section { app.type(.tab) }
        for _ in 0..<line { app.type(.down) }
        return app
    }

    func page(_ app: App, _ language: Language = .en) -> [String]? {
        guard case .radiationPage(let p) = app.state.stack.last! else { return nil }
        return p.lines(strings: Strings(language: language)).map(\.0)
    }

    @Test func theLicenceLineOpensTheLicenceWithItsDevicesDueDayAndTasks() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let app = try radiation(f, section: .licences, line: 0)
        app.type(.enter)
        let lines = try #require(page(app))
        #expect(lines.first == "\(AppFixture.licenceNumber)  R90")
        // Verification due 2026-04-30, 46 days from 2026-03-15: the 60-day reminder (R91).
        #expect(lines.contains { $0.hasPrefix("Verify by") && $0.contains("2026-04-30  46 days left  [60 DAYS]  (R91)") })
        #expect(lines.contains { $0.hasPrefix("  RAD-CT01  CT scanner  140 kV / 800 mA  listed 2026-02-01") })
        #expect(lines.contains("Devices on the copy 1"))
        // The DR is in service and on no licence: the change to apply for (R92).
        #expect(lines.contains { $0.hasPrefix("  R92  RAD-DR01 is an in-service radiation device no licence lists") })
        app.type(.char("q"))
        guard case .radiation(let r) = app.state.stack.last! else { Issue.record("q did not go back"); return }
        #expect(r.section == .licences)
    }

    @Test func theLicencePageSpeaksChinese() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let app = try radiation(f, .zh, section: .licences, line: 0)
        app.type(.enter)
        let lines = try #require(page(app, .zh))
        #expect(lines.contains { $0.hasPrefix("下次校验") && $0.contains("2026-04-30  还有 46 天  [60天]  (R91)") })
        #expect(lines.contains { $0.hasPrefix("诊疗类别") && $0.contains("、") })
    }

    @Test func theTaskOfADeviceNoLicenceListsOpensThatDevice() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let app = try radiation(f, section: .licences, line: 1)
        guard case .radiation(let r) = app.state.stack.last! else { Issue.record("not the radiation screen"); return }
        #expect(r.selectedOpening == .device("RAD-DR01"))
        app.type(.enter)
        guard case .detail(let d) = app.state.stack.last! else { Issue.record("not the device screen"); return }
        #expect(d.device.tag == "RAD-DR01")
    }

    @Test func theMissingDayOpensItsDevicesLogWithTheDayMissing() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let app = try radiation(f, section: .imaging, line: 0)
        app.type(.char("G"), .enter)
        let lines = try #require(page(app))
        #expect(lines.first == "RAD-DR01  Digital radiography  R66")
        #expect(lines.contains { $0.hasPrefix("Days missing (30 days)") && $0.hasSuffix("  1") })
        #expect(lines.contains("  2026-03-10  [MISSING]"))
        // Newest first: yesterday, then the day before.
        let days = lines.compactMap { $0.hasPrefix("  2026-") ? String($0.dropFirst(2).prefix(10)) : nil }
        #expect(days.prefix(2) == ["2026-03-14", "2026-03-13"])
        #expect(days.count == 30)
    }

    @Test func aConfigurationLineOpensItsFirstDevicesLogAndAnEmptyOneSaysSo() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let app = try radiation(f, section: .imaging, line: 0)
        guard case .radiation(let r) = app.state.stack.last! else { Issue.record("not the radiation screen"); return }
        let ct = try #require(r.imaging.configuration.firstIndex { $0.requirement.code == "ct-64" })
        let empty = try #require(r.imaging.configuration.firstIndex { $0.working.isEmpty && $0.down.isEmpty })
        #expect(r.imaging.opening(at: ct) == .page(.imagingLog("RAD-CT01")))
        #expect(r.imaging.opening(at: empty) == nil)
        for _ in 0..<ct { app.type(.down) }
        app.type(.enter)
        let lines = try #require(page(app))
        #expect(lines.first == "RAD-CT01  CT scanner  R66")
        #expect(lines.contains { $0.hasPrefix("  2026-03-12  down (fault)") })
        #expect(lines.contains("  2026-03-14  normal  8.0 h in use  21 exams  kept by wangfang"))
        app.type(.char("q"), .char("g"))
        for _ in 0..<empty { app.type(.down) }
        app.type(.enter)
        guard case .radiation = app.state.stack.last! else { Issue.record("an empty line opened something"); return }
        #expect(app.state.message == "This line has no device")
    }
}

/// R67 on the radiation screen: the DR of ``AppFixture/addLicenceAndImaging()`` has no dedicated
/// person and no plan, the CT has both (wangfang, second-level every 90 days).
struct ImagingUpkeepSectionTests {
    @Test func theDeviceWithoutPersonOrPlanHasItsLineAndItsLogSaysWhy() throws {
        let f = try AppFixture()
        try f.addLicenceAndImaging()
        let board = try RadiationBoardState.load(f.store, today: Day(2026, 3, 15)!, now: f.now)
        #expect(board.imaging.upkeep.map(\.device) == ["RAD-DR01"])
        #expect(board.imaging.upkeep.first?.problems == [.noPerson, .noPlan])
        let lines = RadiationBoardView.imagingLines(board.imaging, Strings(language: .en))
        let line = try #require(lines.first { $0.rule == "R67" })
        #expect([line.tag, line.subject, line.detail] == ["[NO PERSON]", "RAD-DR01", "RAD  no dedicated person, no plan"])
        let zh = try #require(RadiationBoardView.imagingLines(board.imaging, Strings(language: .zh)).first { $0.rule == "R67" })
        #expect([zh.tag, zh.detail] == ["[无专人]", "RAD  无专职人员，无保养计划"])
        // The R67 line comes before the missing days and opens the DR's log.
        let i = try #require(lines.firstIndex { $0.rule == "R67" })
        #expect(lines[(i + 1)...].allSatisfy { $0.rule == "R66" })
        #expect(board.imaging.opening(at: i) == .page(.imagingLog("RAD-DR01")))

        let dr = try #require(try ImagingLogPage.load(f.store, tag: "RAD-DR01", today: Day(2026, 3, 15)!)).lines(strings: Strings(language: .en))
        #expect(dr.contains { $0.0.hasPrefix("Dedicated person") && $0.0.hasSuffix("-  [NO PERSON] R67") && $0.1 == .overdue })
        #expect(dr.contains { $0.0.hasPrefix("Upkeep plans") && $0.0.hasSuffix("-  [NO PLAN] R67") })
        let ct = try #require(try ImagingLogPage.load(f.store, tag: "RAD-CT01", today: Day(2026, 3, 15)!)).lines(strings: Strings(language: .zh))
        #expect(ct.contains { $0.0.hasPrefix("专职人员") && $0.0.hasSuffix("wangfang") })
        #expect(ct.contains { $0.0.hasPrefix("校正/保养计划") && $0.0.hasSuffix("二级保养 每 90 天") })
    }
}
