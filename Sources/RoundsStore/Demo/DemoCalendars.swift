import RoundsCore

extension DemoHistory {
    /// The imaging centre runs on a scheduled calendar, 08:00–18:00 on working days (R68), so
    /// `report uptime --method scheduled` has something true to show; its imaging devices get a
    /// first-level maintenance with start and end every quarter, 08:00–10:30 on a working day (R34),
    /// which the uptime report shows as planned downtime. That quarterly first-level maintenance is
    /// each imaging device's plan (R67), but the fourth ultrasound unit's, `IMG-US04`, so `imaging
    /// upkeep` has one device to report; the imaging devices outside the centre without a plan get
    /// the second-level one of their category. No random numbers are drawn: the rest of the demo is
    /// the same hospital as before.
    mutating func imagingCalendarAndMaintenanceSpans() throws {
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        guard let engineer = engineers.first, let hours = OperatingCalendar(parsing: "mon-fri 08:00-18:00") else { return }
        let start = calendar.instant(since, secondOfDay: 9 * 3600)
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            try rec.setOperatingCalendar("IMG", hours)
        }
        let imaging = try store.equipment(EquipmentFilter(department: "IMG")).filter { $0.status.isTracked && ImagingDevices.isImaging($0) }
        let planned = Set(try store.maintenancePlans().filter(\.active).map(\.device))
        let elsewhere = try store.equipment().filter { $0.department != "IMG" && $0.status.isTracked && ImagingDevices.isImaging($0) && !planned.contains($0.tag) }
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            for d in imaging where d.tag != "IMG-US04" {
                try rec.setMaintenancePlan(device: d.tag, tier: .first, intervalDays: 91,
                                           reason: "厂家季度预防性维护合同 / the vendor's quarterly preventive maintenance contract")
            }
            for d in elsewhere { try rec.setMaintenancePlan(device: d.tag, tier: .second, intervalDays: nil) }
        }
        for (i, d) in imaging.enumerated() {
            var day = since.adding(days: 20 + 7 * i)
            while day < today {
                while day.weekday > 5 { day = day.adding(days: 1) }
                let from = calendar.instant(day, secondOfDay: 8 * 3600), to = calendar.instant(day, secondOfDay: 10 * 3600 + 1800)
                guard to < now else { break }
                try store.write(actor: engineer, at: to, options: .generated) { rec in
                    try rec.recordMaintenance(WorkStamp(device: d.tag, at: to, by: engineer, note: "一级保养：设备停机检查、清洁、校准"),
                                              tier: .first, with: nil, plugTest: nil, span: MaintenanceSpan(from: from, to: to), calendar: calendar)
                }
                day = day.adding(days: 91)
            }
        }
    }
}
