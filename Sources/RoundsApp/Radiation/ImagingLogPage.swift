import RoundsCore
import RoundsStore
import TerminalUI

/// One imaging device's running-status log on a page (R66): the device, who keeps its log, its
/// dedicated person and calibration/maintenance plans with what R67 finds missing, and
/// the last 30 days newest first — each day's status, hours in use, examinations and who kept it,
/// or `[MISSING]` for a day owed no record has been kept for. The same 30 days as the imaging
/// section's missing-day lines, so the day Enter was pressed on is on the page.
struct ImagingLogPage: Sendable {
    var device: Equipment
    var days: [Day]
    var log: [Day: RunningStatusEntry]
    var missing: Set<Day>
    /// R67's finding; nil for a device that is not in service (R67 asks it of those only).
    var upkeep: ImagingUpkeep?

    static let lookBack = 30

    static func load(_ store: Store, tag: String, today: Day) throws -> ImagingLogPage? {
        guard let device = try store.device(tag) else { return nil }
        let from = today.adding(days: -lookBack)
        let entries = try store.imagingLog(from: from, to: today, department: device.department).filter { $0.device == tag }
        let missing = try store.imagingMissingDays(today: today, from: from, department: device.department).filter { $0.device == tag }
        var log: [Day: RunningStatusEntry] = [:]
        for e in entries { log[e.day] = e }
        let days = (0...lookBack).map { today.adding(days: -$0) }
        let upkeep = try store.imagingUpkeep(department: device.department).first { $0.device == tag }
        return ImagingLogPage(device: device, days: days, log: log, missing: Set(missing.map(\.day)), upkeep: upkeep)
    }

    func lines(strings s: Strings) -> [(String, StyleRole)] {
        let zh = s.isChinese, d = device
        var out: [(String, StyleRole)] = [("\(d.tag)  \(zh || d.nameEN.isEmpty ? d.name : d.nameEN)  R66", .title)]
        var fields: [(TextID, String)] = [(.lblDepartment, d.department), (.lblLogKeeper, d.custodian.isEmpty ? "-" : d.custodian)]
        if let u = upkeep {
            let flag = { (p: ImagingUpkeep.Problem) in u.problems.contains(p) ? "  \(s.upkeepTag(p)) R67" : "" }
            fields.append((.lblDedicatedPerson, (u.person.isEmpty ? "-" : u.person) + flag(.noPerson)))
            fields.append((.lblPlans, (u.plans.isEmpty ? "-" : u.plans.map { s.planText($0) }.joined(separator: zh ? "，" : ", ")) + flag(.noPlan)))
        }
        fields.append((.lblMissingDays, "\(missing.count)"))
        out += labelledLines(fields, s).map { line in line.0.contains(" R67") ? (line.0, .overdue) : line }
        out.append(("", .normal))
        let kept = days.filter { log[$0] != nil || missing.contains($0) }
        out += kept.isEmpty ? [("  -", .normal)] : kept.map { day in
            guard let e = log[day] else { return ("  \(day)  \(s.t(.tagMissingLog))", .overdue) }
            let figures = [e.hoursInUse.map { s.hoursInUse($0) }, e.exams.map { s.examCount($0) }].compactMap { $0 }
            let text = ["  \(day)", e.status.name.text(chinese: zh)] + figures + ["\(s.t(.lblKeeper)) \(e.keptBy)"] + (e.note.isEmpty ? [] : [e.note])
            return (text.joined(separator: "  "), e.status == .down ? .overdue : (e.status.isPlanned ? .dueSoon : .normal))
        }
        return out
    }
}
