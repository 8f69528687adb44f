/// A Radiation Safety Licence (辐射安全许可证, R94; optional): issued by the ecology and environment
/// authority, with its number, holder, scope (种类和范围, e.g. "使用Ⅱ类、Ⅲ类射线装置"), validity and the
/// radiation devices it covers. Unlike the radiological licence (R90) it has an end of validity
/// and is renewed (延续) before it: a renewal is recorded as the licence again with its new
/// validity, and the latest record of a number is in force.
///
/// ```swift
/// // Valid until 2026-04-30, today 2026-03-15: 46 days left, the 60-day reminder (R94).
/// licence.task(today: Day(2026, 3, 15)!, reminderDays: [60, 30, 7])?.kind   // .safetyExpiring
/// ```
public struct SafetyLicence: Hashable, Sendable {
    public var number: String
    public var holder: String
    public var authority: String
    public var scope: String
    public var validFrom: Day
    public var validUntil: Day
    /// The devices' tags, in the order given.
    public var devices: [String]

    public init(number: String, holder: String, authority: String, scope: String, validFrom: Day, validUntil: Day, devices: [String]) {
        self.number = number; self.holder = holder; self.authority = authority; self.scope = scope
        self.validFrom = validFrom; self.validUntil = validUntil; self.devices = devices
    }

    /// The end of validity as a duty: the renewal is due on the last valid day.
    public func standing(today: Day, reminderDays: [Int]) -> DueStanding {
        DueStanding(due: validUntil, today: today, reminderDays: reminderDays)
    }

    /// The renewal task once a reminder step is reached, or the licence expired (R94); nil before.
    public func task(today: Day, reminderDays: [Int]) -> LicenceTask? {
        let s = standing(today: today, reminderDays: reminderDays)
        if s.overdue {
            return LicenceTask(kind: .safetyExpired, rule: "R94", licence: number, day: validUntil, text: RuleText(
                en: "radiation safety licence \(number) expired on \(validUntil) (\(-s.daysLeft) day(s) ago): renew it with the ecology and environment authority and record it (`rounds licence safety-add`)",
                zh: "辐射安全许可证 \(number) 已于 \(validUntil) 到期（\(-s.daysLeft) 天前）：须向生态环境部门申请延续并登记（`rounds licence safety-add`）"))
        }
        guard let step = s.reminder else { return nil }
        return LicenceTask(kind: .safetyExpiring, rule: "R94", licence: number, day: validUntil, text: RuleText(
            en: "radiation safety licence \(number) is valid until \(validUntil), \(s.daysLeft) day(s) left (reminder \(step)): apply for its renewal",
            zh: "辐射安全许可证 \(number) 有效期至 \(validUntil)，还有 \(s.daysLeft) 天（\(step) 天提醒）：须申请延续"))
    }
}
