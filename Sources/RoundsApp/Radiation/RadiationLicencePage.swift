import RoundsCore
import RoundsStore
import TerminalUI

/// One radiological licence on a page (R90–R92): who holds it and who issued it, its categories,
/// its next verification with the reminder or overdue standing, the devices its copy lists with
/// their parameters and whether each is still in service, its verifications, and the open tasks
/// about it — its own (verification, deregistration) and the in-service radiation devices no
/// licence lists yet (R92: a change to apply for).
struct RadiationLicencePage: Sendable {
    var summary: LicenceSummary
    var tasks: [LicenceTask]
    /// The listed devices' registry entries, by tag (a tag no longer in the registry is left out).
    var devices: [String: Equipment]

    static func load(_ store: Store, number: String, today: Day) throws -> RadiationLicencePage? {
        guard let summary = try store.licenceStandings(today: today).first(where: { $0.licence.number == number }) else { return nil }
        let tasks = try store.licenceTasks(today: today).filter { $0.licence == number || $0.kind == .notOnLicence }
        var devices: [String: Equipment] = [:]
        for d in summary.devices { devices[d.device] = try store.device(d.device) }
        return RadiationLicencePage(summary: summary, tasks: tasks, devices: devices)
    }

    func lines(strings s: Strings) -> [(String, StyleRole)] {
        let l = summary.licence, zh = s.isChinese, due = summary.due
        let categories = LicenceCategory.allCases.filter(l.categories.contains).map { $0.name.text(chinese: zh) }.joined(separator: zh ? "、" : ", ")
        let (tag, _) = RadiationBoardView.dueTag(due, s)
        let standing = due.overdue ? s.daysOverdue(-due.daysLeft) : s.daysLeft(due.daysLeft)
        var out: [(String, StyleRole)] = [("\(l.number)  R90", .title)]
        let role: StyleRole = due.overdue ? .overdue : (due.reminder != nil ? .dueSoon : .normal)
        out += labelledLines([
            (.lblHolder, l.holder),
            (.lblAuthority, l.authority),
            (.lblIssued, l.issuedOn.description),
            (.lblCategories, categories.isEmpty ? "-" : categories),
            (.lblVerificationDue, [due.due.description, standing, tag, "(R91)"].filter { !$0.isEmpty }.joined(separator: "  ")),
            (.lblScans, l.scans.isEmpty ? "-" : l.scans.joined(separator: "  ")),
        ], s).enumerated().map { i, line in i == 4 ? (line.0, role) : line }
        out.append(("", .normal))
        out.append(("\(s.t(.lblListedDevices)) \(summary.devices.count)", .header))
        out += summary.devices.isEmpty ? [("  -", .normal)] : summary.devices.map { d in
            let e = devices[d.device]
            let name = e.map { zh || $0.nameEN.isEmpty ? $0.name : $0.nameEN } ?? ""
            let status = e.map { s.statusTag($0.status) } ?? ""
            let listed = e.map { $0.status == .inService } ?? false
            return ("  \(d.device)  \(name)  \(d.parameters)  \(s.t(.lblListedOn)) \(d.listedOn)  \(status)", listed ? .normal : .overdue)
        }
        out.append(("", .normal))
        out.append((s.t(.lblVerifications), .header))
        out += summary.verifications.isEmpty ? [("  -", .normal)] : summary.verifications.map { v in
            ("  \(v.verifiedOn)  \(s.t(.lblNextDue)) \(v.nextDue)\(v.note.isEmpty ? "" : "  " + v.note)", .normal)
        }
        out.append(("", .normal))
        out.append(("\(s.t(.licenceTasksLabel)) \(tasks.count)", .header))
        out += tasks.isEmpty ? [("  -", .normal)] : tasks.map { t in
            ("  \(t.rule)  \(t.text.text(chinese: zh))", t.kind == .verificationOverdue ? .overdue : .dueSoon)
        }
        return out
    }
}
