import GRDB
import RoundsCore

extension Store {
    /// The device file (设备档案, R9; exported per device, R5): every record about one device merged
    /// into one list, oldest first (``DeviceFileEntry/fileOrder(_:_:)``). Records dated after
    /// `asOf` are left out, as in every report (CONTRACT).
    ///
    /// In it: the archive's creation and changes (not the status, which has its own lines with the
    /// reason), status changes, inspections and daily checks, maintenance, hazards and their steps,
    /// every step of every ticket, parts issued to its tickets or maintenance and returned, QC tests,
    /// and corrections and voids of its records. Inspections and maintenance carry their checklist
    /// answers when they were answered item by item.
    public func deviceFile(_ tag: String, asOf: Instant) throws -> [DeviceFileEntry] {
        guard try device(tag) != nil else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        var entries = try archiveLines(tag) + corrections(device: tag).map(Self.line)
        entries += try read { db in
            try Self.statusLines(db, tag) + Self.inspectionLines(db, tag) + Self.dailyCheckLines(db, tag)
                + Self.maintenanceLines(db, tag, calendar: settings.calendar) + Self.hazardLines(db, tag) + Self.partLines(db, tag)
                + Self.qcLines(db, tag, calendar: settings.calendar)
        }
        entries += try tickets(ofDevice: tag).flatMap { t in
            t.events.enumerated().map { i, e in
                DeviceFileEntry(at: e.at, by: e.by, kind: .ticket, reference: t.number.description, what: e.kind.rawValue,
                                note: i == 0 ? t.fault : "")
            }
        }
        return entries.filter { $0.at <= asOf }.sorted(by: DeviceFileEntry.fileOrder)
    }

    /// The archive's own history without its status changes (those come with their reasons).
    func archiveLines(_ tag: String) throws -> [DeviceFileEntry] {
        try recordHistory(of: tag).compactMap { h in
            if h.action == "insert" { return DeviceFileEntry(at: h.at, by: h.actor, kind: .archive, what: "created", note: h.detail) }
            let fields = h.detail.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("status:") }
            return fields.isEmpty ? nil : DeviceFileEntry(at: h.at, by: h.actor, kind: .archive, what: "changed", note: fields.joined(separator: "; "))
        }
    }

    static func line(_ c: Correction) -> DeviceFileEntry {
        DeviceFileEntry(at: c.at, by: c.by, kind: .correction, reference: "\(c.record.rawValue) \(c.original)",
                        what: c.replacement.map { "corrected by \($0)" } ?? "voided", note: c.reason)
    }

    static func statusLines(_ db: Database, _ tag: String) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: "SELECT id, status, at, actor, reason FROM status_history WHERE tag = ?", arguments: [tag]).map {
            DeviceFileEntry(at: Instant(seconds: $0["at"]), by: $0["actor"], kind: .status, reference: String($0["id"] as Int64),
                            what: $0["status"], note: $0["reason"])
        }
    }

    static func inspectionLines(_ db: Database, _ tag: String) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: """
            SELECT i.id, i.kind, i.result, i.note, i.at, i.by, c.answers FROM inspections i
            LEFT JOIN checklist_answers c ON c.record_tbl = 'inspections' AND c.record = i.id WHERE i.device = ?
            """, arguments: [tag]).map { r in
            DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .inspection, reference: String(r["id"] as Int64),
                            what: "\(r["kind"] as String) \(r["result"] as String)", note: r["note"],
                            answers: (r["answers"] as String?).flatMap(ChecklistJSON.decode))
        }
    }

    static func dailyCheckLines(_ db: Database, _ tag: String) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: "SELECT id, result, note, at, by FROM daily_checks WHERE device = ?", arguments: [tag]).map { r in
            DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .dailyCheck, reference: String(r["id"] as Int64),
                            what: r["result"], note: r["note"])
        }
    }

    /// Maintenance, each with its start–end span when it has one (R34): `first from 2026-03-02 09:00 to 11:30`.
    static func maintenanceLines(_ db: Database, _ tag: String, calendar: FacilityCalendar) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: """
            SELECT m.id, m.tier, m.with_login, m.plug_test, m.note, m.at, m.by, c.answers, s.started_at, s.ended_at FROM maintenance m
            LEFT JOIN checklist_answers c ON c.record_tbl = 'maintenance' AND c.record = m.id
            LEFT JOIN maintenance_spans s ON s.maintenance = m.id WHERE m.device = ?
            """, arguments: [tag]).map { r in
            var what = r["tier"] as String
            if let from = r["started_at"] as Int64?, let to = r["ended_at"] as Int64? {
                let start = Instant(seconds: from), end = Instant(seconds: to)
                let endText = calendar.day(of: start) == calendar.day(of: end) ? String(calendar.format(end).suffix(5)) : calendar.format(end)
                what += " from \(calendar.format(start)) to \(endText)"
            }
            if let with = r["with_login"] as String?, !with.isEmpty { what += " with \(with)" }
            if let plug = r["plug_test"] as String?, !plug.isEmpty { what += " plug-test \(plug)" }
            return DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .maintenance, reference: String(r["id"] as Int64),
                                   what: what, note: r["note"], answers: (r["answers"] as String?).flatMap(ChecklistJSON.decode))
        }
    }

    /// A hazard found, then each of its steps (assigned, resolved, converted to a ticket, R16).
    static func hazardLines(_ db: Database, _ tag: String) throws -> [DeviceFileEntry] {
        let found = try Row.fetchAll(db, sql: "SELECT id, note, at, by FROM hazards WHERE device = ?", arguments: [tag]).map { r in
            DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .hazard, reference: String(r["id"] as Int64), what: "found", note: r["note"])
        }
        let steps = try Row.fetchAll(db, sql: "SELECT hazard, step, to_login, action, ticket, at, by FROM hazard_events WHERE device = ?",
                                     arguments: [tag]).map { r in
            let step: String = r["step"], to: String = r["to_login"], ticket: String = r["ticket"]
            let what = step + (to.isEmpty ? "" : " to \(to)") + (ticket.isEmpty ? "" : " ticket \(ticket)")
            return DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .hazard, reference: String(r["hazard"] as Int64),
                                   what: what, note: r["action"])
        }
        return found + steps
    }

    /// Parts issued to the device's tickets or maintenance, and their returns (R57–R60).
    static func partLines(_ db: Database, _ tag: String) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.part, p.kind, p.quantity, p.ticket, p.maintenance, p.reason, p.at, p.by FROM part_movements p
            WHERE p.ticket IN (SELECT number FROM tickets WHERE device = ?1) OR p.maintenance IN (SELECT id FROM maintenance WHERE device = ?1)
            """, arguments: [tag]).map { r in
            let ticket: String? = r["ticket"], maintenance: Int64? = r["maintenance"]
            let target = ticket.map { " ticket \($0)" } ?? maintenance.map { " maintenance \($0)" } ?? ""
            return DeviceFileEntry(at: Instant(seconds: r["at"]), by: r["by"], kind: .part, reference: String(r["id"] as Int64),
                                   what: "\(r["kind"] as String) \(r["part"] as String) ×\(r["quantity"] as Int)" + target, note: r["reason"])
        }
    }

    /// QC tests, at the start of the day tested (a test has a day, not a time), by who entered them.
    static func qcLines(_ db: Database, _ tag: String, calendar: FacilityCalendar) throws -> [DeviceFileEntry] {
        try Row.fetchAll(db, sql: """
            SELECT id, kind, conclusion, tested_on, organisation, report_number, recorded_by FROM qc_test_records WHERE device = ?
            """, arguments: [tag]).compactMap { r in
            guard let day = Day(parsing: r["tested_on"]) else { return nil }
            let org: String = r["organisation"], report: String = r["report_number"]
            let what = "\(r["kind"] as String) \(r["conclusion"] as String)" + (org.isEmpty ? "" : " \(org)") + (report.isEmpty ? "" : " \(report)")
            return DeviceFileEntry(at: calendar.startOfDay(day), by: r["recorded_by"], kind: .qcTest, reference: String(r["id"] as Int64), what: what)
        }
    }
}
