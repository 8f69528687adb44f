import Foundation
import RoundsCore

/// `rounds report kpi`: the repair KPIs (R97), inspection completion (R96) and IPM yield (R98) for one
/// window, in three forms. Every metric names its formula, numerator, denominator and unit, and MTTR
/// its basis (R120, DOMAIN §4.6). JSON, one object per metric:
///
/// ```json
/// {"report": "kpi", "from": "2026-03-01", "to": "2026-03-31", "now": "2026-03-31 12:00:00", "department": null,
///  "repeat_window_days": 30, "delinquent_days": 30, "legend": {"r": "request", ...},
///  "fleet": {"metrics": {"failures": {"value": 3, "numerator": 3, "denominator": null, "unit": "failures", ...},
///                        "mttr_downtime_basis": {"value": 11.333333, "numerator": 34.0, "denominator": 3,
///                                                "unit": "h", "basis": "downtime", "formula": "Σ(a − r) / n"}, ...}},
///  "departments": [{"department": "ICU", "metrics": {...}}], "devices": [{"device": "ICU-V01", "department": "ICU", "metrics": {...}}],
///  "delinquent_tickets": [...], "inspection_completion": {"overall": {...}, "life_support_and_emergency": {...}},
///  "ipm_yield": {...}}
/// ```
///
/// A metric's `value` is numerator / denominator; a plain count (failures) has a null denominator; a
/// value that cannot be computed (nothing measured, MTBF with no failures) is null, never infinity.
/// The CSV has one row per line and metric with the same columns.
public enum KPIOutput {
    /// One reported number with everything needed to reproduce it.
    struct Metric {
        var id: String
        var name: TextID
        var formula: TextID
        /// The formula in symbols for the machine forms.
        var symbols: String
        var value: JSONValue
        var numerator: JSONValue
        var denominator: JSONValue
        var unit: String
        var basis: String?
        var extra: [(String, JSONValue)] = []
        /// The value and the fraction as the table shows them.
        var shownValue: String
        var shownFraction: String
    }

    static func hours(_ h: Double?) -> String { h.map { FixedDecimal.format($0, places: 2) + " h" } ?? "-" }
    static func percent(_ v: Double?) -> String { v.map { FixedDecimal.format($0 * 100, places: 1) + "%" } ?? "-" }
    static func num(_ v: Double?) -> JSONValue { v.map { .number($0, places: 6) } ?? .null }
    static func plain(_ v: Double?) -> String { v.map { FixedDecimal.format($0, places: 6) } ?? "" }

    static func fraction(_ id: String, _ name: TextID, _ formula: TextID, _ symbols: String, _ f: KPIFraction,
                         extra: [(String, JSONValue)] = []) -> Metric {
        Metric(id: id, name: name, formula: formula, symbols: symbols, value: num(f.value), numerator: .int(f.numerator),
               denominator: .int(f.denominator), unit: "share", extra: extra, shownValue: percent(f.value),
               shownFraction: "\(f.numerator) / \(f.denominator)")
    }

    static func mean(_ id: String, _ name: TextID, _ formula: TextID, _ symbols: String, _ d: DurationStats,
                     basis: String? = nil, s: Strings) -> Metric {
        Metric(id: id, name: name, formula: formula, symbols: symbols, value: num(d.meanHours), numerator: num(d.totalHours),
               denominator: .int(d.count), unit: "h", basis: basis, extra: basis == nil ? [("median", num(d.medianHours))] : [],
               shownValue: hours(d.meanHours) + (basis == nil && d.count > 0 ? " (\(s.t(.kpiMedian)) \(hours(d.medianHours)))" : ""),
               shownFraction: FixedDecimal.format(d.totalHours, places: 2) + " h / \(d.count)")
    }

    static func metrics(_ l: RepairKPILine, _ k: RepairKPIs, s: Strings) -> [Metric] {
        let failures = Metric(id: "failures", name: .kpiFailures, formula: .kpiFormulaFailures,
                              symbols: "count(r in window) − cancelled", value: .int(l.failures), numerator: .int(l.failures),
                              denominator: .null, unit: "failures", extra: [("cancelled_excluded", .int(l.cancelled))],
                              shownValue: String(l.failures),
                              shownFraction: l.cancelled > 0 ? "\(l.failures) (\(s.t(.kpiCancelledExcluded)) \(l.cancelled))" : String(l.failures))
        let m = l.mtbf
        let mtbfShown = !m.hasExposure ? "-" : (m.noFailures ? s.t(.kpiNoFailures) : hours(m.hours))
        var mtbf = Metric(id: "mtbf", name: .kpiMTBF, formula: .kpiFormulaMTBF, symbols: "(exposure − failure downtime − planned downtime) / n",
                          value: num(m.hours), numerator: num(m.operatingHours), denominator: .int(m.failures), unit: "h",
                          basis: "operating time = exposure − failure downtime − planned downtime (time-based intact rate)",
                          extra: [("exposure_hours", num(Double(m.exposureSeconds) / 3600)),
                                  ("failure_downtime_hours", num(Double(m.downtimeSeconds) / 3600)),
                                  ("planned_downtime_hours", num(Double(m.plannedSeconds) / 3600)),
                                  ("no_failures", .bool(m.hasExposure && m.noFailures))],
                          shownValue: mtbfShown, shownFraction: FixedDecimal.format(m.operatingHours, places: 2) + " h / \(m.failures)")
        if !m.hasExposure { mtbf.extra.append(("note", .string("no exposure"))) }
        return [
            failures,
            fraction("repeated_failures", .kpiRepeated, .kpiFormulaRepeated, "repeats within \(k.repeatWindowDays) days of sign-off / failures",
                     l.repeatedFailures, extra: [("window_days", .int(k.repeatWindowDays))]),
            mean("response_time", .kpiResponse, .kpiFormulaResponse, "mean(s − r)", l.responseTime, s: s),
            mean("repair_time", .kpiRepair, .kpiFormulaRepair, "mean(e − s)", l.repairTime, s: s),
            mean("downtime_per_ticket", .kpiDowntimePerTicket, .kpiFormulaDowntime, "mean(a − r)", l.downtimePerTicket, s: s),
            mean("mttr_downtime_basis", .kpiMTTRDowntime, .kpiFormulaMTTRDowntime, MTTRBasis.downtime.formula,
                 l.mttrDowntime.durations, basis: MTTRBasis.downtime.rawValue, s: s),
            mean("mttr_hands_on_basis", .kpiMTTRHandsOn, .kpiFormulaMTTRHandsOn, MTTRBasis.handsOn.formula,
                 l.mttrHandsOn.durations, basis: MTTRBasis.handsOn.rawValue, s: s),
            mtbf,
            fraction("delinquent_tickets", .kpiDelinquent, .kpiFormulaDelinquent,
                     "open at now and requested > \(k.delinquentDays) days before / open at now", l.delinquent,
                     extra: [("limit_days", .int(k.delinquentDays))]),
        ]
    }

    static func completion(_ id: String, _ name: TextID, _ t: ComplianceTally, goal: Double) -> Metric {
        var m = fraction(id, name, .kpiFormulaCompletion, "(on time + late) / due",
                         KPIFraction(numerator: t.onTime + t.late, denominator: t.due))
        m.extra = [("on_time", .int(t.onTime)), ("late", .int(t.late)), ("missed", .int(t.missed)),
                   ("pending_not_counted", .int(t.pending)), ("goal", .number(goal, places: 2)),
                   ("meets_goal", t.completionRate.map { .bool($0 > goal) } ?? .null)]
        return m
    }

    /// R96: planned maintenance done on time / due in the period, with the tallies by tier and by
    /// department beside it; the WHO goal line of 90 % (5.4.1).
    static func maintenance(_ m: MaintenanceCompletionTallies) -> Metric {
        let t = m.overall
        func counts(_ t: ComplianceTally) -> JSONValue {
            .object([("on_time", .int(t.onTime)), ("late", .int(t.late)), ("missed", .int(t.missed)), ("pending_not_counted", .int(t.pending))])
        }
        return fraction("maintenance_completion", .kpiMaintenanceCompletion, .kpiFormulaMaintenanceCompletion, "on time / due",
                        KPIFraction(numerator: t.onTime, denominator: t.due),
                        extra: [("on_time", .int(t.onTime)), ("late", .int(t.late)), ("missed", .int(t.missed)),
                                ("pending_not_counted", .int(t.pending)), ("goal", .number(ComplianceReport.overallGoal, places: 2)),
                                ("meets_goal", t.onTimeRate.map { .bool($0 > ComplianceReport.overallGoal) } ?? .null),
                                ("by_tier", .object(m.byTier.map { ($0.0, counts($0.1)) })),
                                ("by_department", .object(m.byDepartment.map { ($0.0, counts($0.1)) })),
                                ("deferrals", .int(m.deferrals.reduce(0) { $0 + $1.count })),
                                ("deferrals_by_plan", .array(m.deferrals.map {
                                    .object([("device", .string($0.device)), ("tier", .string($0.tier.rawValue)),
                                             ("department", .string($0.department)), ("count", .int($0.count))]) }))])
    }

    static func fleetExtras(_ c: ComplianceTotals, _ y: IPMYield, _ m: MaintenanceCompletionTallies) -> [Metric] {
        var yield = fraction("ipm_yield", .kpiIPMYield, .kpiFormulaIPMYield, "(hazard + fault) / inspections", y.yield)
        yield.extra = [("hazards", .int(y.hazards)), ("faults", .int(y.faults))]
        return [completion("inspection_completion", .kpiInspectionCompletion, c.overall, goal: ComplianceReport.overallGoal),
                completion("inspection_completion_priority", .kpiPriorityCompletion, c.priorityGroup, goal: ComplianceReport.priorityGoal),
                yield, maintenance(m)]
    }

    static func json(_ m: Metric) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("value", m.value), ("numerator", m.numerator), ("denominator", m.denominator),
                                            ("unit", .string(m.unit))]
        if let b = m.basis { pairs.append(("basis", .string(b))) }
        pairs.append(("formula", .string(m.symbols)))
        return .object(pairs + m.extra)
    }

    static func jsonMetrics(_ ms: [Metric]) -> JSONValue { .object(ms.map { ($0.id, json($0)) }) }

    /// `c`: the compliance tallies (``Store/complianceTotals(from:to:today:department:)``).
    public static func render(_ k: RepairKPIs, compliance c: ComplianceTotals, yield y: IPMYield,
                              maintenance m: MaintenanceCompletionTallies = MaintenanceCompletionTallies(), department: String?,
                              format: OutputFormat, strings s: Strings, calendar: FacilityCalendar) -> String {
        let extras = fleetExtras(c, y, m)
        switch format {
        case .json:
            let legend = JSONValue.object([("r", .string("request")), ("s", .string("repair start: started or sent off site")),
                                           ("e", .string("repaired")), ("a", .string("department sign-off (R42)"))])
            let c = extras
            return JSONValue.object([
                ("report", .string("kpi")), ("from", .string(k.from.description)), ("to", .string(k.to.description)),
                ("now", .string(calendar.format(k.now, seconds: true))), ("department", department.map(JSONValue.string) ?? .null),
                ("repeat_window_days", .int(k.repeatWindowDays)), ("delinquent_days", .int(k.delinquentDays)), ("legend", legend),
                ("fleet", .object([("metrics", jsonMetrics(metrics(k.fleet, k, s: s)))])),
                ("departments", .array(k.departments.map {
                    .object([("department", .string($0.key)), ("metrics", jsonMetrics(metrics($0, k, s: s)))]) })),
                // Each device written as it is built: a year of a large hospital has thousands.
                ("devices", .array(k.devices.map {
                    .written(JSONValue.object([("device", .string($0.key)), ("department", .string($0.department)),
                                               ("metrics", jsonMetrics(metrics($0, k, s: s)))]).text) })),
                ("delinquent_tickets", .array(k.delinquentTickets.map {
                    .object([("number", .string($0.number.description)), ("device", .string($0.device)),
                             ("department", .string($0.department)), ("opened_at", .string(calendar.format($0.openedAt, seconds: true))),
                             ("state", .string($0.state.rawValue)), ("age_days", .int($0.ageDays))]) })),
                ("inspection_completion", .object([("overall", json(c[0])), ("life_support_and_emergency", json(c[1]))])),
                ("ipm_yield", json(c[2])),
                ("maintenance_completion", json(c[3])),
            ]).text + "\n"
        case .csv:
            func text(_ v: JSONValue) -> String {
                if case .null = v { return "" }
                if case .string(let t) = v { return t }
                return v.text
            }
            func rows(_ level: String, _ key: String, _ dept: String, _ ms: [Metric]) -> [[String]] {
                ms.map { [level, key, dept, $0.id, text($0.value), text($0.numerator), text($0.denominator), $0.unit,
                          $0.basis ?? "", $0.symbols] }
            }
            var all = rows("fleet", RepairKPILine.fleetKey, "", metrics(k.fleet, k, s: s) + extras)
            for l in k.departments { all += rows("department", l.key, l.key, metrics(l, k, s: s)) }
            for l in k.devices { all += rows("device", l.key, l.department, metrics(l, k, s: s)) }
            return CSVWriter.document(header: ["level", "key", "department", "metric", "value", "numerator", "denominator",
                                               "unit", "basis", "formula"], rows: all)
        case .table:
            let days = s.t(.kpiDays)
            var out = "\(s.t(.kpiTitle)) \(k.from) .. \(k.to) (\(s.t(.asOf)) \(calendar.format(k.now)))   "
                + "\(s.t(.kpiDepartmentScope)): \(department ?? s.t(.all))\n"
            out += "\(s.t(.kpiLegend))\n"
            out += "\(s.t(.kpiRepeatWindow)) \(k.repeatWindowDays) \(days); \(s.t(.kpiDelinquentLimit)) \(k.delinquentDays) \(days)\n\n"
            func named(_ m: Metric) -> [String] {
                let formula = s.t(m.formula).replacingOccurrences(of: "{N}", with: String(m.id == "delinquent_tickets" ? k.delinquentDays : k.repeatWindowDays))
                var value = m.shownValue
                if m.id.hasPrefix("inspection_completion") || m.id == "maintenance_completion" {
                    let goal = m.id == "inspection_completion_priority" ? ComplianceReport.priorityGoal : ComplianceReport.overallGoal
                    let met: String
                    if case .bool(let b)? = m.extra.first(where: { $0.0 == "meets_goal" })?.1 { met = b ? s.t(.goalMet) : s.t(.goalMissed) } else { met = "" }
                    value += " (> \(Int(goal * 100))%) \(met)"
                }
                return [s.t(m.name), formula, value, m.shownFraction]
            }
            out += TextTable.render(header: [s.t(.kpiColMetric), s.t(.kpiColFormula), s.t(.kpiColValue), s.t(.kpiColFraction)],
                                    rows: (metrics(k.fleet, k, s: s) + extras).map(named))
            if !m.deferrals.isEmpty {
                // R33: the rotation tasks put off because the device was in use, per plan.
                out += "\n\(s.t(.kpiDeferrals)): \(m.deferrals.reduce(0) { $0 + $1.count })\n"
                out += TextTable.render(header: [s.t(.colTag), s.t(.colDeptShort), s.t(.colTier), s.t(.colDeferred)],
                                        rows: m.deferrals.map { [$0.device, $0.department, $0.tier.rawValue, String($0.count)] }, rightAligned: [3])
            }
            func short(_ l: RepairKPILine) -> [String] {
                let m = l.mtbf
                func h(_ x: Double?) -> String { x.map { FixedDecimal.format($0, places: 2) } ?? "-" }
                return [l.key, String(l.failures), "\(l.repeatedFailures.numerator)", h(l.responseTime.meanHours),
                        h(l.repairTime.meanHours), h(l.mttrDowntime.hours), h(l.mttrHandsOn.hours),
                        !m.hasExposure ? "-" : (m.noFailures ? s.t(.kpiNoFailures) : h(m.hours)),
                        "\(l.delinquent.numerator) / \(l.delinquent.denominator)"]
            }
            let header = [s.t(.colKey2), s.t(.kpiColFailures), s.t(.kpiColRepeats), s.t(.kpiColResponseH), s.t(.kpiColRepairH),
                          s.t(.kpiColMTTRDowntimeH), s.t(.kpiColMTTRHandsOnH), s.t(.kpiColMTBFH), s.t(.kpiColDelinquent)]
            let right: Set<Int> = [1, 2, 3, 4, 5, 6, 7, 8]
            out += "\n\(s.t(.kpiByDepartment)): \(k.departments.count)\n"
            out += TextTable.render(header: header, rows: k.departments.map(short), rightAligned: right)
            out += "\n\(s.t(.kpiByDevice)): \(k.devices.count)\n"
            out += TextTable.render(header: header, rows: k.devices.map(short), rightAligned: right)
            out += "\n\(s.t(.kpiDelinquentList)): \(k.delinquentTickets.count)\n"
            out += TextTable.render(header: [s.t(.kpiColTicket), s.t(.colTag), s.t(.colDeptShort), s.t(.kpiColOpened),
                                             s.t(.kpiColState), s.t(.kpiColAgeDays)],
                                    rows: k.delinquentTickets.map { [$0.number.description, $0.device, $0.department,
                                                                     calendar.format($0.openedAt), $0.state.rawValue, String($0.ageDays)] },
                                    rightAligned: [5])
            return out
        }
    }
}

/// The maintenance completion tallies `report kpi` shows (R96): overall, and by tier and by
/// department in key order. RoundsApp does not see the store; the command fills this in.
public struct MaintenanceCompletionTallies: Sendable {
    public var overall: ComplianceTally
    public var byTier: [(String, ComplianceTally)]
    public var byDepartment: [(String, ComplianceTally)]
    /// The rotation tasks deferred in the period because the device was in use (R33), per plan.
    public var deferrals: [MaintenanceDeferralCount]

    public init(overall: ComplianceTally = ComplianceTally(), byTier: [(String, ComplianceTally)] = [], byDepartment: [(String, ComplianceTally)] = [],
                deferrals: [MaintenanceDeferralCount] = []) {
        self.overall = overall; self.byTier = byTier; self.byDepartment = byDepartment; self.deferrals = deferrals
    }
}
