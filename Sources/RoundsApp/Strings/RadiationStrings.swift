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

    /// What R67 finds missing for an imaging device, as a text tag: `[无专人]`, `[NO PLAN]`.
    public func upkeepTag(_ p: ImagingUpkeep.Problem) -> String {
        switch p {
        case .noPerson: return isChinese ? "[无专人]" : "[NO PERSON]"
        case .noPlan: return isChinese ? "[无计划]" : "[NO PLAN]"
        }
    }

    /// The same in a few words, for a line's detail.
    public func upkeepProblem(_ p: ImagingUpkeep.Problem) -> String {
        switch p {
        case .noPerson: return isChinese ? "无专职人员" : "no dedicated person"
        case .noPlan: return isChinese ? "无保养计划" : "no plan"
        }
    }

    /// A maintenance plan in a few words (R67): `一级保养 每 91 天`, `first-level every 91 days`.
    public func planText(_ p: MaintenancePlan) -> String {
        let level = isChinese ? ["daily": "日常保养", "first": "一级保养", "second": "二级保养"][p.tier.rawValue]!
            : ["daily": "daily", "first": "first-level", "second": "second-level"][p.tier.rawValue]!
        return isChinese ? "\(level) 每 \(p.intervalDays) 天" : "\(level) every \(p.intervalDays) days"
    }

    /// A stability item against its baseline (R80, R81): `R80 baseline 1 (#1), +5, beyond ±4, cause not-determined`.
    public func stabilityJudgement(_ r: StabilityResult) -> String {
        guard let b = r.baseline, let d = r.deviation else { return isChinese ? "R80 尚无基线值，未作判断" : "R80 no baseline yet, not judged" }
        let off = (d >= 0 ? "+" : "") + StabilityLimit.number((d * 1000).rounded() / 1000)
        let base = StabilityLimit.number(b.value)
        if r.withinLimit == true {
            return isChinese ? "R80 基线值 \(base)（#\(b.test)），偏差 \(off)，在控制限 ±\(r.limit) 内" : "R80 baseline \(base) (#\(b.test)), \(off), within ±\(r.limit)"
        }
        let cause = r.cause == StabilityConditions.notDetermined ? (isChinese ? "原因不明，须做状态检测（R81）" : "cause not determined: status test due (R81)") : r.cause
        return isChinese ? "R80 基线值 \(base)（#\(b.test)），偏差 \(off)，超出控制限 ±\(r.limit)；\(cause)"
            : "R80 baseline \(base) (#\(b.test)), \(off), beyond ±\(r.limit); \(cause)"
    }

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
