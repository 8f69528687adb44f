/// The three kinds of inspection round (R12, R13, R17), spelled as the command line spells them.
///
/// ```swift
/// InspectionKind(rawValue: "ten-day")   // .tenDay
/// InspectionKind.monthly.rawValue       // "monthly"
/// ```
///
/// Kinds compare by their raw strings ("monthly" < "quarterly" < "ten-day"), which is the tie-break
/// order of the overdue report (CONTRACT "then `kind`"). Display names (zh/en) live in the app.
public enum InspectionKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// 十天检查: life-support and emergency devices in key departments (R13, IMR 1.1).
    case tenDay = "ten-day"
    /// 每月巡查: every tracked device (R12, IMR 1.1).
    case monthly
    /// 季度监督检查: every tracked device, quarterly records only (R17, IMR 1.2).
    case quarterly

    public static func < (a: InspectionKind, b: InspectionKind) -> Bool { a.rawValue < b.rawValue }
}

/// The result of one inspection round record (R15): normal, a hidden hazard found (R16), or a fault.
public enum InspectionResult: String, CaseIterable, Hashable, Sendable, Codable {
    case ok
    /// 隐患: opens a hazard item (R16).
    case hazard
    /// 故障: also opens a repair ticket with the device out of service (CONTRACT "Record work").
    case fault
}
