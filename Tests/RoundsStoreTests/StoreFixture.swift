import Foundation
import RoundsCore
@testable import RoundsStore

/// A fresh store in its own temporary folder, with helpers to write CSV files next to it.
final class StoreFixture {
    let dir: URL
    let store: Store
    let at: Instant

    init(since: String = "2026-01-01", requirePIN: Bool = false) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        at = FacilityCalendar.shanghai.parseTime("2026-03-01T09:00")!
        store = try Store.create(path: dir.appendingPathComponent("rounds.sqlite").path,
                                 settings: StoreSettings(calendar: .shanghai, since: Day(parsing: since)!, requirePIN: requirePIN, kind: .practice),
                                 actor: "admin", at: at)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// Writes `text` (UTF-8 unless `data` is given) to a file named `name` and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func file(_ name: String, data: Data) throws -> String {
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    var importer: Importer { Importer(store: store, actor: "admin", at: at) }

    /// A small hospital: two departments, three people, three devices.
    func seedSmallHospital() throws {
        _ = try importer.run(.departments, file: try file("departments.csv", """
            code,name,name_en,key
            ICU,重症医学科,Intensive Care Unit,yes
            CARD,心内科,Cardiology,no
            """))
        _ = try importer.run(.people, file: try file("people.csv", """
            login,name,roles,department
            admin,管理员,engineer;equipment-head,
            lina,李娜,custodian;operator,ICU
            zhaolei,赵磊,dept-head,CARD
            """))
        _ = try importer.run(.equipment, file: try file("equipment.csv", """
            tag,name,department,category,life_support,emergency,radiation,manufacturer,model,serial,in_service,status,warranty_until,custodian,location
            ICU-V01,呼吸机,ICU,ventilator,yes,no,no,德尔格 Dräger,"Savina 300, Select",ASBF-0001,2024-05-01,in-service,2027-05-01,lina,ICU 01床
            ICU-M01,监护仪,ICU,monitor,no,no,no,迈瑞 Mindray,BeneVision N17,MR-17-001,2023/1/5,standby,,lina,ICU 02床
            CARD-E01,心电图机,CARD,ecg,no,no,no,日本光电 Nihon Kohden,ECG-2350,NK-2350-9,2020-09-09,in-service,,,心电图室
            """))
    }
}
