import RoundsCore

extension DemoHistory {
    /// R33 in the sample hospital: the operating theatres' second-level plans concentrated in the
    /// coming weekend (Saturday and Sunday after today), and the ICU's plans in rotation when idle,
    /// with one task offered today deferred because its device is in use. No random numbers are
    /// drawn, so the rest of the demo is the same hospital as before.
    mutating func maintenanceModes() throws {
        var saturday = today.adding(days: 1)
        while saturday.weekday != 6 { saturday = saturday.adding(days: 1) }
        guard let window = MaintenanceWindow(from: saturday, to: saturday.adding(days: 1)) else { return }
        let plans = try store.maintenancePlans().filter(\.active)
        let departments = Dictionary(uniqueKeysWithValues: try store.equipment().map { ($0.tag, $0.department) })
        let start = calendar.instant(since, secondOfDay: 9 * 3600)
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            for p in plans where departments[p.device] == "OR" && p.tier == .second {
                try rec.setMaintenanceScheduling(device: p.device, tier: .second, MaintenanceScheduling(mode: .concentrated, window: window))
            }
            for p in plans where departments[p.device] == "ICU" {
                try rec.setMaintenanceScheduling(device: p.device, tier: p.tier, MaintenanceScheduling(mode: .rotation))
            }
        }
        // The ICU task offered today that falls due first, second level before first: deferred this
        // morning (or at now, if that is earlier) because a patient is on the device.
        let offered = try store.maintenanceReport(today: today).plans.filter { line in
            if case .ok = line.status { return false }
            return line.department == "ICU"
        }
        // Earliest due day first; on the same day the second level before the first.
        let first = offered.min { a, b in a.due != b.due ? a.due < b.due : (a.plan.tier != b.plan.tier ? a.plan.tier > b.plan.tier : a.plan.device < b.plan.device) }
        guard let task = first, let engineer = try store.people().first(where: { $0.has(.engineer) })?.login else { return }
        let when = min(calendar.instant(today, secondOfDay: 8 * 3600 + 30 * 60), now)
        try store.write(actor: engineer, at: when, options: .generated) { rec in
            try rec.deferMaintenance(device: task.plan.device, tier: task.plan.tier, note: "患者使用中 / in use by a patient", calendar: calendar)
        }
    }
}
