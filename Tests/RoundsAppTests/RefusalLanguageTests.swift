import Foundation
import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// A rule's refusal reads in the interface language: a nurse's `w` (the repair record, R41) on an
/// ICU ticket says why in Chinese in the Chinese interface and in English in the English one.
struct RefusalLanguageTests {
    /// lina's app on the ICU ticket.
    func nurseOnTheTicket(_ language: Language) throws -> (AppFixture, App) {
        let f = try AppFixture()
        let app = try f.nurseOnAStartedRepair(language)
        app.type(.char("t"), .enter)                        // tickets → the ICU ticket
        #expect(app.state.context == .ticket)
        return (f, app)
    }

    @Test func aNursesRepairRecordIsRefusedInChineseInTheChineseInterface() throws {
        let (fixture, app) = try nurseOnTheTicket(.zh)
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        app.type(.char("w"))
        #expect(!app.state.hasOverlay)
        #expect(app.state.message == "R41：只有设备科（维修工程师或设备科主任）可以签署维修记录；lina 不可以")
        #expect(app.render(size: Size(width: 100, height: 30)).text.contains("R41：只有设备科"))
    }

    @Test func theSameRefusalIsEnglishInTheEnglishInterface() throws {
        let (fixture, app) = try nurseOnTheTicket(.en)
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        app.type(.char("w"))
        #expect(app.state.message == "R41: only the equipment department (engineer or equipment head) may sign a repair record; lina may not")
    }

    @Test func theDeviceScreenNamesItsCategoryInTheInterfaceLanguage() throws {
        let f = try AppFixture()
        let device = try #require(try f.store.device("ICU-V01"))
        let zh = Strings(language: .zh), en = Strings(language: .en)
        #expect(DeviceFields.rows(device, strings: zh).contains([zh.t(.fCategory), "呼吸机（ventilator）"]))
        #expect(DeviceFields.rows(device, strings: en).contains([en.t(.fCategory), "Ventilator (ventilator)"]))
    }
}
