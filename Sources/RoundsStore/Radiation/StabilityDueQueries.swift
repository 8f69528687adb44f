import GRDB
import RoundsCore

/// One stability item of a tracked radiation device and when it is next due (R80): its period
/// after the last stability test that included it, else after the device's last passed acceptance
/// test (where its baseline comes from), else after the later of its in-service day and the start
/// of tracking — as the first status test year runs (R79).
public struct QCStabilityDue: Sendable, Equatable {
    public var device: Equipment
    public var standard: String
    public var group: String
    public var item: String
    public var period: StabilityPeriod
    /// The last stability test day of the item, nil when none is on record.
    public var last: Day?
    public var base: Day
    public var due: DueStanding

    /// A week's notice: the periods are a month to half a year.
    public static let reminderDays = [7]
}

extension Store {
    /// Every stability item of every tracked radiation device, soonest due first (R80).
    public func qcStabilityDue(today: Day, department: String? = nil) throws -> [QCStabilityDue] {
        let devices = try equipment(EquipmentFilter(department: department)).filter {
            $0.status.isTracked && QCStandards.applicable(category: $0.category) != nil
        }
        let (lastItem, lastAcceptance) = try read { db -> ([String: Day], [String: Day]) in
            var items: [String: Day] = [:], accepted: [String: Day] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT t.device, i.item, MAX(t.tested_on) AS day FROM qc_test_items i JOIN qc_test_records t ON t.id = i.test
                WHERE t.kind = 'stability' AND i.outcome <> 'untestable' AND t.tested_on <= ? GROUP BY t.device, i.item
                """, arguments: [today.description]) {
                items["\(r["device"] as String)\u{0}\(r["item"] as String)"] = Day(parsing: r["day"])
            }
            for r in try Row.fetchAll(db, sql: """
                SELECT device, MAX(tested_on) AS day FROM qc_test_records WHERE kind = 'acceptance' AND conclusion = 'pass' AND tested_on <= ?
                GROUP BY device
                """, arguments: [today.description]) {
                accepted[r["device"]] = Day(parsing: r["day"])
            }
            return (items, accepted)
        }
        var out: [QCStabilityDue] = []
        for d in devices {
            let (standard, group) = QCStandards.applicable(category: d.category)!
            for rule in QCStabilityItems.rules(standard: standard.code, group: group) {
                let last = lastItem["\(d.tag)\u{0}\(rule.item)"]
                let base = last ?? lastAcceptance[d.tag] ?? max(d.inService, settings.since)
                out.append(QCStabilityDue(device: d, standard: standard.code, group: group.code, item: rule.item, period: rule.period,
                                          last: last, base: base,
                                          due: DueStanding(due: rule.period.due(after: base), today: today, reminderDays: QCStabilityDue.reminderDays)))
            }
        }
        return out.sorted { ($0.due.due, $0.device.tag, $0.item) < ($1.due.due, $1.device.tag, $1.item) }
    }
}
