/// One inspection of one device (R14, R15), as the schedule rules need it.
///
/// `day` is the local day of `at` in the facility's time zone, worked out once by the caller with
/// `FacilityCalendar.day(of:)`, so the rules never touch time zones.
///
/// ```swift
/// let at = cal.parseTime("2026-03-01T09:30")!
/// InspectionRecord(device: "ICU-V01", kind: .tenDay, at: at, day: cal.day(of: at))
/// ```
public struct InspectionRecord: Hashable, Sendable, Codable {
    /// The device's tag (asset number).
    public var device: String
    public var kind: InspectionKind
    public var at: Instant
    /// The local day of `at`.
    public var day: Day
    public var result: InspectionResult

    public init(device: String, kind: InspectionKind, at: Instant, day: Day, result: InspectionResult = .ok) {
        self.device = device; self.kind = kind; self.at = at; self.day = day; self.result = result
    }
}
