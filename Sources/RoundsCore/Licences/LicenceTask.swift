/// Something a licence needs done (R91–R95, R65), as `rounds licence tasks` lists it and a screen
/// shows it: each names its rule, the licence and device concerned, and says itself in both
/// languages.
public struct LicenceTask: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// R91: the next verification is within a reminder step.
        case verificationDue = "verification-due"
        /// R91: past the due day without a verification.
        case verificationOverdue = "verification-overdue"
        /// R92: an in-service radiation device no licence lists (licence change, 变更).
        case notOnLicence = "not-on-licence"
        /// R92, R65: a listed device stopped or scrapped (deregistration, 注销).
        case deregister
        /// R93: a device of the catalogue in force when it was configured, without a configuration licence.
        case configurationMissing = "configuration-missing"
        /// R93: a device of a type the catalogue lists above a figure (slices, tesla) it has no spec for.
        case configurationUnknown = "configuration-unknown"
        /// R65: a scrapped device still holding a configuration licence record.
        case configurationRelease = "configuration-release"
        /// R95: the epidemic exemption's licensing procedures not yet completed.
        case exemptionOpen = "exemption-open"
        /// R94: a radiation safety licence's end of validity within a reminder step (renewal, 延续).
        case safetyExpiring = "safety-expiring"
        /// R94: a radiation safety licence past its end of validity.
        case safetyExpired = "safety-expired"
    }

    public var kind: Kind
    public var rule: String
    public var licence: String
    public var device: String
    /// The day the task concerns: the due day, the exemption day, the scrapping day.
    public var day: Day?
    public var text: RuleText

    public init(kind: Kind, rule: String, licence: String = "", device: String = "", day: Day? = nil, text: RuleText) {
        self.kind = kind; self.rule = rule; self.licence = licence; self.device = device; self.day = day; self.text = text
    }
}
