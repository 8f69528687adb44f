import Foundation
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// A small hospital with Chinese and English names, a fixed clock, and an app on it.
final class AppFixture {
    let dir: URL
    let store: Store
    let now: Instant

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let cal = FacilityCalendar.shanghai
        now = cal.parseTime("2026-03-15T09:30")!
        let created = cal.parseTime("2026-01-05T08:00")!
        store = try Store.create(path: dir.appendingPathComponent("s.sqlite").path,
                                 settings: StoreSettings(calendar: cal, since: Day(2026, 1, 1)!, kind: .practice), actor: "wangfang", at: created)
        try store.write(actor: "wangfang", at: created) { rec in
            try rec.save(Department(code: "ICU", name: "重症医学科", nameEN: "Intensive Care Unit", isKey: true))
            try rec.save(Department(code: "ED", name: "急诊科", nameEN: "Emergency", isKey: true))
            try rec.save(Department(code: "CARD", name: "心内科", nameEN: "Cardiology"))
            try rec.save(Person(login: "wangfang", name: "王芳", roles: [.engineer, .equipmentHead], department: ""))
            let devices: [Equipment] = [
                Equipment(tag: "ICU-V01", name: "呼吸机", nameEN: "Ventilator", department: "ICU", category: "ventilator",
                          lifeSupport: true, manufacturer: "德尔格 Dräger", model: "Savina 300, Select", serial: "ASBF-0001",
                          inService: Day(2024, 5, 1)!, warrantyUntil: Day(2027, 5, 1), custodian: "wangfang", location: "ICU 01床"),
                Equipment(tag: "ICU-V02", name: "呼吸机", nameEN: "Ventilator", department: "ICU", category: "ventilator",
                          lifeSupport: true, manufacturer: "迈瑞 Mindray", model: "SV800", serial: "MR-800-1",
                          inService: Day(2022, 3, 1)!, location: "ICU 02床"),
                Equipment(tag: "ICU-M01", name: "多参数监护仪", nameEN: "Patient monitor", department: "ICU", category: "monitor",
                          manufacturer: "迈瑞 Mindray", model: "BeneVision N17", serial: "N17-0042", inService: Day(2023, 1, 5)!,
                          status: .standby, location: "ICU 03床"),
                Equipment(tag: "ED-DF01", name: "除颤仪", nameEN: "Defibrillator", department: "ED", category: "defibrillator",
                          emergency: true, manufacturer: "飞利浦 Philips", model: "HeartStart XL+", serial: "PH-XL-77",
                          inService: Day(2021, 7, 9)!, location: "抢救室"),
                Equipment(tag: "CARD-E01", name: "心电图机", nameEN: "ECG machine", department: "CARD", category: "ecg",
                          manufacturer: "日本光电 Nihon Kohden", model: "ECG-2350", serial: "NK-2350-9",
                          inService: Day(2020, 9, 9)!, status: .stopped, location: "心电图室"),
            ]
            for d in devices { try rec.save(d) }
        }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ language: Language) throws -> App {
        let fixed = now
        return try App(environment: AppEnvironment(store: store, login: "wangfang", now: { fixed }), language: language)
    }
}

extension App {
    /// Feeds keys as a user types them; text is split into character keys.
    func type(_ keys: Key...) { for k in keys { handle(k) } }
    func type(text: String) { for c in text { handle(.char(c)) } }
}

extension AppFixture {
    /// Adds lina, an ICU nurse, and a repair of ICU-V01 an hour old (opened, assigned to wangfang,
    /// received, started); returns an app for lina, signed in with her PIN, in `language`.
    func nurseOnAStartedRepair(_ language: Language) throws -> App {
        let cal = FacilityCalendar.shanghai
        let t0 = now.adding(seconds: -3600)
        try store.write(actor: "wangfang", at: t0) { rec in
            try rec.save(Person(login: "lina", name: "李娜", roles: [.operator], department: "ICU"))
            let n = try rec.reportFault(device: "ICU-V01", fault: "报警", at: t0, by: "wangfang", source: .request, calendar: cal).number
            for step in [TicketStep.assigned(to: "wangfang"), .received(), .started] {
                try rec.recordTicketStep(n, TicketEvent(at: t0, by: "wangfang", step: step), calendar: cal)
            }
        }
        let fixed = now
        return try App(environment: AppEnvironment(store: store, login: "lina", now: { fixed },
                                                   signer: SessionSigner(login: "lina", proof: .pin)), language: language)
    }
}
