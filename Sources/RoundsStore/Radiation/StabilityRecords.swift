import GRDB
import RoundsCore

extension Recorder {
    /// A stability test's conditions and judged items (R80, R81), in the test's transaction.
    func recordStability(_ conditions: StabilityConditions, _ results: [StabilityResult], test: Int64) throws {
        try insert("qc_stability_conditions", ["test": test, "exposure": conditions.exposure, "geometry": conditions.geometry])
        for r in results {
            try insert("qc_stability_results", ["test": test, "item": r.item, "value": r.value, "baseline": r.baseline?.value,
                                                "baseline_test": r.baseline?.test, "control_limit": r.limit.description,
                                                "within": r.withinLimit, "cause": r.cause])
        }
    }

    /// R80: for each item, the previous stability test of the same item on the device, and what
    /// differs from it — one warning per earlier test and condition, naming the items.
    func changedConditions(_ test: QCTestRecord, _ c: StabilityConditions, id: Int64, items: [String]) throws -> [RuleText] {
        struct Key: Hashable { var test: Int64; var field: StabilityConditions.Field }
        var byKey: [Key: (day: String, was: String, now: String, items: [String])] = [:]
        var order: [Key] = []
        for item in items {
            guard let p = try Row.fetchOne(db, sql: """
                SELECT t.id, t.tested_on, t.instruments, c.exposure, c.geometry FROM qc_stability_results r
                JOIN qc_test_records t ON t.id = r.test JOIN qc_stability_conditions c ON c.test = t.id
                WHERE t.device = ? AND r.item = ? AND t.id <> ? AND t.tested_on <= ? ORDER BY t.tested_on DESC, t.id DESC LIMIT 1
                """, arguments: [test.device, item, id, test.testedOn.description]) else { continue }
            let previous = StabilityConditions(exposure: p["exposure"], geometry: p["geometry"])
            let instruments = (p["instruments"] as String).split(separator: "\n").map(String.init)
            for field in c.changes(instruments: test.instruments, from: previous, previousInstruments: instruments) {
                let key = Key(test: p["id"], field: field)
                if byKey[key] == nil {
                    order.append(key)
                    let (was, now): (String, String) = switch field {
                    case .instrument: (instruments.joined(separator: "; "), test.instruments.joined(separator: "; "))
                    case .exposure: (previous.exposure, c.exposure)
                    case .geometry: (previous.geometry, c.geometry)
                    }
                    byKey[key] = (p["tested_on"], was, now, [])
                }
                byKey[key]!.items.append(item)
            }
        }
        return order.map { k in
            let v = byKey[k]!
            return RuleText(en: "the \(k.field.name.en) differs from the previous stability test #\(k.test) of \(v.day) (was '\(v.was)', now '\(v.now)') for \(v.items.joined(separator: ", ")): the results may not be comparable",
                            zh: "\(v.items.joined(separator: "、")) 的\(k.field.name.zh)与上次稳定性检测 #\(k.test)（\(v.day)）不同（原为“\(v.was)”，现为“\(v.now)”）：结果可能不可比").prefixed("R80")
        }
    }
}

extension Store {
    /// Each item's baseline for the device's stability tests through `day` (R80): its measured
    /// value in the latest passed acceptance test, else in the latest passed status test, when
    /// that value is a number.
    static func stabilityBaselines(_ db: Database, device: String, through day: Day) throws -> [String: StabilityBaseline] {
        var acceptance: [String: StabilityBaseline] = [:], status: [String: StabilityBaseline] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT t.id, t.kind, t.tested_on, i.item, i.measured FROM qc_test_items i JOIN qc_test_records t ON t.id = i.test
            WHERE t.device = ? AND t.kind IN ('acceptance', 'status') AND t.conclusion = 'pass' AND i.outcome = 'pass' AND t.tested_on <= ?
            ORDER BY t.tested_on DESC, t.id DESC
            """, arguments: [device, day.description]) {
            guard let value = StabilityResult.number(in: r["measured"]), let kind = QCTestKind(rawValue: r["kind"]),
                  let on = Day(parsing: r["tested_on"]) else { continue }
            let item: String = r["item"]
            let b = StabilityBaseline(value: value, test: r["id"], kind: kind, testedOn: on)
            if kind == .acceptance { if acceptance[item] == nil { acceptance[item] = b } } else if status[item] == nil { status[item] = b }
        }
        return status.merging(acceptance) { _, a in a }
    }

    /// A stability test's conditions and judged items (R80, R81), into its summary.
    static func readStability(_ db: Database, into s: inout QCTestSummary) throws {
        guard let c = try Row.fetchOne(db, sql: "SELECT * FROM qc_stability_conditions WHERE test = ?", arguments: [s.id]) else { return }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.*, b.kind AS baseline_kind, b.tested_on AS baseline_on FROM qc_stability_results r
            LEFT JOIN qc_test_records b ON b.id = r.baseline_test WHERE r.test = ? ORDER BY r.id
            """, arguments: [s.id])
        s.stability = rows.map { r in
            let baseline: StabilityBaseline? = (r["baseline"] as Double?).flatMap { v in
                guard let id: Int64 = r["baseline_test"], let kind = QCTestKind(rawValue: r["baseline_kind"] ?? ""),
                      let on = Day(parsing: r["baseline_on"] ?? "") else { return nil }
                return StabilityBaseline(value: v, test: id, kind: kind, testedOn: on)
            }
            return StabilityResult(item: r["item"], value: r["value"], baseline: baseline,
                                   limit: StabilityLimit(parsing: r["control_limit"]) ?? .absolute(0), cause: r["cause"])
        }
        s.test.stability = StabilityConditions(exposure: c["exposure"], geometry: c["geometry"],
                                               causes: Dictionary(s.stability.filter { !$0.cause.isEmpty }.map { ($0.item, $0.cause) }) { a, _ in a })
    }

    /// The device's baselines as of `day`, for a screen or the command line.
    public func stabilityBaselines(device: String, through day: Day) throws -> [String: StabilityBaseline] {
        try read { try Store.stabilityBaselines($0, device: device, through: day) }
    }
}
