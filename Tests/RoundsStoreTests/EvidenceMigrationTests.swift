import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// A store file migrated only up to `migration`, holding what that release wrote: `settings`, the
/// ICU, the engineer wang and the ventilator ICU-V01, then `more`, all entered at `old`. In its own
/// temporary folder, which the caller removes.
func oldStore(upTo migration: String, settings: [(String, String)], at old: Instant,
              more: (Recorder) throws -> Void = { _ in }) throws -> (dir: URL, path: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-migrate-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("old.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try Migrations.migrator.migrate(queue, upTo: migration)
    try queue.write { db in
        let rec = Recorder(db: db, actor: "wang", at: old, options: .generated)
        for (k, v) in settings { try rec.upsert("settings", key: "key", ["key": k, "value": v]) }
        try rec.upsert("departments", key: "code", ["code": "ICU", "name": "重症医学科", "name_en": "ICU", "is_key": true])
        try rec.upsert("people", key: "login", ["login": "wang", "name": "王工", "roles": "engineer", "department": ""])
        try rec.upsert("equipment", key: "tag", ["tag": "ICU-V01", "name": "呼吸机", "department": "ICU", "in_service": "2024-01-01"])
        try more(rec)
    }
    return (dir, path)
}

/// A store made before the kinds of store existed opens as an evidence store; its old records keep
/// their times, marked as entered before the two-time rule (issue: migration).
struct EvidenceMigrationTests {
    @Test func anOldStoreBecomesAnEvidenceStoreWithItsOldRecordsMarked() throws {
        // The schema of the last release before the rules of evidence, and what it wrote: three
        // settings, a department, a person and an inspection dated a year back (entered then).
        let old = Instant(seconds: 1_750_000_000)
        let (dir, path) = try oldStore(upTo: "v8-inspection-kind-index", settings: [("tz", "Asia/Shanghai"), ("since", "2025-01-01"), ("require_pin", "no")],
                                       at: old) { rec in
            try rec.insert("inspections", ["device": "ICU-V01", "kind": "monthly", "result": "ok", "note": "", "at": old.seconds,
                                           "day": "2025-06-15", "by": "wang", "recorded_at": old.seconds, "recorded_by": "wang"])
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.open(path: path)
        #expect(store.settings.kind == .evidence)
        // Seven audit entries (3 settings, a department, a person, a device, an inspection) were made
        // before the rule: the marker names the first one after them, #8.
        #expect(try store.twoTimeRuleFromAudit() == 8)
        // The old inspection keeps its times and is not listed as a late entry.
        let kept = try store.read { try Row.fetchOne($0, sql: "SELECT at, recorded_at FROM inspections WHERE id = 1") }
        #expect(kept?["at"] == old.seconds && kept?["recorded_at"] == old.seconds)
        #expect(try store.lateEntries(from: nil, to: nil).isEmpty)
        #expect(try store.verify().passed)
    }
}

/// A store made before v17-archive-fields gains the R6 fields and flags as "not recorded" and "no",
/// and still verifies: each old device's widened row is audited by the migration (ArchiveFieldsSchema).
struct ArchiveFieldsMigrationTests {
    @Test func anOldDeviceReadsWithEmptyFieldsAndTheStoreStillVerifies() throws {
        let (dir, path) = try oldStore(upTo: "v15-checklist-answers",
                                       settings: [("tz", "Asia/Shanghai"), ("since", "2025-01-01"), ("require_pin", "no"), ("store-kind", "practice")],
                                       at: Instant(seconds: 1_750_000_000))
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.open(path: path)
        let v = try #require(try store.device("ICU-V01"))
        #expect(v.supplier == "" && v.purchaseValueFen == nil && v.serviceLifeEnd == nil && v.maintainer == "")
        #expect(v.flags == ArchiveFlags())
        #expect(try store.verify().passed)
        // The migration's audit entry is not a change of the device: its history is the creation alone.
        #expect(try store.history(of: "ICU-V01").map(\.action) == ["insert"])
    }
}

/// A store made before v20-maintenance-modes: its plans read as standard with no deferral (R33),
/// it still verifies, and after the migration a plan is scheduled in rotation and deferred.
struct MaintenanceModesMigrationTests {
    @Test func anOldPlanIsStandardAndCanBeScheduledAfterTheMigration() throws {
        let old = Instant(seconds: 1_750_000_000)               // 2025-06-15 23:06 in Shanghai
        let (dir, path) = try oldStore(upTo: "v18-operating-calendars",
                                       settings: [("tz", "Asia/Shanghai"), ("since", "2025-01-01"), ("require_pin", "no"), ("store-kind", "practice")],
                                       at: old) { rec in
            try rec.insert("maintenance_plans", ["device": "ICU-V01", "tier": "second", "interval_days": 180, "active": true,
                                                 "at": old.seconds, "by": "wang"])
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.open(path: path)
        // Due 2025-01-01 + 180 = 2025-06-30: due soon on 06-25 (5 days left).
        let today = Day(2025, 6, 25)!
        let line = try #require(try store.maintenanceReport(today: today).plans.first)
        #expect(line.due == Day(2025, 6, 30)! && line.scheduling == .standard && line.deferrals == 0)
        #expect(try store.verify().passed)
        let at = FacilityCalendar.shanghai.instant(today, secondOfDay: 9 * 3600)
        try store.write(actor: "wang", at: at) { rec in
            try rec.setMaintenanceScheduling(device: "ICU-V01", tier: .second, MaintenanceScheduling(mode: .rotation))
            try rec.deferMaintenance(device: "ICU-V01", tier: .second, calendar: .shanghai)
        }
        let after = try #require(try store.maintenanceReport(today: today).plans.first)
        #expect(after.scheduling.mode == .rotation && after.deferrals == 1 && after.due == Day(2025, 6, 30)!)
        #expect(try store.verify().passed)
    }
}
