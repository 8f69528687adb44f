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

    /// A plan's mode in the reader's language (R33).
    static func mode(_ m: MaintenanceMode, _ s: Strings) -> String {
        switch m {
        case .standard: return s.t(.modeStandard)
        case .concentrated: return s.t(.modeConcentrated)
        case .rotation: return s.t(.modeRotation)
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
                             ("due", .string($0.due.description)), ("status", .string(status($0.status))),
                             ("mode", .string($0.scheduling.mode.rawValue)),
                             ("window_from", $0.scheduling.window.map { .string($0.from.description) } ?? .null),
                             ("window_to", $0.scheduling.window.map { .string($0.to.description) } ?? .null),
                             ("deferrals", .int($0.deferrals))])
                })),
                ("lacking_second_level_plan", .array(r.lackingSecondLevel.map { .string($0.tag) })),
            ]).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["device", "department", "tier", "interval_days", "last_done", "due", "status",
                                               "mode", "window_from", "window_to", "deferrals"],
                                      rows: r.plans.map { [$0.plan.device, $0.department, $0.plan.tier.rawValue, String($0.plan.intervalDays),
                                                           $0.lastDone?.description ?? "", $0.due.description, status($0.status),
                                                           $0.scheduling.mode.rawValue, $0.scheduling.window?.from.description ?? "",
                                                           $0.scheduling.window?.to.description ?? "", String($0.deferrals)] })
        case .table:
            // Due and overdue plans (with their mode, window and deferrals, R33), and any deferred one.
            let urgent = r.plans.filter { days($0.status) != 0 || status($0.status) == "due-soon" || $0.deferrals > 0 }
            var out = "\(s.t(.maintenanceTitle)) \(r.asOf): \(r.overdue.count) \(s.t(.overdueTag)), \(r.plans.count) \(s.t(.plansLabel))\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colTier), s.t(.colInterval), s.t(.colLastDone), s.t(.colDue), "",
                                             s.t(.colMode), s.t(.colWindow), s.t(.colDeferred)],
                                    rows: urgent.map { [$0.plan.device, $0.department, $0.plan.tier.rawValue, String($0.plan.intervalDays),
                                                        $0.lastDone?.description ?? "-", $0.due.description,
                                                        status($0.status) == "overdue" ? s.t(.overdueTag) : (status($0.status) == "due-soon" ? s.t(.dueSoonTag) : ""),
                                                        mode($0.scheduling.mode, s), $0.scheduling.window?.text ?? "-",
                                                        $0.scheduling.mode == .rotation || $0.deferrals > 0 ? String($0.deferrals) : "-"] },
                                    rightAligned: [9])
            out += "\nR31 \(s.t(.lackingPlan)): \(r.lackingSecondLevel.count)\n"
            out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colName)],
                                    rows: r.lackingSecondLevel.map { [$0.tag, $0.department, $0.displayName(english: !s.isChinese)] })
            return out
        }
    }
}
