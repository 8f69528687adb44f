import RoundsCore
import RoundsStore
import TerminalUI

/// One imaging device's running-status log on a page (R66): the device, who keeps its log, and
/// the last 30 days newest first — each day's status, hours in use, examinations and who kept it,
/// or `[MISSING]` for a day owed no record has been kept for. The same 30 days as the imaging
/// section's missing-day lines, so the day Enter was pressed on is on the page.
struct ImagingLogPage: Sendable {
    var device: Equipment
    var days: [Day]
    var log: [Day: RunningStatusEntry]
    var missing: Set<Day>

    static let lookBack = 30

    static func load(_ store: Store, tag: String, today: Day) throws -> ImagingLogPage? {
        guard let device = try store.device(tag) else { return nil }
        let from = today.adding(days: -lookBack)
        let entries = try store.imagingLog(from: from, to: today, department: device.department).filter { $0.device == tag }
        let missing = try store.imagingMissingDays(today: today, from: from, department: device.department).filter { $0.device == tag }
        var log: [Day: RunningStatusEntry] = [:]
        for e in entries { log[e.day] = e }
        let days = (0...lookBack).map { today.adding(days: -$0) }
        return ImagingLogPage(device: device, days: days, log: log, missing: Set(missing.map(\.day)))
    }

    func lines(strings s: Strings) -> [(String, StyleRole)] {
        let zh = s.isChinese, d = device
        var out: [(String, StyleRole)] = [("\(d.tag)  \(zh || d.nameEN.isEmpty ? d.name : d.nameEN)  R66", .title)]
        out += labelledLines([
            (.lblDepartment, d.department),
            (.lblKeeper, d.custodian.isEmpty ? "-" : d.custodian),
            (.lblMissingDays, "\(missing.count)"),
        ], s)
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
