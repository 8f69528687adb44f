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
            // Newest first per device, one indexed lookup each (maintenance_device), and only for
            // the devices that have second-level maintenance at all.
            let maintained = Set(try String.fetchAll(db, sql: "SELECT DISTINCT device FROM maintenance WHERE tier = 'second'"))
            let maintenance = try db.cachedStatement(sql: """
                SELECT id, at, plug_test FROM maintenance m
                WHERE device = ? AND tier = 'second' AND at <= ?
                  AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = m.id)
                ORDER BY day DESC, at DESC, id DESC LIMIT 1
                """)
            let latestTenDay = try latestTenDayChecks(db, now: now)
            // Devices with any current ten-day check; the others have none to look for.
            let checked = Set(try String.fetchAll(db, sql: "SELECT device FROM latest_inspections WHERE kind = 'ten-day'"))
            let inspection = try db.cachedStatement(sql: Self.latestTenDaySQL)
            for (d, second, tenDay) in rescue {
                if second, maintained.contains(d.tag), let r = try Row.fetchOne(maintenance, arguments: [d.tag, now.seconds]),
                   (r["plug_test"] as String? ?? "").isEmpty {
                    out.append(MissedDuties.poweredTestMissing(device: d.tag, department: d.department, record: .secondLevelMaintenance,
                                                               id: r["id"], at: Instant(seconds: r["at"]), today: today, calendar: calendar))
                }
                guard tenDay, checked.contains(d.tag), let check = try latestTenDay[d.tag]
                        ?? Row.fetchOne(inspection, arguments: [d.tag, now.seconds]).map(TenDayCheck.init) else { continue }
                if let answer = check.answers.flatMap(ChecklistJSON.decode)?[ChecklistItem.poweredTest],
                   answer.isNormal || answer.word == "abnormal" { continue }
                out.append(MissedDuties.poweredTestMissing(device: d.tag, department: d.department, record: .tenDayCheck,
                                                           id: check.id, at: check.at, today: today, calendar: calendar))
            }
            return out
        }
    }

    /// A ten-day check and its checklist answers (none for a summary record).
    struct TenDayCheck {
        var id: Int64
        var at: Instant
        var answers: String?
        init(_ r: Row) { id = r[0]; at = Instant(seconds: r[1]); answers = r[2] }
    }

    /// Each device's latest current ten-day check entered by `now`, when it lies on the device's
    /// latest ten-day day (latest_inspections): one pass over those days' few records for the
    /// whole fleet instead of a query per device. A device whose checks of that day were all
    /// entered after `now` is not in the answer (its check is on an earlier day: ``latestTenDaySQL``).
    func latestTenDayChecks(_ db: Database, now: Instant) throws -> [String: TenDayCheck] {
        var out: [String: TenDayCheck] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.latestTenDayOfFleetSQL), arguments: [now.seconds])
        while let r = try rows.next() {
            let device: String = r[3]
            if out[device] == nil { out[device] = TenDayCheck(r) }
        }
        return out
    }

    /// Every device's current ten-day checks on its latest ten-day day, entered by `?1`, the
    /// latest first (EXPLAIN-guarded: a seek per device into `inspections(device, kind, day)`; the
    /// derived rows lead, and CROSS JOIN keeps SQLite from scanning the inspections instead).
    static let latestTenDayOfFleetSQL = """
        SELECT i.id, i.at, c.answers, l.device FROM latest_inspections l
        CROSS JOIN inspections i INDEXED BY inspections_device_kind ON i.device = l.device AND i.kind = 'ten-day' AND i.day = l.day
        LEFT JOIN checklist_answers c ON c.record_tbl = 'inspections' AND c.record = i.id
        WHERE l.kind = 'ten-day' AND i.at <= ?1 AND \(Store.current("i"))
        ORDER BY l.device, i.at DESC, i.id DESC
        """

    /// A device's (`?1`) latest current ten-day check entered by `?2`, with its checklist answers.
    static let latestTenDaySQL = """
        SELECT i.id, i.at, c.answers FROM inspections i INDEXED BY inspections_device_kind
        LEFT JOIN checklist_answers c ON c.record_tbl = 'inspections' AND c.record = i.id
        WHERE i.device = ?1 AND i.kind = 'ten-day' AND i.at <= ?2 AND \(Store.current("i"))
        ORDER BY i.day DESC, i.at DESC, i.id DESC LIMIT 1
        """
}
