/// How a licence's next verification stands on a day (R91): reminders at the configured steps
/// before the due day (default 60, 30 and 7 days: R91's 60 and 30, and a last week as for status
/// tests, R79), and "verification overdue" from the day after the due day (the licence is invalid
/// when verification is not applied for in time).
///
/// ```swift
/// let s = LicenceVerificationSchedule()                              // steps 60, 30, 7
/// s.standing(due: Day(2026, 6, 30)!, today: Day(2026, 6, 1)!)   // 29 days left, reminder 30
/// s.standing(due: Day(2026, 6, 30)!, today: Day(2026, 7, 1)!)   // overdue by 1 day
/// ```
public struct LicenceVerificationSchedule: Hashable, Sendable {
    /// The reminder steps in days before the due day, largest first.
    public var reminderDays: [Int]

    public static let defaultReminderDays = [60, 30, 7]

    public init(reminderDays: [Int] = LicenceVerificationSchedule.defaultReminderDays) {
        self.reminderDays = reminderDays.sorted(by: >)
    }

    /// Parses the setting `rule.licence-reminder-days`: whole days 1…366 separated by commas.
    public init?(setting: String) {
        let parts = setting.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0.map { (1...366).contains($0) } ?? false }) else { return nil }
        self.init(reminderDays: parts.compactMap { $0 })
    }

    public func standing(due: Day, today: Day) -> LicenceDueStanding {
        DueStanding(due: due, today: today, reminderDays: reminderDays)
    }
}

/// A licence's next verification as of a day (R91).
public typealias LicenceDueStanding = DueStanding
