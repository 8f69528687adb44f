import RoundsCore

extension Strings {
    /// A missed duty's age: `30h` (`30小时`) under two days, else `3d` (`3天`); a day-counted duty
    /// (an inspection, a QC test) always in whole days overdue.
    public func age(of d: MissedDuty, now: Instant) -> String {
        let a = d.age(now: now)
        if d.kind.countsDays || a.hours >= 48 { return isChinese ? "\(a.days)天" : "\(a.days)d" }
        return isChinese ? "\(a.hours)小时" : "\(a.hours)h"
    }

    /// A threshold in hours, `24h` / `24小时`.
    func hours(_ n: Int) -> String { isChinese ? "\(n)小时" : "\(n)h" }

    /// A threshold in days, `3d` / `3天`.
    func days(_ n: Int) -> String { isChinese ? "\(n)天" : "\(n)d" }
}
