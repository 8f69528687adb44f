import GRDB
import RoundsCore

extension Recorder {
    /// Records a version of a testing organisation (R85, R89): a new one, or a change of an existing
    /// one from `org.effective` on. `change` says what changed (kept with the version).
    /// Changing the registry is administration: the equipment head, proven.
    public func saveOrganisation(_ org: TestingOrganisation, change: String = "") throws {
        try requireAdministrator(doing: RuleText(en: "change the registry of testing organisations", zh: "修改检测机构登记"))
        guard !org.code.isEmpty, !org.name.isEmpty, !org.certificate.isEmpty else {
            throw StoreError.refused("R85", en: "a testing organisation needs a code, a name and its qualification certificate number",
                                     zh: "检测机构须有代码、名称和资质证书编号")
        }
        guard org.validFrom <= org.validUntil else {
            throw StoreError.refused("R85", en: "the qualification of \(org.name) cannot end (\(org.validUntil)) before it begins (\(org.validFrom))",
                                     zh: "\(org.name) 的资质有效期止日（\(org.validUntil)）不能早于起日（\(org.validFrom)）")
        }
        if let unknown = org.scopeStandards.first(where: { QCStandards.standard($0) == nil }) {
            throw StoreError.refused("R85", en: "'\(unknown)' is not a QC standard the program knows (\(QCStandards.all.map(\.code).joined(separator: ", ")))",
                                     zh: "“\(unknown)”不是本系统收录的质控标准（\(QCStandards.all.map(\.code).joined(separator: "、"))）")
        }
        guard !org.scopeStandards.isEmpty, !org.scopeKinds.isEmpty else {
            throw StoreError.refused("R85", en: "the qualification scope of \(org.name) needs at least one standard and one kind of test",
                                     zh: "\(org.name) 的资质范围须至少包括一项标准和一种检测类型")
        }
        // Versions follow one another (R89): a change dated before the latest version would be hidden by it.
        if let latest = try String.fetchOne(db, sql: "SELECT MAX(effective) FROM testing_organisations WHERE code = ?", arguments: [org.code])
            .flatMap(Day.init(parsing:)), org.effective < latest {
            throw StoreError.refused("R89", en: "\(org.code) has a version effective \(latest): a change takes effect on or after it, not on \(org.effective)",
                                     zh: "\(org.code) 已有 \(latest) 生效的版本：变更的生效日期不能早于该日（\(org.effective)）")
        }
        try insert("testing_organisations", [
            "code": org.code, "name": org.name, "credit_code": org.creditCode, "certificate": org.certificate,
            "scope_standards": org.scopeStandards.sorted().joined(separator: ";"),
            "scope_kinds": QCTestKind.allCases.filter(org.scopeKinds.contains).map(\.rawValue).joined(separator: ";"),
            "valid_from": org.validFrom.description, "valid_until": org.validUntil.description,
            "published_province": org.publishedProvince, "published_on": org.publishedOn?.description,
            "blacklisted_on": org.blacklistedOn?.description, "blacklist_source": org.blacklistSource,
            "effective": org.effective.description, "change": change, "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Puts organisation `code` on the blacklist from `day`, naming the source (R85, J21-6).
    public func blacklistOrganisation(_ code: String, on day: Day, source: String) throws {
        guard !source.isEmpty else {
            throw StoreError.refused("R85", en: "a blacklisting needs its source (e.g. the provincial health commission's portal)",
                                     zh: "纳入黑名单须注明来源（如省卫生健康委门户网站）")
        }
        var org = try Store.currentOrganisation(db, code)
        org.blacklistedOn = day; org.blacklistSource = source; org.effective = day
        try saveOrganisation(org, change: "blacklisted")
    }

    /// Records the organisation's publication on `province`'s portal on `day` (J21-4).
    public func publishOrganisation(_ code: String, province: String, on day: Day) throws {
        var org = try Store.currentOrganisation(db, code)
        org.publishedProvince = province; org.publishedOn = day; org.effective = day
        try saveOrganisation(org, change: "published")
    }
}

extension Store {
    /// Every organisation as it stands on `day` (its latest version effective then; one registered
    /// later is left out), by code.
    public func organisations(on day: Day) throws -> [TestingOrganisation] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.* FROM testing_organisations o
                WHERE o.id = (SELECT q.id FROM testing_organisations q WHERE q.code = o.code AND q.effective <= ?
                              ORDER BY q.effective DESC, q.id DESC LIMIT 1)
                ORDER BY o.code
                """, arguments: [day.description]).map(Store.organisation)
        }
    }

    /// Every version of organisation `code`, oldest first, with what changed (R89).
    public func organisationHistory(_ code: String) throws -> [(version: TestingOrganisation, change: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM testing_organisations WHERE code = ? ORDER BY effective, id", arguments: [code])
                .map { (Store.organisation($0), $0["change"] as String) }
        }
    }

    /// The version of `code` in force on `day`, or nil.
    static func organisation(_ db: Database, _ code: String, on day: Day) throws -> TestingOrganisation? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM testing_organisations WHERE code = ? AND effective <= ? ORDER BY effective DESC, id DESC LIMIT 1
            """, arguments: [code, day.description]).map(organisation)
    }

    /// The latest version of `code`, refusing an unknown code.
    static func currentOrganisation(_ db: Database, _ code: String) throws -> TestingOrganisation {
        guard let org = try Row.fetchOne(db, sql: "SELECT * FROM testing_organisations WHERE code = ? ORDER BY effective DESC, id DESC LIMIT 1",
                                         arguments: [code]).map(organisation) else {
            throw StoreError.notFound(en: "no testing organisation '\(code)' (see `rounds org list`)", zh: "没有检测机构“\(code)”（见 `rounds org list`）")
        }
        return org
    }

    static func organisation(_ r: Row) -> TestingOrganisation {
        let day = { (s: String?) in s.flatMap(Day.init(parsing:)) }
        // A day the program wrote always parses; `rounds verify` names a row changed behind its back.
        let unknown = Day(dayNumber: 0)
        return TestingOrganisation(
            code: r["code"], name: r["name"], creditCode: r["credit_code"], certificate: r["certificate"],
            scopeStandards: Set((r["scope_standards"] as String).split(separator: ";").map(String.init)),
            scopeKinds: Set((r["scope_kinds"] as String).split(separator: ";").compactMap { QCTestKind(rawValue: String($0)) }),
            validFrom: day(r["valid_from"]) ?? unknown, validUntil: day(r["valid_until"]) ?? unknown,
            publishedProvince: r["published_province"], publishedOn: day(r["published_on"]),
            blacklistedOn: day(r["blacklisted_on"]), blacklistSource: r["blacklist_source"], effective: day(r["effective"]) ?? unknown)
    }
}
