import Foundation
import RoundsCore
import RoundsStore
import TerminalUI

/// A handover sheet as a document in one language: the lines of the screen, the plain-text printout
/// and the CSV file all come from here, so they say the same thing.
///
/// ```swift
/// let doc = HandoverDocument(sheet: sheet, record: signed, strings: Strings(language: .zh),
///                            calendar: cal, now: now, names: ["lina": "李娜"])
/// print(doc.text)     // 交接班记录  ICU 重症医学科 …
/// doc.csv             // section,device,name,state,time,by,detail …
/// ```
public struct HandoverDocument {
    public var sheet: HandoverSheet
    /// The signed handover; nil for a draft.
    public var record: HandoverRecord?
    public var strings: Strings
    public var calendar: FacilityCalendar
    public var now: Instant
    /// Login → name, to print people as `李娜 lina`.
    public var names: [String: String]
    /// `rule.hazard-open-days`: an open hazard older than this on the sheet is marked overdue (R16).
    public var hazardOpenDays: Int

    public init(sheet: HandoverSheet, record: HandoverRecord?, strings: Strings, calendar: FacilityCalendar,
                now: Instant, names: [String: String] = [:], hazardOpenDays: Int = HazardRules.standard.openDays) {
        self.sheet = sheet; self.record = record; self.strings = strings; self.calendar = calendar
        self.now = now; self.names = names; self.hazardOpenDays = hazardOpenDays
    }

    /// A hazard's age in local days when the sheet was built, as `report hazards` counts it (R16).
    func ageDays(_ h: HandoverSheet.HazardLine) -> Int {
        max(0, calendar.day(of: h.at).days(until: calendar.day(of: sheet.builtAt)))
    }

    /// `3 d` / `3 天`, with the overdue tag when over ``hazardOpenDays``.
    func ageText(_ h: HandoverSheet.HazardLine) -> String {
        let age = ageDays(h)
        let days = english ? "\(age) \(age == 1 ? "day" : "days")" : "\(age) 天"
        return age > hazardOpenDays ? "\(days) \(strings.t(.overdueTag))" : days
    }

    var english: Bool { !strings.isChinese }

    func person(_ login: String) -> String { names[login].map { "\($0) \(login)" } ?? login }

    func clock(_ t: Instant) -> String { String(calendar.format(t).suffix(5)) }

    /// Time of day when on the sheet's day, else date and time.
    func when(_ t: Instant) -> String { calendar.day(of: t) == sheet.day ? clock(t) : calendar.format(t) }

    func resultTag(_ r: HandoverSheet.CheckLine.Result) -> String {
        switch r {
        case .ok: return strings.t(.tagCheckOK)
        case .problem: return strings.t(.tagCheckProblem)
        case .pending: return strings.t(.tagCheckPending)
        }
    }

    func resultRole(_ r: HandoverSheet.CheckLine.Result) -> StyleRole {
        switch r {
        case .ok: return .ok
        case .problem: return .overdue
        case .pending: return .warning
        }
    }

    func deviceName(_ tag: String) -> String {
        if let c = sheet.checks.first(where: { $0.device == tag }) { return c.displayName(english: english) }
        if let d = sheet.down.first(where: { $0.device == tag }) { return d.displayName(english: english) }
        return ""
    }

    /// The state of the signatures, as a text tag.
    public var statusTag: String {
        guard let record else { return strings.t(.handoverDraft) }
        if record.isAcknowledged { return strings.t(.handoverAckedTag) }
        return record.isFlagged(now: now) ? strings.t(.handoverOverdueTag) : strings.t(.handoverUnackedTag)
    }

    func ackProblemText(_ p: HandoverSheet.ProblemLine) -> String {
        guard let at = p.acknowledgedAt else { return strings.t(.awaitingResponse) }
        let minutes = p.raisedAt.seconds(until: at) / 60
        return "\(strings.t(.respondedLabel)) \(person(p.acknowledgedBy)) \(when(at)) (\(minutes) \(strings.t(.minutesShort)))"
    }

    /// Aligns cells into columns by display width, indented by two spaces.
    static func aligned(_ rows: [[String]]) -> [String] {
        let clean = rows.map { $0.map(sanitized) }
        let n = clean.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: n)
        for r in clean { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        return clean.map { r in
            var line = "  "
            for (i, c) in r.enumerated() {
                line += i == r.count - 1 ? c : fit(c, width: widths[i]) + "  "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The document's lines with their roles, as the screen shows them.
    public var lines: [(text: String, role: StyleRole)] {
        let s = strings
        var out: [(text: String, role: StyleRole)] = []
        func add(_ text: String, _ role: StyleRole = .normal) { out.append((text, role)) }
        func section(_ title: TextID) { add(""); add(s.t(title), .header) }
        func none() { add("  \(s.t(.none))", .dim) }

        add("\(s.t(.handoverTitle))  \(sheet.department) \(sheet.departmentDisplayName(english: english))", .title)
        add("\(s.t(.shiftLabel)) \(sheet.shift)   \(s.t(.builtAtLabel)) \(calendar.format(sheet.builtAt))")
        if let record {
            add("#\(record.id) \(s.t(.handoverSignedTag)) \(statusTag)", record.isAcknowledged ? .ok : .warning)
        } else {
            add(statusTag, .warning)
        }

        let problems = sheet.checks.filter { $0.result == .problem }.count
        add("")
        add("\(s.t(.secChecks)) \(sheet.day)   \(s.t(.checkedLabel)) \(sheet.done.count)/\(sheet.checks.count)  "
            + "\(s.t(.problemLabel)) \(problems)  \(s.t(.pendingLabel)) \(sheet.pending.count)", .header)
        if sheet.checks.isEmpty { none() }
        let checkRows = sheet.checks.map { c in
            [resultTag(c.result), c.device, c.displayName(english: english), c.at.map(clock) ?? "", c.by, c.note, c.location]
        }
        for (line, c) in zip(Self.aligned(checkRows), sheet.checks) { add(line, c.result == .pending ? .normal : resultRole(c.result)) }

        section(.secDown)
        if sheet.down.isEmpty { none() }
        for line in Self.aligned(sheet.down.map { d in
            [d.device, d.displayName(english: english), d.ticket, d.since.map(when) ?? "",
             d.substitutes.isEmpty ? s.t(.noSubstitute) : "\(s.t(.substituteLabel)) " + d.substitutes.joined(separator: ", ")]
        }) { add(line, .down) }

        section(.secTickets)
        if sheet.openTickets.isEmpty { none() }
        for line in Self.aligned(sheet.openTickets.map { t in
            // The down mark before the fault, so a long fault cut at 80 columns keeps it.
            [t.number, s.ticketState(t.state), t.device, (t.outOfService ? s.t(.tagDown) + " " : "") + t.fault]
        }) { add(line) }

        section(.secHazards)
        if sheet.hazards.isEmpty { none() }
        // State and age first after the device, so an 80-column screen keeps them (R16).
        for (line, h) in zip(Self.aligned(sheet.hazards.map { [when($0.at), $0.device, s.isChinese ? ($0.state ?? .open).chinese : ($0.state ?? .open).rawValue,
                                                               ageText($0), deviceName($0.device), $0.by, $0.note] }),
                             sheet.hazards) { add(line, ageDays(h) > hazardOpenDays ? .overdue : .warning) }

        section(.secProblems)
        if sheet.problems.isEmpty { none() }
        for line in Self.aligned(sheet.problems.map { p in
            ["#\(p.id)", clock(p.raisedAt), p.device, p.note, p.ticket, ackProblemText(p)]
        }) { add(line, .overdue) }

        section(.secMissing)
        if sheet.missingYesterday.isEmpty { none() }
        for line in Self.aligned(sheet.missingYesterday.map { [$0, deviceName($0)] }) { add(line, .warning) }

        section(.secNotes)
        if sheet.note.isEmpty { none() } else { for line in wrap(sheet.note, width: 76) { add("  " + line) } }

        section(.secSignatures)
        if let record {
            add("  \(s.t(.outgoingLabel)) \(person(record.signedBy))  \(calendar.format(record.signedAt))")
            if let by = record.acknowledgedBy, let at = record.acknowledgedAt {
                var line = "  \(s.t(.incomingLabel)) \(person(by))  \(calendar.format(at))  (\(s.t(.pinVerified))"
                if let keyboard = record.acknowledgedAtKeyboardOf, keyboard != by {
                    line += ", " + s.t(.atKeyboardOf).replacingOccurrences(of: "%@", with: keyboard)
                }
                add(line + ")", .ok)
            } else {
                add("  \(s.t(.incomingLabel)) \(statusTag)", .warning)
            }
        } else {
            add("  \(s.t(.outgoingLabel)) \(s.t(.handoverNone))", .warning)
        }
        return out
    }

    /// The plain-text printout: the lines, then where it came from.
    public var text: String {
        (lines.map(\.text) + ["", strings.t(.sheetFooter)]).joined(separator: "\n") + "\n"
    }

    /// One row per fact, for a spreadsheet or the hospital's filing system.
    public var csv: String {
        let s = strings
        let header = english ? ["section", "device", "name", "state", "time", "by", "detail"]
                             : ["栏目", "资产编号", "设备名称", "状态", "时间", "人员", "内容"]
        var rows: [[String]] = []
        let signedState = record == nil ? s.t(.handoverDraft) : s.t(.handoverSignedTag)
        rows.append([s.t(.handoverTitle), sheet.department, sheet.departmentDisplayName(english: english), signedState,
                     record.map { calendar.format($0.signedAt) } ?? calendar.format(sheet.builtAt), record?.signedBy ?? "",
                     "\(s.t(.shiftLabel)) \(sheet.shift)"])
        if let record {
            rows.append([s.t(.incomingLabel), sheet.department, "", statusTag, record.acknowledgedAt.map { calendar.format($0) } ?? "",
                         record.acknowledgedBy ?? "", ""])
        }
        for c in sheet.checks {
            rows.append([s.t(.secChecks), c.device, c.displayName(english: english), resultTag(c.result),
                         c.at.map { calendar.format($0) } ?? "", c.by, c.note])
        }
        for d in sheet.down {
            rows.append([s.t(.secDown), d.device, d.displayName(english: english), s.t(.tagDown), d.since.map { calendar.format($0) } ?? "", "",
                         ([d.ticket] + d.substitutes.map { "\(s.t(.substituteLabel)) \($0)" }).joined(separator: "; ")])
        }
        for t in sheet.openTickets {
            rows.append([s.t(.secTickets), t.device, deviceName(t.device), s.ticketState(t.state), "", "", "\(t.number) \(t.fault)"])
        }
        for h in sheet.hazards {
            rows.append([s.t(.secHazards), h.device, deviceName(h.device), s.t(.resultHazard), calendar.format(h.at), h.by, "\(ageText(h)); \(h.note)"])
        }
        for p in sheet.problems {
            rows.append([s.t(.secProblems), p.device, deviceName(p.device), ackProblemText(p), calendar.format(p.raisedAt), "",
                         "#\(p.id) \(p.ticket) \(p.note)"])
        }
        for m in sheet.missingYesterday {
            rows.append([s.t(.secMissing), m, deviceName(m), s.t(.tagMissedYesterday), sheet.day.adding(days: -1).description, "", ""])
        }
        if !sheet.note.isEmpty { rows.append([s.t(.secNotes), "", "", "", "", record?.signedBy ?? "", sheet.note]) }
        return CSVWriter.document(header: header, rows: rows)
    }
}
