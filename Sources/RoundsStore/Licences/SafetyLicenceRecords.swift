import GRDB
import RoundsCore

/// The table of radiation safety licences (migration `v22-radiation-safety-licences`, R94),
/// insert-only and audited: each row a licence as issued or renewed, `devices` the `;`-separated
/// tags it covers; the latest row of a number is in force.
enum SafetyLicenceSchema {
    static let auditedTables = ["safety_licences"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE safety_licences (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL,
                holder TEXT NOT NULL,
                authority TEXT NOT NULL,
                scope TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                devices TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX safety_licences_number ON safety_licences(number, id);
            """)
    }
}

extension Recorder {
    /// Records a radiation safety licence, or its renewal under the same number (R94). Licences are
    /// administration: the equipment head. Its first valid day may not lie after today (R4); every
    /// device named must be in the registry and not scrapped (R8).
    public func recordSafetyLicence(_ l: SafetyLicence, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "record a radiation safety licence", zh: "登记辐射安全许可证"))
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !blank(l.number), !blank(l.holder), !blank(l.authority), !blank(l.scope) else {
            throw StoreError.refused("R94", en: "a radiation safety licence needs its number, holder, issuing authority and scope (--scope)",
                                     zh: "辐射安全许可证须有编号、持证单位、发证机关和种类范围（--scope）")
        }
        try Self.notAfterToday(l.validFrom, today, what: RuleText(en: "the licence's first valid day", zh: "许可证有效期起始日"))
        guard l.validUntil > l.validFrom else {
            throw StoreError.refused("R94", en: "the end of validity (\(l.validUntil)) must come after its start (\(l.validFrom))",
                                     zh: "有效期截止日（\(l.validUntil)）须晚于起始日（\(l.validFrom)）")
        }
        for tag in l.devices {
            let d = try Store.deviceForLicence(db, tag)
            if d.status == .scrapped {
                throw StoreError.refused("R8", en: "device \(d.tag) is scrapped: it cannot be listed on a licence", zh: "设备 \(d.tag) 已报废，不能列入许可证")
            }
        }
        try insert("safety_licences", ["number": l.number, "holder": l.holder, "authority": l.authority, "scope": l.scope,
                                       "valid_from": l.validFrom.description, "valid_until": l.validUntil.description,
                                       "devices": l.devices.joined(separator: ";"), "recorded_at": at.seconds, "recorded_by": actor])
    }
}

extension Store {
    /// The radiation safety licences in force (the latest row of each number), by number (R94).
    public func safetyLicences() throws -> [SafetyLicence] { try read(Store.safetyLicences) }

    static func safetyLicences(_ db: Database) throws -> [SafetyLicence] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM safety_licences s WHERE s.id = (SELECT MAX(t.id) FROM safety_licences t WHERE t.number = s.number) ORDER BY s.number
            """).map { r in
            SafetyLicence(number: r["number"], holder: r["holder"], authority: r["authority"], scope: r["scope"],
                          validFrom: Day(parsing: r["valid_from"]) ?? Day(dayNumber: 0), validUntil: Day(parsing: r["valid_until"]) ?? Day(dayNumber: 0),
                          devices: (r["devices"] as String).split(separator: ";").map(String.init))
        }
    }
}
