import RoundsCore
import RoundsStore
import TerminalUI

/// Draws the licences and imaging sections of the radiation screen. Both are one table of rule
/// lines: a text tag, the rule number, what it is about, its day and what the store says of it.
extension RadiationBoardView {
    /// One line of a rule table.
    struct RuleLine {
        var tag: String
        var role: StyleRole?
        var rule: String
        var subject: String
        var day: String
        var detail: String
    }

    /// Tag, rule, subject and day keep their width (the subject up to a licence number's 26
    /// columns); the detail takes the rest. The day column
    /// shows only when some line has a day.
    static func ruleTable(_ lines: [RuleLine], _ s: Strings, empty: TextID) -> TableView {
        let days = lines.contains { !$0.day.isEmpty }
        var columns = [
            TableColumn(s.t(.colStatus), width: .fixed(s.isChinese ? 10 : 12)),
            TableColumn(s.t(.colRule), width: .fixed(4)),
            TableColumn(s.t(.colSubject), width: .flexible(min: 8, max: 26)),
        ]
        if days { columns.append(TableColumn(s.t(.colDay), width: .fixed(10))) }
        columns.append(TableColumn(s.t(.colDetail), width: .flexible(min: 10, weight: 3, max: 80)))
        var view = TableView(columns: columns, rowCount: lines.count, separator: " ") { i in
            let l = lines[i]
            return days ? TableRow([l.tag, l.rule, l.subject, l.day, l.detail], cellRoles: [l.role, nil, nil, l.role, nil])
                : TableRow([l.tag, l.rule, l.subject, l.detail], cellRoles: [l.role, nil, nil, nil])
        }
        view.emptyText = s.t(empty)
        return view
    }

    /// Each licence and its next verification (R91), then each task with its rule and text.
    static func licenceLines(_ l: RadiationLicences, _ s: Strings) -> [RuleLine] {
        let licences = l.standings.map { x in
            let (tag, role) = dueTag(x.due, s)
            return RuleLine(tag: tag, role: role, rule: "R91", subject: x.licence.number, day: x.due.due.description,
                            detail: "\(x.licence.holder)  \(s.t(.lblLicenceDevices)) \(x.devices.count)")
        }
        let tasks = l.tasks.map { t in
            RuleLine(tag: s.t(.tagTask), role: .dueSoon, rule: t.rule, subject: t.device.isEmpty ? t.licence : t.device,
                     day: t.day?.description ?? "", detail: t.text.text(chinese: s.isChinese))
        }
        return licences + tasks
    }

    /// Each configuration requirement, filled or short, with its devices down named before the
    /// requirement's name (what a narrow screen must not cut) (R70), then each
    /// imaging device without a dedicated person or plan (R67), then each missing log day and who
    /// keeps the log (R66).
    static func imagingLines(_ m: RadiationImaging, _ s: Strings) -> [RuleLine] {
        let configuration = m.configuration.map { c in
            let counted = "\(c.working.count)/\(c.requirement.count) \(c.requirement.name.text(chinese: s.isChinese))"
            return RuleLine(tag: c.shortfall > 0 ? s.shortTag(c.shortfall) : s.t(.tagMet), role: c.shortfall > 0 ? .overdue : .ok,
                            rule: "R70", subject: c.requirement.code, day: "",
                            detail: c.down.isEmpty ? counted : "\(c.working.count)/\(c.requirement.count) \(s.t(.lblDown)) \(c.down.joined(separator: ","))  "
                                + c.requirement.name.text(chinese: s.isChinese))
        }
        let upkeep = m.upkeep.map { u in
            RuleLine(tag: s.upkeepTag(u.problems.first ?? .noPlan), role: .overdue, rule: "R67", subject: u.device, day: "",
                     detail: "\(u.department)  " + u.problems.map { s.upkeepProblem($0) }.joined(separator: s.isChinese ? "，" : ", "))
        }
        let missing = m.missing.map { d in
            RuleLine(tag: s.t(.tagMissingLog), role: .overdue, rule: "R66", subject: d.device, day: d.day.description,
                     detail: "\(d.department)  \(s.t(.lblKeeper)) \(d.keeper.isEmpty ? "-" : d.keeper)")
        }
        return configuration + upkeep + missing
    }

    /// The licences' counts: licences, verifications due and overdue (R91), open tasks.
    static func licenceSummary(_ l: RadiationLicences, _ s: Strings) -> String {
        let due = l.standings.filter { !$0.due.overdue && $0.due.reminder != nil }.count
        let overdue = l.standings.filter(\.due.overdue).count
        return "\(s.t(.licencesLabel)) \(l.standings.count)  \(s.t(.qcDueLabel)) \(due)  \(s.t(.qcOverdueLabel)) \(overdue)"
            + "  \(s.t(.licenceTasksLabel)) \(l.tasks.count)"
    }

    /// This month's imaging intact rate with its standing (R68, R69), the shortfalls (R70) and the
    /// missing log days (R66).
    static func imagingSummary(_ m: RadiationImaging, _ s: Strings) -> String {
        let rate = m.uptime.fleet.map { String(format: "%.2f%% ", $0.rate * 100) + s.standingTag($0.standing()) } ?? "-"
        return "\(s.t(.intactRateMonth)) \(rate)  \(s.t(.shortfallLabel)) \(m.shortfalls)  \(s.t(.missingLogLabel)) \(m.missing.count)"
    }
}
