/// A radiation health technical service organisation (放射卫生技术服务机构) as the registry holds it
/// (R85). Every change is a new version with its effective day (R89); this is one version.
public struct TestingOrganisation: Hashable, Sendable {
    /// Short code used on the command line, e.g. `jl-cdc`.
    public var code: String
    public var name: String
    /// Unified social credit code (统一社会信用代码).
    public var creditCode: String
    /// Qualification certificate number (资质证书编号).
    public var certificate: String
    /// The standards (codes) and kinds of test the qualification covers.
    public var scopeStandards: Set<String>
    public var scopeKinds: Set<QCTestKind>
    public var validFrom: Day
    public var validUntil: Day
    /// Province where it is published (e.g. 吉林), and the day; nil when not published.
    public var publishedProvince: String
    public var publishedOn: Day?
    /// Blacklisted (黑名单) since this day, by this source (e.g. 吉林省卫生健康委门户网站); nil when not.
    public var blacklistedOn: Day?
    public var blacklistSource: String
    /// The day this version takes effect (R89).
    public var effective: Day

    public init(code: String, name: String, creditCode: String = "", certificate: String, scopeStandards: Set<String>,
                scopeKinds: Set<QCTestKind>, validFrom: Day, validUntil: Day, publishedProvince: String = "", publishedOn: Day? = nil,
                blacklistedOn: Day? = nil, blacklistSource: String = "", effective: Day) {
        self.code = code; self.name = name; self.creditCode = creditCode; self.certificate = certificate
        self.scopeStandards = scopeStandards; self.scopeKinds = scopeKinds; self.validFrom = validFrom; self.validUntil = validUntil
        self.publishedProvince = publishedProvince; self.publishedOn = publishedOn
        self.blacklistedOn = blacklistedOn; self.blacklistSource = blacklistSource; self.effective = effective
    }

    /// Whether its qualification is in force on `day` (R86).
    public func isQualified(on day: Day) -> Bool { validFrom <= day && day <= validUntil }

    /// Whether its qualification scope covers a test of `kind` under `standard` (R86).
    public func covers(_ kind: QCTestKind, standard: String) -> Bool { scopeStandards.contains(standard) && scopeKinds.contains(kind) }

    /// Whether the organisation is blacklisted on `day`.
    public func isBlacklisted(on day: Day) -> Bool { blacklistedOn.map { $0 <= day } ?? false }

    /// Whether it is published in `province` on `day` (J21-4).
    public func isPublished(in province: String, on day: Day) -> Bool {
        guard let on = publishedOn, on <= day else { return false }
        return province.isEmpty || publishedProvince == province
    }
}
