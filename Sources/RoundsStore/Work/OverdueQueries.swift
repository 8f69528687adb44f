import GRDB
import RoundsCore

extension Store {
    /// The overdue and due-soon inspections as of `today` (CONTRACT "Which inspections are due";
    /// R12, R13, R17, R21), from the kept due days (``DueInspections``): the rows due on or before
    /// the end of the due-soon window, one range of an index, whatever the size of the fleet.
    ///
    /// A device with a current inspection dated after `today` (a question about the past) is
    /// answered from its records, as ``overdueReportFromRecords(today:rules:)`` answers every
    /// device; so is every device when `rules` differ from the store's own.
    public func overdueReport(today: Day, rules: ScheduleRules? = nil) throws -> OverdueReport {
        // The rules and the rows in one read, so a rule changed meanwhile cannot mix the two.
        let kept: OverdueReport? = try read { db in
            let stored = try Store.scheduleRules(db)
            if let rules, rules != stored { return nil }
            let later = Set(try String.fetchAll(db.cachedStatement(sql: DueInspections.laterSQL), arguments: [today.description]))
            var requirements: [Requirement] = []
            let rows = try Row.fetchCursor(db.cachedStatement(sql: DueInspections.dueThroughSQL),
                                           arguments: [today.adding(days: max(0, stored.dueSoonDays)).description])
            while let r = try rows.next() {
                let device: String = r[0]
                if later.contains(device) { continue }
                if let q = DueInspections.Due(device: device, kind: r[1], department: r[2], due: r[3], last: r[4]).requirement {
                    requirements.append(q)
                }
            }
            if !later.isEmpty { requirements += try requirementsFromRecords(db, devices: later.sorted(), today: today, rules: stored) }
            return OverdueReport(asOf: today, requirements: requirements, rules: stored)
        }
        return try kept ?? overdueReportFromRecords(today: today, rules: rules)
    }

    /// The same report worked out for every device from its archive row and its records: the
    /// definition the kept due days are tested against, and the answer under other rules.
    public func overdueReportFromRecords(today: Day, rules: ScheduleRules? = nil) throws -> OverdueReport {
        let rules = try rules ?? scheduleRules()
        let devices = try equipment()
        let keys = Set(try departments().filter(\.isKey).map(\.code))
        return OverdueReport.build(devices: devices, keyDepartments: keys, since: settings.since, today: today,
                                   records: try latestInspections(through: today), rules: rules)
    }

    /// The requirements of a few devices on `today`, from their archive rows and their latest
    /// current inspections on or before it (one index seek per kind).
    private func requirementsFromRecords(_ db: Database, devices tags: [String], today: Day, rules: ScheduleRules) throws -> [Requirement] {
        let keys = try DueInspections.keyDepartments(db)
        let device = try db.cachedStatement(sql: ArchiveRows.equipmentSelect + " WHERE tag = ?")
        let latest = try db.cachedStatement(sql: Self.latestAsOfSQL)
        var out: [Requirement] = []
        for tag in tags {
            guard let e = try Row.fetchOne(device, arguments: [tag]).map(ArchiveRows.equipment) else { continue }
            let records = try Row.fetchAll(latest, arguments: [tag, today.description]).compactMap { r -> InspectionRecord? in
                guard let kind = InspectionKind(rawValue: r[0]), let day = Day(parsing: r[1]) else { return nil }
                return InspectionRecord(device: tag, kind: kind, at: settings.calendar.startOfDay(day), day: day)
            }
            out += InspectionSchedule.requirements(for: e, departmentIsKey: keys.contains(e.department), since: settings.since,
                                                   today: today, records: records, rules: rules)
        }
        return out
    }
}
