import RoundsCore
import RoundsStore
import TerminalUI

/// Command-line output of the shift commands: handover sheets as JSON, handover lists, missing
/// checks and focused inspections as table, CSV or JSON. Times are local `YYYY-MM-DD HH:MM:SS`,
/// days `YYYY-MM-DD`.
public enum ShiftOutput {
    static func time(_ t: Instant?, _ cal: FacilityCalendar) -> JSONValue {
        t.map { .string(cal.format($0, seconds: true)) } ?? .null
    }

    /// A sheet (and its signatures, when signed) as JSON.
    public static func json(_ sheet: HandoverSheet, record: HandoverRecord?, calendar cal: FacilityCalendar, now: Instant) -> String {
        let checks: [JSONValue] = sheet.checks.map { c in
            .object([("device", .string(c.device)), ("name", .string(c.name)), ("name_en", .string(c.nameEN)),
                     ("location", .string(c.location)), ("result", .string(c.result.rawValue)), ("at", time(c.at, cal)),
                     ("by", .string(c.by)), ("note", .string(c.note))])
        }
        let down: [JSONValue] = sheet.down.map { d in
            .object([("device", .string(d.device)), ("ticket", .string(d.ticket)), ("since", time(d.since, cal)),
                     ("substitutes", .array(d.substitutes.map(JSONValue.string)))])
        }
        let tickets: [JSONValue] = sheet.openTickets.map { t in
            .object([("number", .string(t.number)), ("device", .string(t.device)), ("state", .string(t.state.rawValue)),
                     ("out_of_service", .bool(t.outOfService)), ("fault", .string(t.fault))])
        }
        let hazards: [JSONValue] = sheet.hazards.map { h in
            .object([("device", .string(h.device)), ("at", time(h.at, cal)), ("by", .string(h.by)), ("note", .string(h.note))])
        }
        let problems: [JSONValue] = sheet.problems.map { p in
            .object([("id", .int(Int(p.id))), ("device", .string(p.device)), ("raised_at", time(p.raisedAt, cal)),
                     ("ticket", .string(p.ticket)), ("acknowledged_at", time(p.acknowledgedAt, cal)),
                     ("acknowledged_by", p.acknowledgedAt == nil ? .null : .string(p.acknowledgedBy)), ("note", .string(p.note))])
        }
        var pairs: [(String, JSONValue)] = [
            ("handover", record.map { .int(Int($0.id)) } ?? .null),
            ("department", .string(sheet.department)),
            ("shift", .object([("day", .string(sheet.shift.day.description)), ("start", time(sheet.shift.start, cal)),
                               ("end", time(sheet.shift.end, cal))])),
            ("built_at", time(sheet.builtAt, cal)),
            ("signed_by", record.map { .string($0.signedBy) } ?? .null),
            ("signed_at", time(record?.signedAt, cal)),
            ("acknowledged_by", record?.acknowledgedBy.map(JSONValue.string) ?? .null),
            ("acknowledged_at", time(record?.acknowledgedAt, cal)),
        ]
        if let record { pairs.append(("flagged", .bool(record.isFlagged(now: now)))) }
        pairs += [
            ("day", .string(sheet.day.description)),
            ("checks", .array(checks)), ("down", .array(down)), ("open_tickets", .array(tickets)),
            ("hazards", .array(hazards)), ("problems", .array(problems)),
            ("missing_yesterday", .array(sheet.missingYesterday.map(JSONValue.string))),
            ("note", .string(sheet.note)),
        ]
        return JSONValue.object(pairs).text + "\n"
    }

    /// Signed handovers, newest first.
    public static func handovers(_ records: [HandoverRecord], format: OutputFormat, calendar cal: FacilityCalendar, now: Instant) -> String {
        let header = ["id", "department", "shift", "signed_by", "signed_at", "acknowledged_by", "acknowledged_at", "flagged"]
        let rows = records.map { r in
            ["\(r.id)", r.department, r.shift.description, r.signedBy, cal.format(r.signedAt, seconds: true),
             r.acknowledgedBy ?? "", r.acknowledgedAt.map { cal.format($0, seconds: true) } ?? "", r.isFlagged(now: now) ? "yes" : "no"]
        }
        switch format {
        case .table: return TextTable.render(header: header, rows: rows)
        case .csv: return CSVWriter.document(header: header, rows: rows)
        case .json:
            let items: [JSONValue] = records.map { r in
                .object([("id", .int(Int(r.id))), ("department", .string(r.department)), ("shift", .string(r.shift.description)),
                         ("signed_by", .string(r.signedBy)), ("signed_at", time(r.signedAt, cal)),
                         ("acknowledged_by", r.acknowledgedBy.map(JSONValue.string) ?? .null),
                         ("acknowledged_at", time(r.acknowledgedAt, cal)),
                         ("minutes_unacknowledged", r.isAcknowledged ? .null : .int(Int(r.signedAt.seconds(until: now) / 60))),
                         ("flagged", .bool(r.isFlagged(now: now)))])
            }
            return JSONValue.object([("as_of", time(now, cal)), ("grace_minutes", .int(HandoverRules.graceMinutes)),
                                     ("items", .array(items))]).text + "\n"
        }
    }

    /// Missing daily checks (R23), by day, department, device.
    public static func missing(_ items: [MissingCheck], from: Day, to: Day, today: Day, format: OutputFormat) -> String {
        let header = ["day", "department", "device"]
        let rows = items.map { [$0.day.description, $0.department, $0.device] }
        switch format {
        case .table: return TextTable.render(header: header, rows: rows) + "\(items.count) missing daily checks, \(from)..\(to), as of \(today)\n"
        case .csv: return CSVWriter.document(header: header, rows: rows)
        case .json:
            let list: [JSONValue] = items.map { .object([("device", .string($0.device)), ("department", .string($0.department)),
                                                          ("day", .string($0.day.description))]) }
            return JSONValue.object([("as_of", .string(today.description)), ("from", .string(from.description)),
                                     ("to", .string(to.description)), ("count", .int(items.count)), ("items", .array(list))]).text + "\n"
        }
    }

    /// Focused inspections raised by daily-check problems, with response times (R24).
    public static func problems(_ items: [FocusedInspection], format: OutputFormat, calendar cal: FacilityCalendar) -> String {
        let header = ["id", "device", "department", "raised_at", "raised_by", "ticket", "acknowledged_by", "acknowledged_at", "response_minutes", "note"]
        let rows = items.map { p in
            ["\(p.id)", p.device, p.department, cal.format(p.raisedAt, seconds: true), p.raisedBy, p.ticket, p.acknowledgedBy,
             p.acknowledgedAt.map { cal.format($0, seconds: true) } ?? "", p.responseSeconds.map { String($0 / 60) } ?? "", p.note]
        }
        switch format {
        case .table: return TextTable.render(header: header, rows: rows)
        case .csv: return CSVWriter.document(header: header, rows: rows)
        case .json:
            let list: [JSONValue] = items.map { p in
                .object([("id", .int(Int(p.id))), ("device", .string(p.device)), ("department", .string(p.department)),
                         ("raised_at", time(p.raisedAt, cal)), ("raised_by", .string(p.raisedBy)), ("ticket", .string(p.ticket)),
                         ("acknowledged_by", p.acknowledgedAt == nil ? .null : .string(p.acknowledgedBy)),
                         ("acknowledged_at", time(p.acknowledgedAt, cal)),
                         ("response_minutes", p.responseSeconds.map { .number(Double($0) / 60, places: 1) } ?? .null),
                         ("note", .string(p.note))])
            }
            return JSONValue.object([("items", .array(list))]).text + "\n"
        }
    }
}
