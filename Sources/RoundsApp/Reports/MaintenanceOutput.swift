import RoundsCore
import RoundsStore

/// `rounds report maintenance`: each active plan's last and next due day, most urgent first, then the
/// key-department devices without an active second-level plan (R31).
public enum MaintenanceOutput {
    static func days(_ s: DueStatus) -> Int {
        switch s {
        case .overdue(let d): return d
        case .dueSoon(let left): return -left
        case .ok: return 0
        }
    }

    static func status(_ s: DueStatus) -> String {
        switch s {
        case .overdue: return "overdue"
        case .dueSoon: return "due-soon"
        case .ok: return "ok"
        }
    }

    public static func render(_ r: MaintenanceReport, format: OutputFormat, strings s: Strings) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                ("as_of", .string(r.asOf.description)),
                ("plans", .array(r.plans.map {
                    .object([("device", .string($0.plan.device)), ("department", .string($0.department)), ("tier", .string($0.plan.tier.rawValue)),
                             ("interval_days", .int($0.plan.intervalDays)), ("last_done", $0.lastDone.map { .string($0.description) } ?? .null),
                             ("due", .string($0.due.description)), ("status", .string(status($0.status)))])
                })),
                ("lacking_second_level_plan", .array(r.lackingSecondLevel.map { .string($0.tag) })),
            ]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["device", "department", "tier", "interval_days", "last_done", "due", "status"],
                                      rows: r.plans.map { [$0.plan.device, $0.department, $0.plan.tier.rawValue, String($0.plan.intervalDays),
                                                           $0.lastDone?.description ?? "", $0.due.description, status($0.status)] })
        case .table:
            let urgent = r.plans.filter { days($0.status) != 0 || status($0.status) == "due-soon" }
            var out = "\(s.t(.maintenanceTitle)) \(r.asOf): \(r.overdue.count) \(s.t(.overdueTag)), \(r.plans.count) \(s.t(.plansLabel))\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colTier), s.t(.colInterval), s.t(.colLastDone), s.t(.colDue), ""],
                                    rows: urgent.map { [$0.plan.device, $0.department, $0.plan.tier.rawValue, String($0.plan.intervalDays),
                                                        $0.lastDone?.description ?? "-", $0.due.description,
                                                        status($0.status) == "overdue" ? s.t(.overdueTag) : s.t(.dueSoonTag)] })
            out += "\nR31 \(s.t(.lackingPlan)): \(r.lackingSecondLevel.count)\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colName)],
                                    rows: r.lackingSecondLevel.map { [$0.tag, $0.department, $0.displayName(english: !s.isChinese)] })
            return out
        }
    }
}
