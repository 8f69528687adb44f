import GRDB
import RoundsCore

extension Store {
    /// R32: the rescue devices whose latest second-level maintenance or latest ten-day check, on or
    /// before `now`, has no powered test result (DECISIONS "The powered test of a summary record").
    ///
    /// A device is asked the test when its template for that kind of work holds the `powered-test`
    /// item (``ChecklistTemplates/asksPoweredTest(_:for:)``), and only tracked devices are
    /// read. Maintenance keeps the result in `plug_test` (from `--plug-test` or the item); an
    /// inspection in its checklist answers, normal (pass) or abnormal (fail). A summary record, or
    /// the item answered n/a, has none. Voided and corrected records do not count.
    func poweredTestsMissing(now: Instant, devices: [String: Equipment]) throws -> [MissedDuty] {
        let calendar = settings.calendar
        let today = calendar.day(of: now)
        func asked(_ kind: ChecklistKind, _ d: Equipment) -> Bool {
            d.status.isTracked && ChecklistTemplates.asksPoweredTest(kind, for: d)
        }
        // Each device's two answers once: (device, asks it in second-level maintenance, in the ten-day check).
        let rescue = devices.values.compactMap { d -> (Equipment, second: Bool, tenDay: Bool)? in
            let second = asked(.second, d), tenDay = asked(.tenDay, d)
            return second || tenDay ? (d, second, tenDay) : nil
        }.sorted { $0.0.tag < $1.0.tag }
        return try read { db in
            var out: [MissedDuty] = []
            // One indexed lookup per rescue device (maintenance_device, inspections_device_kind),
            // newest day first: years of history cost no scan.
            let maintenance = try db.cachedStatement(sql: """
                SELECT id, at, plug_test FROM maintenance m
                WHERE device = ? AND tier = 'second' AND at <= ?
                  AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = m.id)
                ORDER BY day DESC, at DESC, id DESC LIMIT 1
                """)
            let inspection = try db.cachedStatement(sql: """
                SELECT i.id, i.at, c.answers FROM inspections i
                LEFT JOIN checklist_answers c ON c.record_tbl = 'inspections' AND c.record = i.id
                WHERE i.device = ? AND i.kind = 'ten-day' AND i.at <= ? AND \(Store.current("i"))
                ORDER BY i.day DESC, i.at DESC, i.id DESC LIMIT 1
                """)
            for (d, second, tenDay) in rescue {
                if second, let r = try Row.fetchOne(maintenance, arguments: [d.tag, now.seconds]),
                   (r["plug_test"] as String? ?? "").isEmpty {
                    out.append(MissedDuties.poweredTestMissing(device: d.tag, department: d.department, record: .secondLevelMaintenance,
                                                               id: r["id"], at: Instant(seconds: r["at"]), today: today, calendar: calendar))
                }
                if tenDay, let r = try Row.fetchOne(inspection, arguments: [d.tag, now.seconds]) {
                    let answer = (r["answers"] as String?).flatMap(ChecklistJSON.decode)?[ChecklistItem.poweredTest]
                    if let answer, answer.isNormal || answer.word == "abnormal" { continue }
                    out.append(MissedDuties.poweredTestMissing(device: d.tag, department: d.department, record: .tenDayCheck,
                                                               id: r["id"], at: Instant(seconds: r["at"]), today: today, calendar: calendar))
                }
            }
            return out
        }
    }
}
