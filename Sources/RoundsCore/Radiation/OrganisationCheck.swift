/// Why a testing organisation may not do a test (R86): its qualification has expired (or not yet
/// begun), its scope does not cover the standard or kind, it is not published in the facility's
/// province where the province requires it (Jilin, J21-4), or it is blacklisted (J21-6). The store
/// refuses such a test unless the equipment head signs an override with a reason.
public enum OrganisationCheck {
    /// Every problem of `org` for a test of `kind` under `standard` on `day`; empty when it may test.
    /// `province` is the facility's province when it requires publication, "" when not.
    public static func problems(_ org: TestingOrganisation, kind: QCTestKind, standard: String, on day: Day,
                                province: String) -> [RuleText] {
        var out: [RuleText] = []
        if !org.isQualified(on: day) {
            out.append(RuleText(en: "\(org.name)'s qualification is valid \(org.validFrom)–\(org.validUntil), not on \(day)",
                                zh: "\(org.name) 的资质有效期为 \(org.validFrom)–\(org.validUntil)，\(day) 不在有效期内"))
        }
        if !org.covers(kind, standard: standard) {
            out.append(RuleText(en: "\(org.name)'s qualification scope does not cover a \(kind.name.en) under \(standard)",
                                zh: "\(org.name) 的资质范围不包括 \(standard) \(kind.name.zh)"))
        }
        if !province.isEmpty && !org.isPublished(in: province, on: day) {
            out.append(RuleText(en: "\(org.name) is not published on the \(province) provincial portal",
                                zh: "\(org.name) 未在\(province)省卫生健康委门户网站公布资质认可信息"))
        }
        if org.isBlacklisted(on: day), let on = org.blacklistedOn {
            out.append(RuleText(en: "\(org.name) is blacklisted since \(on) (\(org.blacklistSource))",
                                zh: "\(org.name) 自 \(on) 起被纳入黑名单（\(org.blacklistSource)）"))
        }
        return out
    }

    /// The problems as one refusal, naming the rule and the way past it.
    public static func refusal(_ problems: [RuleText]) -> RuleText {
        RuleText(en: problems.map(\.en).joined(separator: "; ")
                    + ": the test is refused unless the equipment head approves it with a reason (--approved-by LOGIN --override-reason TEXT)",
                 zh: problems.map(\.zh).joined(separator: "；")
                    + "：除非设备科主任签字批准并说明理由（--approved-by LOGIN --override-reason TEXT），否则不予记录").prefixed("R86")
    }
}
