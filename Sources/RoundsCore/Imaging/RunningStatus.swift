/// A day's running status of an imaging device (R66; MN 3(14) "每日记录设备运行状况").
///
/// For the running intact rate (R68): `down` is failure downtime for the whole day, as a repair
/// ticket's downtime is; `maintenance` and `qc` are planned downtime, reported apart and never in
/// the rate; `normal`, `partial` and `unscheduled` count as available (a partly available device
/// still examines patients; docs/DECISIONS.md).
public enum RunningStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case normal
    case partial
    case down
    case maintenance
    case qc
    case unscheduled

    public var name: RuleText {
        switch self {
        case .normal: return RuleText(en: "normal", zh: "正常")
        case .partial: return RuleText(en: "partially available", zh: "部分可用")
        case .down: return RuleText(en: "down (fault)", zh: "故障停机")
        case .maintenance: return RuleText(en: "planned maintenance", zh: "计划保养")
        case .qc: return RuleText(en: "QC testing", zh: "质控检测")
        case .unscheduled: return RuleText(en: "not scheduled", zh: "未安排使用")
        }
    }

    /// Planned downtime (maintenance, QC testing).
    public var isPlanned: Bool { self == .maintenance || self == .qc }
}

/// One day of the running-status log (R66): who kept it, and optionally the hours in use and the
/// number of examinations.
public struct RunningStatusEntry: Hashable, Sendable {
    public var device: String
    public var day: Day
    public var status: RunningStatus
    public var hoursInUse: Double?
    public var exams: Int?
    public var note: String
    /// The person who kept the day's record (signs it).
    public var keptBy: String

    public init(device: String, day: Day, status: RunningStatus, hoursInUse: Double? = nil, exams: Int? = nil, note: String = "", keptBy: String) {
        self.device = device; self.day = day; self.status = status; self.hoursInUse = hoursInUse; self.exams = exams
        self.note = note; self.keptBy = keptBy
    }
}
