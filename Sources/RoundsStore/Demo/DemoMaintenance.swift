import Foundation
import RoundsCore

extension DemoHistory {
    /// Second-level plans for the key departments' devices (a few left without, so the R31 list has
    /// something true to show), first-level plans for life-support devices, and the maintenance done
    /// on them over the year, mostly on time, rescue equipment with its powered test (R32); half the
    /// life-support devices' first-level records with their checklist answered (R28).
    mutating func maintenance() throws {
        let keys = Set(try store.departments().filter(\.isKey).map(\.code))
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        guard engineers.count >= 2 else { return }
        let devices = try store.equipment().filter { keys.contains($0.department) && $0.status.isTracked }
        let start = calendar.instant(since, secondOfDay: 9 * 3600)
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            for (i, d) in devices.enumerated() {
                if i % 23 != 5 { try rec.setMaintenancePlan(device: d.tag, tier: .second, intervalDays: nil) }
                if d.lifeSupport { try rec.setMaintenancePlan(device: d.tag, tier: .first, intervalDays: nil) }
            }
        }
        for (i, d) in devices.enumerated() where i % 23 != 5 {
            let interval = MaintenanceDefaults.standard.intervalDays(tier: .second, category: d.category)
            // R32: rescue equipment passes its powered test, except a few summary records without
            // it, so the missed duty (report exceptions) has something true to show.
            let asksPoweredTest = ChecklistTemplates.asksPoweredTest(.second, for: d)
            var day = since.adding(days: Int.random(in: 5...interval, using: &random))
            while day < today {
                let a = engineers[i % engineers.count], b = engineers[(i + 1) % engineers.count]
                let when = calendar.instant(day, secondOfDay: 14 * 3600)
                try store.write(actor: a, at: when, options: .generated) { rec in
                    try rec.recordMaintenance(WorkStamp(device: d.tag, at: when, by: a, note: "二级保养：精度校准，更换易损件"),
                                              tier: .second, with: b, plugTest: asksPoweredTest && i % 17 != 3 ? true : nil, calendar: calendar)
                }
                day = day.adding(days: interval + Int.random(in: -5...12, using: &random))
            }
        }
        for (i, d) in devices.enumerated() where d.lifeSupport {
            var day = since.adding(days: Int.random(in: 3...25, using: &random))
            while day < today {
                let a = engineers[i % engineers.count]
                let when = calendar.instant(day, secondOfDay: 15 * 3600)
                // Every other device's record has its first-level checklist answered item by item (R28),
                // the rest are summary records, as a department that is moving to checklists has them.
                let stamp = WorkStamp(device: d.tag, at: when, by: a, note: "一级保养：内部除尘清洁")
                try store.write(actor: a, at: when, options: .generated) { rec in
                    if i % 2 == 0 {
                        try rec.recordMaintenance(stamp, tier: .first, with: nil, plugTest: nil, checklist: .allNormal, calendar: calendar)
                    } else {
                        try rec.recordMaintenance(stamp, tier: .first, with: nil, plugTest: nil, calendar: calendar)
                    }
                }
                day = day.adding(days: 30 + Int.random(in: -6...4, using: &random))
            }
        }
    }
}
