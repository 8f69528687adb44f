import GRDB
import RoundsCore

/// The configurable rules, kept in the store's `settings` table (audited like every write) under
/// `rule.*` keys. Each has a documented default (docs/rules.md); `rounds config` lists and sets them.
public enum RuleSetting: String, CaseIterable, Sendable {
    case tenDayPeriod = "rule.ten-day-period"
    case tenDayInterval = "rule.ten-day-interval"
    case monthlyPeriod = "rule.monthly-period"
    case monthlyRollingDays = "rule.monthly-rolling-days"
    case dueSoonDays = "rule.due-soon-days"
    case keyRepairThresholdHours = "rule.key-repair-threshold-hours"
    case delinquentDays = "rule.delinquent-days"
    case lateEntryHours = "rule.late-entry-hours"
    /// The folder of the automatic daily backup (R119); empty: off (DailyBackup.swift).
    case backupDir = "rule.backup-dir"
    /// How many daily backups to keep.
    case backupKeep = "rule.backup-keep"
    /// A hidden hazard open longer than this many days is overdue (R16).
    case hazardOpenDays = "rule.hazard-open-days"
    /// The province whose portal must publish a testing organisation before it tests here (R86,
    /// J21-4: Jilin); empty: no publication is required.
    case qcPublicationProvince = "rule.qc-publication-province"
    /// The reminder steps before a licence's verification is due, in days (R91; default 60,30,7).
    case licenceReminderDays = "rule.licence-reminder-days"
    /// R47: a purchase value (yuan) from which a device counts as valuable; empty: off (the flags only).
    case valuableThresholdYuan = "rule.valuable-threshold-yuan"
    /// A ticket's missed duty goes to the equipment head this many hours after it fell due (R100).
    case escalateTicketHours = "rule.escalate-ticket-hours"
    /// An overdue life-support inspection goes to the equipment head this many days overdue (R100).
    case escalateInspectionDays = "rule.escalate-inspection-days"
    /// An overdue or failed radiation QC test goes to the equipment head after this many days (R100).
    case escalateQCDays = "rule.escalate-qc-days"

    /// The default as text, and what values are allowed.
    public var defaultValue: String {
        let s = ScheduleRules.standard, t = TicketRules.standard
        switch self {
        case .tenDayPeriod: return s.tenDayPeriod.rawValue
        case .tenDayInterval: return String(s.tenDayInterval)
        case .monthlyPeriod: return s.monthlyPeriod.rawValue
        case .monthlyRollingDays: return String(s.monthlyRollingDays)
        case .dueSoonDays: return String(s.dueSoonDays)
        case .keyRepairThresholdHours: return String(Int(t.keyRepairThresholdHours))
        case .delinquentDays: return String(t.delinquentDays)
        case .lateEntryHours: return String(WorkTimeRule().lateEntryHours)
        case .backupDir: return ""
        case .backupKeep: return "30"
        case .hazardOpenDays: return String(HazardRules.standard.openDays)
        case .qcPublicationProvince: return ""
        case .licenceReminderDays: return LicenceVerificationSchedule.defaultReminderDays.map(String.init).joined(separator: ",")
        case .valuableThresholdYuan: return ""
        case .escalateTicketHours: return String(MissedDutyEscalation.standard.ticketHours)
        case .escalateInspectionDays: return String(MissedDutyEscalation.standard.inspectionDays)
        case .escalateQCDays: return String(MissedDutyEscalation.standard.qcDays)
        }
    }

    public var allowed: String {
        switch self {
        case .tenDayPeriod: return ScheduleRules.TenDayPeriod.allCases.map(\.rawValue).joined(separator: " | ")
        case .monthlyPeriod: return ScheduleRules.MonthlyPeriod.allCases.map(\.rawValue).joined(separator: " | ")
        case .tenDayInterval, .monthlyRollingDays: return "1…366 days"
        case .dueSoonDays, .delinquentDays, .hazardOpenDays, .escalateInspectionDays, .escalateQCDays: return "0…366 days"
        case .keyRepairThresholdHours, .lateEntryHours: return "1…720 hours"
        case .escalateTicketHours: return "0…720 hours"
        case .backupDir: return "a folder path (empty: no automatic backup)"
        case .backupKeep: return "1…3650 copies"
        case .qcPublicationProvince: return "a province name as `org publish --province` writes it (empty: not required)"
        case .licenceReminderDays: return "days 1…366 separated by commas, e.g. 60,30,7"
        case .valuableThresholdYuan: return "an amount in yuan, e.g. 500000 (empty: only the large and valuable flags)"
        }
    }

    /// Checks a value; nil when it is allowed.
    public func problem(_ value: String) -> String? {
        switch self {
        case .tenDayPeriod: return ScheduleRules.TenDayPeriod(rawValue: value) == nil ? "must be \(allowed)" : nil
        case .monthlyPeriod: return ScheduleRules.MonthlyPeriod(rawValue: value) == nil ? "must be \(allowed)" : nil
        case .tenDayInterval, .monthlyRollingDays: return (Int(value).map { (1...366).contains($0) } ?? false) ? nil : "must be \(allowed)"
        case .dueSoonDays, .delinquentDays, .hazardOpenDays, .escalateInspectionDays, .escalateQCDays:
            return (Int(value).map { (0...366).contains($0) } ?? false) ? nil : "must be \(allowed)"
        case .escalateTicketHours: return (Int(value).map { (0...720).contains($0) } ?? false) ? nil : "must be \(allowed)"
        case .keyRepairThresholdHours, .lateEntryHours: return (Int(value).map { (1...720).contains($0) } ?? false) ? nil : "must be \(allowed)"
        case .backupDir, .qcPublicationProvince:
            return value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) ? "must be \(allowed) without control characters" : nil
        case .backupKeep: return (Int(value).map { (1...3650).contains($0) } ?? false) ? nil : "must be \(allowed)"
        case .licenceReminderDays: return LicenceVerificationSchedule(setting: value) == nil ? "must be \(allowed)" : nil
        case .valuableThresholdYuan:
            if value.isEmpty { return nil }
            return (try? Money.fen(parsing: value)) == nil ? "must be \(allowed)" : nil
        }
    }
}

extension Recorder {
    /// Sets a rule (audited); refuses a value it does not allow.
    public func setRule(_ rule: RuleSetting, _ value: String) throws {
        if let p = rule.problem(value) { throw StoreError.refused("\(rule.rawValue) \(p), not '\(value)'") }
        try upsert("settings", key: "key", ["key": rule.rawValue, "value": value])
    }
}

extension Store {
    /// The rules as configured: each setting, or its default.
    public func ruleValues() throws -> [RuleSetting: String] { try read(Store.ruleValues) }

    static func ruleValues(_ db: Database) throws -> [RuleSetting: String] {
        var out: [RuleSetting: String] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT key, value FROM settings WHERE key LIKE 'rule.%'") {
            if let k = RuleSetting(rawValue: r["key"]) { out[k] = r["value"] }
        }
        return out
    }

    /// The schedule rules in force (R12–R35), from the settings over the defaults.
    public func scheduleRules() throws -> ScheduleRules { try read(Store.scheduleRules) }

    static func scheduleRules(_ db: Database) throws -> ScheduleRules {
        let v = try ruleValues(db)
        var r = ScheduleRules.standard
        if let p = v[.tenDayPeriod].flatMap(ScheduleRules.TenDayPeriod.init(rawValue:)) { r.tenDayPeriod = p }
        if let n = v[.tenDayInterval].flatMap(Int.init) { r.tenDayInterval = n }
        if let p = v[.monthlyPeriod].flatMap(ScheduleRules.MonthlyPeriod.init(rawValue:)) { r.monthlyPeriod = p }
        if let n = v[.monthlyRollingDays].flatMap(Int.init) { r.monthlyRollingDays = n }
        if let n = v[.dueSoonDays].flatMap(Int.init) { r.dueSoonDays = n }
        return r
    }

    /// `rule.late-entry-hours` (R4): work entered more than this long after it was done is a late entry.
    static func lateEntryHours(_ db: Database) throws -> Int {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"),
                            arguments: [RuleSetting.lateEntryHours.rawValue]).flatMap(Int.init) ?? WorkTimeRule().lateEntryHours
    }

    /// The ticket rules in force (R38–R54, R97), from the settings over the defaults.
    public func ticketRules() throws -> TicketRules { try read(Store.ticketRules) }

    static func ticketRules(_ db: Database) throws -> TicketRules {
        let v = try ruleValues(db)
        var r = TicketRules.standard
        if let n = v[.keyRepairThresholdHours].flatMap(Double.init) { r.keyRepairThresholdHours = n }
        if let n = v[.delinquentDays].flatMap(Int.init) { r.delinquentDays = n }
        if let t = v[.valuableThresholdYuan], !t.isEmpty, let fen = try? Money.fen(parsing: t) { r.valuableThresholdFen = fen }
        return r
    }
}
