import Testing
@testable import RoundsApp
import RoundsCore
import RoundsStore

/// The radiation screen's licences section read from the store: the fixture hospital with its
/// radiation devices (``AppFixture/addRadiation()``) and a licence listing the CT only, due
/// 2026-04-30. The DR is in service and on no licence (R92).
struct RadiationLicenceSectionTests {
    let number = "吉卫放证字〔2024〕第0012号"

    @Test func theLicenceLineComesFirstThenTheDeviceNotOnIt() throws {
        let f = try AppFixture()
        try f.addRadiation()
        let listed = Day(2026, 3, 2)!
        try f.store.write(actor: "wangfang", at: FacilityCalendar.shanghai.parseTime("2026-03-02T09:00")!) { rec in
            try rec.recordLicence(RadiationLicence(number: number, holder: "示范医院", authority: "长春市卫生健康委员会", issuedOn: Day(2024, 7, 1)!,
                                                   categories: [.xrayImaging], verificationDue: Day(2026, 4, 30)!), today: listed)
            try rec.addLicensedDevice(LicensedDevice(licence: number, device: "RAD-CT01", parameters: "140 kV / 800 mA", listedOn: listed),
                                      today: listed)
        }
        let board = try RadiationBoardState.load(f.store, today: Day(2026, 3, 15)!, now: f.now)
        let lines = RadiationBoardView.licenceLines(board.licences, Strings(language: .en))
        #expect(lines.first.map { [$0.rule, $0.subject, $0.day] } == ["R91", number, "2026-04-30"])
        #expect(lines.dropFirst().contains { $0.rule == "R92" && $0.subject == "RAD-DR01" && $0.tag == "[TO DO]" })
        #expect(!lines.dropFirst().contains { $0.rule == "R91" })
    }

    /// R94: a radiation safety licence valid until 2026-04-10, 26 days from today, is a task line
    /// with its 30-day reminder; Enter on it has nothing to open (no radiological licence, no device).
    @Test func aSafetyLicenceNearItsEndIsATaskLine() throws {
        let f = try AppFixture()
        try f.addRadiation()
        try f.store.write(actor: "wangfang", at: FacilityCalendar.shanghai.parseTime("2026-03-02T09:00")!) { rec in
            try rec.recordSafetyLicence(SafetyLicence(number: "国环辐证〔00123〕", holder: "示范医院", authority: "吉林省生态环境厅",
                                                      scope: "使用Ⅱ类、Ⅲ类射线装置", validFrom: Day(2021, 4, 11)!, validUntil: Day(2026, 4, 10)!,
                                                      devices: ["RAD-CT01", "RAD-DR01"]), today: Day(2026, 3, 2)!)
        }
        let board = try RadiationBoardState.load(f.store, today: Day(2026, 3, 15)!, now: f.now)
        let lines = RadiationBoardView.licenceLines(board.licences, Strings(language: .zh))
        let line = try #require(lines.first { $0.rule == "R94" })
        #expect([line.tag, line.subject, line.day] == ["[待办]", "国环辐证〔00123〕", "2026-04-10"])
        #expect(line.detail == "辐射安全许可证 国环辐证〔00123〕 有效期至 2026-04-10，还有 26 天（30 天提醒）：须申请延续")
        #expect(board.licences.opening(at: lines.firstIndex { $0.rule == "R94" }!) == nil)
    }

    /// The first tabs give way to `..` when the line up to the selected one is too wide.
    @Test func theSelectedTabAlwaysShows() {
        let tabs = [" alpha ", " beta ", "[gamma]"]
        #expect(RadiationBoardView.tabsLine(tabs, selected: 2, width: 16) == ".. beta  [gamma]")
        #expect(RadiationBoardView.tabsLine(tabs, selected: 2, width: 22) == " alpha   beta  [gamma]")
        #expect(RadiationBoardView.tabsLine(tabs, selected: 0, width: 5) == " alpha   beta  [gamma]")
    }
}
