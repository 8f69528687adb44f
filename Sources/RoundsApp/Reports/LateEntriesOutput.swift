import RoundsCore
import RoundsStore

/// `rounds report late-entries`: every record of work entered more than `late-entry-hours` after
/// the work (补录, R4) — the record, when the work was done, when it was entered, by whom, and why.
public enum LateEntriesOutput {
    /// `inspections #12`: the record as the table and row it lives in.
    static func record(_ e: LateEntry) -> String { "\(e.table) #\(e.row)" }

    public static func render(_ entries: [LateEntry], from: Day?, to: Day?, format: OutputFormat, strings s: Strings,
                              calendar: FacilityCalendar) -> String {
        switch format {
        case .json:
            let items: [JSONValue] = entries.map { e in
                .object([("record", .string(e.table)), ("id", .int(Int(e.row))), ("subject", .string(e.subject)),
                         ("work_at", .string(calendar.format(e.workAt, seconds: true))),
                         ("entered_at", .string(calendar.format(e.enteredAt, seconds: true))),
                         ("hours_late", .number(Double(e.workAt.seconds(until: e.enteredAt)) / 3600, places: 2)),
                         ("by", .string(e.by)), ("entered_by", .string(e.enteredBy)), ("reason", .string(e.reason))])
            }
            return JSONValue.object([("from", from.map { .string($0.description) } ?? .null),
                                     ("to", to.map { .string($0.description) } ?? .null),
                                     ("items", .array(items))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["record", "id", "subject", "work_at", "entered_at", "by", "entered_by", "reason"],
                                      rows: entries.map { [$0.table, String($0.row), $0.subject, calendar.format($0.workAt, seconds: true),
                                                           calendar.format($0.enteredAt, seconds: true), $0.by, $0.enteredBy, $0.reason] })
        case .table:
            let period = [from?.description ?? "", to?.description ?? ""].joined(separator: " .. ")
            var out = "\(s.t(.lateEntriesTitle)) \(period == " .. " ? "" : period): \(entries.count)\n"
            out += TextTable.render(header: [s.t(.colRecord), s.t(.colTag), s.t(.colWorkAt), s.t(.colEnteredAt), s.t(.colEnteredBy), s.t(.colReason)],
                                    rows: entries.map { [record($0), $0.subject, calendar.format($0.workAt), calendar.format($0.enteredAt),
                                                         $0.enteredBy == $0.by ? $0.by : "\($0.enteredBy) (\($0.by))", $0.reason] })
            return out
        }
    }
}
