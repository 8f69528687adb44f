/// A duty that was missed, or a case the exception lists must show (R100). Exceptions never block a
/// step (CONTRACT "Record work": a missed duty "never stops a repaired device from being signed back
/// into service"); they feed the exception lists, the dashboard and reports.
///
/// ```swift
/// e.kind          // .noSubstitute
/// e.description   // "R53: WX-2026-000001 ICU-V01: no substitute device recorded since 2026-03-02T04:00:00Z"
/// ```
public struct TicketException: Hashable, Sendable, CustomStringConvertible {
    /// What was missed; raw values are the CLI and database spelling.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// R38: not assigned within the limit.
        case assignmentDelayed = "assignment-delayed"
        /// R38: assigned but repair not begun within the limit.
        case startDelayed = "start-delayed"
        /// R46 / R100: a damage-by-fault case (listed, not a failure).
        case damageByFault = "damage-by-fault"
        /// R48: classified as damage by fault after the repair started.
        case repairedBeforeReporting = "repaired-before-reporting"
        /// R49: an emergency external repair still without its justification.
        case justificationOutstanding = "justification-outstanding"
        /// R50: an outside repairer worked without the head's approval on record.
        case unapprovedExternalRepair = "unapproved-external-repair"
        /// R44: a device under warranty whose manufacturer was not notified in time.
        case manufacturerNotNotified = "manufacturer-not-notified"
        /// R44: notified, but later than the limit.
        case manufacturerNotifiedLate = "manufacturer-notified-late"
        /// R45: the vendor missed the agreement's terms.
        case vendorLate = "vendor-late"
        /// R53: key equipment not repaired in time, and the department or the equipment head not told.
        case notNotified = "not-notified"
        /// R53: told, but late.
        case notifiedLate = "notified-late"
        /// R53: key equipment not repaired in time and no substitute recorded (the red alert).
        case noSubstitute = "no-substitute"
        /// R53: a substitute, but late.
        case substituteLate = "substitute-late"
        /// R54: the original is back, the substitute's return is not recorded.
        case substituteNotReturned = "substitute-not-returned"
        /// R97: open longer than `delinquentDays`.
        case delinquent
        /// R104: left at priority deferred beyond the limit without the head's approval.
        case deferredTooLong = "deferred-too-long"

        public var rule: String {
            switch self {
            case .assignmentDelayed, .startDelayed: return "R38"
            case .damageByFault: return "R46"
            case .repairedBeforeReporting: return "R48"
            case .justificationOutstanding: return "R49"
            case .unapprovedExternalRepair: return "R50"
            case .manufacturerNotNotified, .manufacturerNotifiedLate: return "R44"
            case .vendorLate: return "R45"
            case .notNotified, .notifiedLate, .noSubstitute, .substituteLate: return "R53"
            case .substituteNotReturned: return "R54"
            case .delinquent: return "R97"
            case .deferredTooLong: return "R104"
            }
        }
    }

    public var ticket: TicketNumber
    public var device: String
    public var kind: Kind
    /// When the duty fell due (or the case began).
    public var since: Instant
    /// The detail in both languages ("not assigned within 30 minutes …", "报修后 30 分钟内未派工 …").
    public var text: RuleText
    /// The English detail text (reports and the command line's English output).
    public var detail: String { text.en }

    public init(ticket: TicketNumber, device: String, kind: Kind, since: Instant, text: RuleText) {
        self.ticket = ticket; self.device = device; self.kind = kind; self.since = since; self.text = text
    }

    public var rule: String { kind.rule }
    /// `R53: WX-2026-000001 ICU-V01: no substitute …`
    public var description: String { message(chinese: false) }

    /// `R53: WX-… ICU-V01: no substitute …`, or `R53：WX-… ICU-V01：未记录可替代设备 …` in Chinese.
    public func message(chinese: Bool) -> String {
        chinese ? "\(rule)：\(ticket) \(device)：\(text.zh)" : "\(rule): \(ticket) \(device): \(text.en)"
    }
}
