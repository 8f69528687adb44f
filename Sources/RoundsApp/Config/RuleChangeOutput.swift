import RoundsCore
import RoundsStore

/// `rounds config history`: the rule changes of R114, oldest first — when, who, which rule, from
/// what to what, why, and the approving equipment head of a lengthened life-support interval.
public enum RuleChangeOutput {
    static let fields = ["at", "by", "rule", "old_value", "new_value", "reason", "approved_by"]

    static func values(_ c: RuleChange, calendar: FacilityCalendar) -> [String] {
        [calendar.format(c.at, seconds: true), c.by, c.rule, c.oldValue, c.newValue, c.reason, c.approvedBy]
    }

    public static func render(_ changes: [RuleChange], format: OutputFormat, calendar: FacilityCalendar, chinese: Bool) -> String {
        switch format {
        case .json:
            let items: [JSONValue] = changes.map { c -> JSONValue in .object(Array(zip(fields, values(c, calendar: calendar).map(JSONValue.string)))) }
            return JSONValue.object([("count", .int(changes.count)), ("changes", .array(items))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: changes.map { values($0, calendar: calendar) })
        case .table:
            let s = Strings(chinese: chinese)
            let header = [s.t(.colWhen), s.t(.colBy), s.t(.ruleSetting), s.t(.ruleFrom), s.t(.ruleTo), s.t(.ruleReason), s.t(.ruleApprovedBy)]
            let rows = changes.map { c in [calendar.format(c.at), c.by, c.rule, c.oldValue, c.newValue, c.reason, c.approvedBy] }
            return s.t(.ruleHistoryTitle) + "\n" + TextTable.render(header: header, rows: rows)
        }
    }
}
