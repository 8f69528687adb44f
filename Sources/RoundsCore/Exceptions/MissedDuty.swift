/// A duty missed somewhere in the hospital, as the hospital-wide exception list shows it (R100):
/// what was missed, about which ticket or device, since when, and whether it has gone to the
/// equipment head (``MissedDutyEscalation``).
///
/// The rules that decide a duty was missed live where they always did — the ticket's exceptions
/// (``Ticket/exceptions(now:context:)``: R38, R45, R49, R53), the inspection schedule (R12–R35)
/// and the status-test schedule (R79, R84). This list only gathers them (``MissedDuties``).
///
/// ```swift
/// d.kind            // .noSubstitute
/// d.subject         // "WX-2026-000001"
/// d.escalated       // true once 24 hours have passed since the duty fell due (rule.escalate-ticket-hours)
/// ```
public struct MissedDuty: Hashable, Sendable {
    /// What was missed; raw values are the command line's spelling.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// R38: a request not assigned within its limit.
        case lateAssignment = "late-assignment"
        /// R53: key equipment not repaired in time and no substitute device provided.
        case noSubstitute = "no-substitute"
        /// R49: an emergency external repair still not justified after its working-day limit.
        case unjustifiedEmergencyRepair = "unjustified-emergency-repair"
        /// R45: the vendor missed the agreement's terms.
        case vendorLate = "vendor-late"
        /// R12–R35 with R100: an inspection of life-support equipment overdue.
        case lifeSupportInspectionOverdue = "life-support-inspection-overdue"
        /// R79: a radiation device's yearly status test overdue.
        case qcOverdue = "qc-overdue"
        /// R84: a radiation device failed its test and has not passed a retest.
        case qcFailed = "qc-failed"
        /// R32: the latest second-level maintenance or ten-day check of rescue equipment has no
        /// powered test result (a summary record without `--plug-test`, or the item answered n/a).
        case poweredTestMissing = "powered-test-missing"

        public var rule: String {
            switch self {
            case .lateAssignment: return "R38"
            case .noSubstitute: return "R53"
            case .unjustifiedEmergencyRepair: return "R49"
            case .vendorLate: return "R45"
            case .lifeSupportInspectionOverdue: return "R100"
            case .qcOverdue: return "R79"
            case .qcFailed: return "R84"
            case .poweredTestMissing: return "R32"
            }
        }

        /// Whether its age counts in whole days overdue (inspections, status tests) rather than
        /// hours since the duty fell due (the ticket duties).
        public var countsDays: Bool {
            switch self {
            case .lifeSupportInspectionOverdue, .qcOverdue, .qcFailed, .poweredTestMissing: return true
            case .lateAssignment, .noSubstitute, .unjustifiedEmergencyRepair, .vendorLate: return false
            }
        }

        public var name: RuleText {
            switch self {
            case .lateAssignment: return RuleText(en: "late assignment", zh: "派工超时")
            case .noSubstitute: return RuleText(en: "no substitute provided", zh: "未提供替代设备")
            case .unjustifiedEmergencyRepair: return RuleText(en: "emergency external repair not justified", zh: "紧急院外维修未论证")
            case .vendorLate: return RuleText(en: "vendor late", zh: "厂商未按约履行")
            case .lifeSupportInspectionOverdue: return RuleText(en: "life-support inspection overdue", zh: "生命支持设备巡检超期")
            case .qcOverdue: return RuleText(en: "radiation QC overdue", zh: "放射质控检测超期")
            case .qcFailed: return RuleText(en: "radiation QC failed", zh: "放射质控检测不合格")
            case .poweredTestMissing: return RuleText(en: "powered test not recorded", zh: "插电测试未记录")
            }
        }
    }

    public var kind: Kind
    /// The ticket number for a ticket's duty, else the device tag.
    public var subject: String
    public var device: String
    public var department: String
    /// When the duty fell due (for a day-counted duty: the start of the first day overdue).
    public var since: Instant
    /// Whole days overdue for a day-counted duty (today − due day), nil for the others.
    public var daysOverdue: Int?
    /// The detail in both languages, as the rule that found it said it.
    public var text: RuleText
    /// Whether it has gone to the equipment head (set by ``MissedDutyEscalation/apply(_:now:)``).
    public var escalated = false

    /// The kind's name made specific where one kind covers several duties — `life-support ten-day
    /// overdue` for the inspection kind — for a narrow screen without the detail; nil when the kind says it.
    public var specificName: RuleText?

    public init(kind: Kind, subject: String, device: String, department: String, since: Instant, daysOverdue: Int? = nil, text: RuleText,
                specificName: RuleText? = nil) {
        self.kind = kind; self.subject = subject; self.device = device; self.department = department
        self.since = since; self.daysOverdue = daysOverdue; self.text = text; self.specificName = specificName
    }

    public var rule: String { kind.rule }

    /// Its age on `now`: whole hours since it fell due, or whole days overdue.
    public func age(now: Instant) -> (hours: Int64, days: Int) {
        let hours = max(0, since.seconds(until: now) / 3600)
        return (hours, daysOverdue ?? Int(hours / 24))
    }
}
