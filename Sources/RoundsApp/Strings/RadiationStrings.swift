import RoundsCore

extension Strings {
    /// The reminder step reached before a status test falls due (R79): `[30天]`, `[30 DAYS]`.
    public func reminderTag(days: Int) -> String { isChinese ? "[\(days)天]" : "[\(days) DAYS]" }

    /// A configuration requirement's shortfall (R70): `[缺1]`, `[SHORT 1]`.
    public func shortTag(_ n: Int) -> String { isChinese ? "[缺\(n)]" : "[SHORT \(n)]" }

    /// Days to a due day: `还有 12 天`, `12 days left`.
    public func daysLeft(_ n: Int) -> String { isChinese ? "还有 \(n) 天" : "\(n) days left" }

    /// Days past a due day: `超期 3 天`, `3 days overdue`.
    public func daysOverdue(_ n: Int) -> String { isChinese ? "超期 \(n) 天" : "\(n) days overdue" }

    /// A running-status day's hours in use (R66): `使用 8.0 小时`, `8.0 h in use`.
    public func hoursInUse(_ h: Double) -> String { isChinese ? "使用 \(String(format: "%.1f", h)) 小时" : "\(String(format: "%.1f", h)) h in use" }

    /// A running-status day's examinations (R66): `检查 12 人次`, `12 exams`.
    public func examCount(_ n: Int) -> String { isChinese ? "检查 \(n) 人次" : "\(n) exams" }

    /// An item's outcome as a text tag: `[合格]`, `[FAIL]`, `[无法检测]`.
    public func outcomeTag(_ o: QCOutcome) -> String {
        switch o {
        case .pass: return t(.tagPass)
        case .fail: return t(.tagFail)
        case .untestable: return t(.tagUntestable)
        }
    }

    /// What stands against a testing organisation (R86), as a text tag.
    public func organisationTag(_ p: OrganisationStanding.Problem) -> String {
        switch p {
        case .expired: return t(.tagExpired)
        case .outOfScope: return t(.tagOutOfScope)
        case .unpublished: return t(.tagUnpublished)
        case .blacklisted: return t(.tagBlacklisted)
        }
    }
}
