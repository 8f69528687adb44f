import GRDB
import RoundsCore

/// What one write transaction has changed that a derived table must follow once, at its end,
/// rather than at every row: a round of 375 inspections refreshes each device's compliance marks
/// and due days once, not 375 times (``ComplianceMarks``, ``DueInspections``). Filled by the
/// ``Recorder`` as it writes; applied by ``Store/write(actor:at:options:_:)`` before the
/// transaction commits.
final class PendingDerived {
    /// Per device, the earliest inspection day written or corrected: its marks from there on.
    var marksFrom: [String: Day] = [:]
    /// Devices whose archive row changed (their base day may have): all of their marks.
    var marksWhole: Set<String> = []
    /// `since` or a schedule rule changed: every mark and every due day.
    var rulesChanged = false
    /// Devices whose due days may have moved: an inspection, a correction or a save of the device.
    var dueDevices: Set<String> = []
    /// Departments saved (whether they are key decides the ten-day duty): all of their devices.
    var dueDepartments: Set<String> = []

    /// The settings the compliance walk and the due days depend on.
    static let walkSettings: Set<String> = ["since", RuleSetting.tenDayPeriod.rawValue, RuleSetting.tenDayInterval.rawValue,
                                            RuleSetting.monthlyPeriod.rawValue, RuleSetting.monthlyRollingDays.rawValue]

    /// Notes a row just inserted (its read-back `row`).
    func inserted(_ db: Database, table: String, row: Row) throws {
        switch table {
        case "inspections":
            note(row["device"], day: row["day"])
        case "corrections" where (row["tbl"] as String) == CorrectableRecord.inspection.rawValue:
            if let original = try Row.fetchOne(db.cachedStatement(sql: "SELECT device, day FROM inspections WHERE id = ?"),
                                               arguments: [row["original"]]) {
                note(original["device"], day: original["day"])
            }
        default:
            break
        }
    }

    /// Notes a keyed row just updated (or inserted) by an upsert.
    func upserted(table: String, key: String, existed: Bool) {
        switch table {
        case "equipment":
            dueDevices.insert(key)
            if existed { marksWhole.insert(key) }
        case "departments": dueDepartments.insert(key)
        case "settings" where Self.walkSettings.contains(key): rulesChanged = true
        default: break
        }
    }

    private func note(_ device: String, day text: String) {
        dueDevices.insert(device)
        guard let day = Day(parsing: text) else { marksWhole.insert(device); return }
        marksFrom[device] = min(marksFrom[device] ?? day, day)
    }

    /// Brings the derived tables up to date.
    func apply(_ db: Database) throws {
        try ComplianceMarks.apply(db, self)
        try DueInspections.apply(db, self)
        marksFrom = [:]; marksWhole = []; rulesChanged = false; dueDevices = []; dueDepartments = []
    }
}
