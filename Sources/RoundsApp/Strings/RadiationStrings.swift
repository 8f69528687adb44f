import RoundsCore

extension Strings {
    /// The reminder step reached before a status test falls due (R79): `[30天]`, `[30 DAYS]`.
    public func reminderTag(days: Int) -> String { isChinese ? "[\(days)天]" : "[\(days) DAYS]" }

    /// A configuration requirement's shortfall (R70): `[缺1]`, `[SHORT 1]`.
    public func shortTag(_ n: Int) -> String { isChinese ? "[缺\(n)]" : "[SHORT \(n)]" }

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
