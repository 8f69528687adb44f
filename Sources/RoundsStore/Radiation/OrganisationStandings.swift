import RoundsCore

extension Store {
    /// Every testing organisation as registered on `day`, with what stands against it (R86):
    /// `needed` is the standards the hospital's radiation devices need (from ``qcStandings``), and
    /// the province is `rule.qc-publication-province`.
    public func organisationStandings(on day: Day, needed: Set<String>) throws -> [OrganisationStanding] {
        let province = try ruleValues()[.qcPublicationProvince] ?? RuleSetting.qcPublicationProvince.defaultValue
        return try organisations(on: day).map { OrganisationStanding($0, on: day, needed: needed, province: province) }
    }
}
