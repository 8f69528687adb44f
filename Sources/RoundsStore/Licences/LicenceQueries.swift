import GRDB
import RoundsCore

/// A licence as listed and shown (R90, R91): the record, its verification history, the devices its
/// copy lists now, and how its next verification stands.
public struct LicenceSummary: Sendable, Equatable {
    public var licence: RadiationLicence
    public var verifications: [LicenceVerification]
    public var devices: [LicensedDevice]
    /// The current due day: the latest verification's next due, else the licence's first one.
    public var due: LicenceDueStanding
    public var recordedBy: String

    public static func == (a: LicenceSummary, b: LicenceSummary) -> Bool {
        a.licence == b.licence && a.verifications == b.verifications && a.devices == b.devices && a.due == b.due
    }
}

extension Store {
    /// The reminder steps in force (`rule.licence-reminder-days`, R91).
    public func licenceSchedule() throws -> LicenceVerificationSchedule {
        try read { db in
            try Store.ruleValues(db)[.licenceReminderDays].flatMap(LicenceVerificationSchedule.init(setting:)) ?? LicenceVerificationSchedule()
        }
    }

    /// Every licence with its standing on `today`, soonest verification first (R90, R91). The query a
    /// screen of licences calls.
    public func licenceStandings(today: Day) throws -> [LicenceSummary] {
        let schedule = try licenceSchedule()
        return try read { db in
            let listed = try Store.listedDevices(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM radiation_licences ORDER BY number").map { r in
                let l = Store.licence(r)
                let v = try Store.verifications(db, l.number)
                let due = v.last?.nextDue ?? l.verificationDue
                return LicenceSummary(licence: l, verifications: v, devices: listed.filter { $0.licence == l.number },
                                      due: schedule.standing(due: due, today: today), recordedBy: r["recorded_by"])
            }
        }.sorted { ($0.due.due, $0.licence.number) < ($1.due.due, $1.licence.number) }
    }

    /// Every open licence task on `today` (R65, R91–R95): verifications due or overdue, in-service
    /// radiation devices on no licence, listed devices stopped or scrapped, configuration licences
    /// missing or to release, the epidemic exemption's procedures. The query a screen calls.
    public func licenceTasks(today: Day) throws -> [LicenceTask] {
        let standings = try licenceStandings(today: today)
        let schedule = try licenceSchedule()
        let devices = try equipment(EquipmentFilter())
        return try read { db in
            let facts = LicenceChecks.Facts(
                licences: standings.map { ($0.licence, $0.due.due) }, listed: standings.flatMap(\.devices), devices: devices,
                specs: try Store.imagingSpecs(db), configurationLicences: try Store.configurationLicences(db),
                exemptions: try Store.exemptions(db), scrapped: try Store.scrappings(db))
            return LicenceChecks.tasks(facts, today: today, schedule: schedule)
                + (try Store.safetyLicences(db)).compactMap { $0.task(today: today, reminderDays: schedule.reminderDays) }
        }
    }

    /// Every recorded exemption (R95), oldest first.
    public func licenceExemptions() throws -> [LicenceExemption] { try read(Store.exemptions) }

    /// The devices holding a configuration licence now, tag → number (R93).
    public func configurationLicenceHolders() throws -> [String: String] { try read(Store.configurationLicences) }

    // MARK: Reads inside a transaction

    static func licence(_ db: Database, _ number: String) throws -> RadiationLicence? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM radiation_licences WHERE number = ?"), arguments: [number]).map(licence)
    }

    static func noLicence(_ number: String) -> StoreError {
        StoreError.notFound(en: "no licence '\(number)' (see `rounds licence list`)", zh: "没有许可证“\(number)”（见 `rounds licence list`）")
    }

    static func deviceForLicence(_ db: Database, _ tag: String) throws -> Equipment {
        guard let d = try Row.fetchOne(db, sql: "\(ArchiveRows.equipmentSelect) WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        return d
    }

    /// The devices listed now: those whose latest listing event is `added`.
    static func listedDevices(_ db: Database) throws -> [LicensedDevice] {
        try Row.fetchAll(db, sql: """
            SELECT d.* FROM licence_devices d
            WHERE d.id = (SELECT MAX(q.id) FROM licence_devices q WHERE q.device = d.device) AND d.event = 'added'
            ORDER BY d.licence, d.device
            """).map { r in
            LicensedDevice(licence: r["licence"], device: r["device"], parameters: r["parameters"],
                           listedOn: Day(parsing: r["changed_on"]) ?? Day(dayNumber: 0))
        }
    }

    /// The licence that lists `device` now, or nil.
    static func licenceOf(_ db: Database, device: String) throws -> String? {
        guard let r = try Row.fetchOne(db, sql: "SELECT licence, event FROM licence_devices WHERE device = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [device]) else { return nil }
        return r["event"] == "added" ? r["licence"] : nil
    }

    static func verifications(_ db: Database, _ number: String) throws -> [LicenceVerification] {
        try Row.fetchAll(db, sql: "SELECT * FROM licence_verifications WHERE licence = ? ORDER BY verified_on, id", arguments: [number]).map { r in
            LicenceVerification(licence: r["licence"], verifiedOn: Day(parsing: r["verified_on"]) ?? Day(dayNumber: 0),
                                nextDue: Day(parsing: r["next_due"]) ?? Day(dayNumber: 0), note: r["note"])
        }
    }

    static func configurationLicences(_ db: Database) throws -> [String: String] {
        var out: [String: String] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT device, event, number FROM configuration_licences ORDER BY id") {
            out[r["device"]] = r["event"] == "granted" ? r["number"] : nil
        }
        return out
    }

    static func exemptions(_ db: Database) throws -> [LicenceExemption] {
        try Row.fetchAll(db, sql: "SELECT * FROM licence_exemptions ORDER BY exempted_on, id").map { r in
            LicenceExemption(id: r["id"], basis: r["basis"], exemptedOn: Day(parsing: r["exempted_on"]) ?? Day(dayNumber: 0), note: r["note"])
        }
    }

    /// The completed scrapping request and day of every scrapped device (R65).
    static func scrappings(_ db: Database) throws -> [String: (request: Int64, day: Day)] {
        let calendar = try StoreSettings.load(db).calendar
        var out: [String: (request: Int64, day: Day)] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT q.id, q.devices, s.at FROM scrap_requests q JOIN scrap_steps s ON s.request = q.id AND s.kind = 'completed'
            """) {
            for tag in (r["devices"] as String).split(separator: ";") {
                out[String(tag)] = (r["id"], calendar.day(of: Instant(seconds: r["at"])))
            }
        }
        return out
    }

    static func licence(_ r: Row) -> RadiationLicence {
        RadiationLicence(number: r["number"], holder: r["holder"], authority: r["authority"],
                         issuedOn: Day(parsing: r["issued_on"]) ?? Day(dayNumber: 0),
                         categories: Set((r["categories"] as String).split(separator: ";").compactMap { LicenceCategory(rawValue: String($0)) }),
                         verificationDue: Day(parsing: r["verification_due"]) ?? Day(dayNumber: 0),
                         scans: (r["scans"] as String).split(separator: "\n").map(String.init))
    }
}
