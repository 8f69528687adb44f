import RoundsCore

/// `rounds report overdue` in its three forms. The JSON is the contract's, exactly:
///
/// ```json
/// {"as_of": "2026-03-15", "items": [{"device": "ICU-V01", "department": "ICU", "kind": "ten-day",
///                                    "due": "2026-03-11", "days_overdue": 4}]}
/// ```
public enum OverdueOutput {
    public static func render(_ report: OverdueReport, format: OutputFormat, strings s: Strings) -> String {
        switch format {
        case .json:
            let items: [JSONValue] = report.overdue.map {
                .object([("device", .string($0.device)), ("department", .string($0.department)),
                         ("kind", .string($0.kind.rawValue)), ("due", .string($0.due.description)),
                         ("days_overdue", .int($0.daysOverdue))])
            }
            return JSONValue.object([("as_of", .string(report.asOf.description)), ("items", .array(items))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["device", "department", "kind", "due", "days_overdue"],
                                      rows: report.overdue.map { [$0.device, $0.department, $0.kind.rawValue, $0.due.description, String($0.daysOverdue)] })
        case .table:
            var out = "\(s.t(.overdueTitle)) \(report.asOf): \(report.overdue.count)\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colKind), s.t(.colDue), s.t(.colDaysOverdue)],
                                    rows: report.overdue.map { [$0.device, $0.department, s.kind($0.kind), $0.due.description, String($0.daysOverdue)] },
                                    rightAligned: [4])
            out += "\n\(s.t(.dueSoonTitle)): \(report.dueSoon.count)\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colKind), s.t(.colDue), s.t(.colDaysLeft)],
                                    rows: report.dueSoon.map { [$0.requirement.device, $0.requirement.department, s.kind($0.requirement.kind),
                                                                $0.requirement.due.description, String($0.daysLeft)] },
                                    rightAligned: [4])
            return out
        }
    }
}
