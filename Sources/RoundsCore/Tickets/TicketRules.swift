/// The configurable limits of the repair workflow. Every field is a named rule; where the sources
/// are silent the default is ours and says so.
///
/// ```swift
/// var rules = TicketRules()                 // the defaults
/// rules.keyRepairThresholdHours = 2         // R53: a stricter hospital
/// rules.scrapApproverRole = .equipmentHead  // R63 / DOMAIN §8 Q7: the other reading of 报请主任
/// ```
public struct TicketRules: Hashable, Sendable, Codable {
    /// R53 / §8 Q8: key equipment of a key department not repaired within this many hours needs
    /// notifications and a substitute. Default 4.
    public var keyRepairThresholdHours: Double = 4
    /// R53: a notification or substitute recorded more than this many minutes after the duty arose is
    /// late. Also the grace for returning a substitute after the original is back (R54). Default 60
    /// (ours: the source says "promptly").
    public var keyDutyGraceMinutes: Int = 60
    /// R38: a request not assigned within this many minutes is delayed. Default 120 (2 hours; clock
    /// hours, not working hours).
    public var assignWithinMinutes: Int = 120
    /// R38: the same for key equipment of a key department. Default 15.
    public var keyAssignWithinMinutes: Int = 15
    /// R38: an assigned ticket whose repair has not started within this many hours is delayed.
    /// Default 24 (ours: the source gives no figure).
    public var startWithinHours: Int = 24
    /// R44: the manufacturer of a device under warranty must be notified within this many hours of
    /// the request. Default 24 (ours: the source says "promptly").
    public var manufacturerNoticeHours: Int = 24
    /// R49: working days to justify an emergency external repair, counted from the day it was marked.
    /// Default 5.
    public var justificationDueWorkingDays: Int = 5
    /// R49: the working calendar for that count. Default Monday to Friday.
    public var workingDays: WorkingDays = .weekdays
    /// R97: an open ticket older than this many days is delinquent. Default 30.
    public var delinquentDays: Int = 30
    /// R104: a ticket left at priority `deferred` longer than this many days needs the head's
    /// approval. Default 7 (ours).
    public var deferralLimitDays: Int = 7
    /// R50, R51, R38: the role that approves outside repairers, off-site repair, deferral and refusal.
    public var approverRole: Role = .equipmentHead
    /// R63: the role that approves scrapping. Default director (院领导); DOMAIN §8 Q7 notes the other
    /// reading, the head of the equipment department.
    public var scrapApproverRole: Role = .director
    /// R47: a device whose purchase value is at least this many fen counts as valuable even without
    /// the flag. nil (the default): only the large and valuable flags count.
    public var valuableThresholdFen: Int? = nil

    public init() {}

    /// The defaults.
    public static let standard = TicketRules()

    /// The role an approval of `kind` needs.
    public func approverRole(for kind: ApprovalKind) -> Role {
        kind == .scrapping ? scrapApproverRole : approverRole
    }
}
