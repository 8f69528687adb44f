import RoundsCore
import RoundsStore

/// `rounds report compliance`: per department and kind, how many inspections fell due in the period,
/// were done on time, late, or missed, and the completion rate against WHO's goal lines
/// (> 90 % overall, > 95 % for life-support and emergency devices; R21, R96), then the misses.
public enum ComplianceOutput {
    struct Line {
        var department: String
        var kind: String
        var tally: ComplianceTally
    }

    static func lines(_ r: ComplianceReport) -> [Line] {
        let groups = Set(r.items.map { "\($0.department)\u{0}\($0.kind.rawValue)" }).sorted()
        return groups.map { g in
            let p = g.split(separator: "\u{0}").map(String.init)
            let kind = InspectionKind(rawValue: p[1])!
            return Line(department: p[0], kind: p[1], tally: r.tally(kind: kind, department: p[0]))
        }
    }

    static func rate(_ r: Double?) -> JSONValue { r.map { .number($0, places: 6) } ?? .null }
    static func percent(_ r: Double?) -> String { r.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }

    static func tallyJSON(_ t: ComplianceTally) -> [(String, JSONValue)] {
        [("due", .int(t.due)), ("on_time", .int(t.onTime)), ("late", .int(t.late)), ("missed", .int(t.missed)),
         ("pending", .int(t.pending)), ("completion_rate", rate(t.completionRate)), ("on_time_rate", rate(t.onTimeRate))]
    }

    /// `enteredLate`: the inspections of the period entered late (补录, R4), by department and kind.
    public static func render(_ r: ComplianceReport, format: OutputFormat, strings s: Strings,
                              enteredLate: [LateInspectionGroup: Int] = [:]) -> String {
        let lines = lines(r)
        func late(_ l: Line) -> Int { enteredLate[LateInspectionGroup(department: l.department, kind: l.kind)] ?? 0 }
        let lateTotal = lines.map(late).reduce(0, +)
        switch format {
        case .json:
            let overall = JSONValue.object(tallyJSON(r.overall) + [("entered_late", .int(lateTotal)), ("goal", .number(ComplianceReport.overallGoal, places: 2)),
                                                                  ("meets_goal", r.meetsOverallGoal.map(JSONValue.bool) ?? .null)])
            let priority = JSONValue.object(tallyJSON(r.priorityGroup) + [("goal", .number(ComplianceReport.priorityGoal, places: 2)),
                                                                         ("meets_goal", r.meetsPriorityGoal.map(JSONValue.bool) ?? .null)])
            let groups: [JSONValue] = lines.map { .object([("department", .string($0.department)), ("kind", .string($0.kind))] + tallyJSON($0.tally)
                                                          + [("entered_late", .int(late($0)))]) }
            let misses: [JSONValue] = r.misses.map {
                .object([("device", .string($0.device)), ("department", .string($0.department)),
                         ("kind", .string($0.kind.rawValue)), ("due", .string($0.due.description))])
            }
            return JSONValue.object([("from", .string(r.from.description)), ("to", .string(r.to.description)),
                                     ("as_of", .string(r.asOf.description)), ("overall", overall),
                                     ("life_support_and_emergency", priority), ("groups", .array(groups)),
                                     ("misses", .array(misses))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["department", "kind", "due", "on_time", "late", "missed", "pending", "completion_rate", "entered_late"],
                                      rows: lines.map { [$0.department, $0.kind, String($0.tally.due), String($0.tally.onTime), String($0.tally.late),
                                                         String($0.tally.missed), String($0.tally.pending),
                                                         $0.tally.completionRate.map { String(format: "%.6f", $0) } ?? "", String(late($0))] })
        case .table:
            var out = "\(s.t(.complianceTitle)) \(r.from) .. \(r.to) (\(s.t(.asOf)) \(r.asOf))\n"
            func goal(_ met: Bool?) -> String { met.map { $0 ? s.t(.goalMet) : s.t(.goalMissed) } ?? "-" }
            out += "\(s.t(.overallLabel)): \(percent(r.overall.completionRate)) (> 90%) \(goal(r.meetsOverallGoal))\n"
            out += "\(s.t(.priorityLabel)): \(percent(r.priorityGroup.completionRate)) (> 95%) \(goal(r.meetsPriorityGoal))\n\n"
            out += TextTable.render(header: [s.t(.colDeptShort), s.t(.colKind), s.t(.colDueCount), s.t(.colOnTime), s.t(.colLate), s.t(.colMissed), s.t(.colRate),
                                             s.t(.colEnteredLate)],
                                    rows: lines.map { [$0.department, s.kind(InspectionKind(rawValue: $0.kind)!), String($0.tally.due), String($0.tally.onTime),
                                                       String($0.tally.late), String($0.tally.missed), percent($0.tally.completionRate), String(late($0))] },
                                    rightAligned: [2, 3, 4, 5, 6, 7])
            out += "\n\(s.t(.missesTitle)): \(r.misses.count)\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colKind), s.t(.colDue)],
                                    rows: r.misses.map { [$0.device, $0.department, s.kind($0.kind), $0.due.description] })
            return out
        }
    }
}
