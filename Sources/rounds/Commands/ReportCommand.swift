import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds report overdue|compliance`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Help.text(en: "Reports: overdue inspections, inspection compliance.",
                            zh: "报表：逾期巡检、巡检完成情况。"),
        subcommands: [Overdue.self, Compliance.self, Uptime.self, Contacts.self, Maintenance.self, Kpi.self,
                      MissingChecks.self, Handovers.self, Problems.self, LateEntries.self, Hazards.self, QC.self, Exceptions.self])

    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "overdue", abstract: Help.text(en: "Every overdue inspection as of --now, most overdue first (CONTRACT).",
                                                                            zh: "截至 --now 的全部逾期巡检，逾期最久的在前（CONTRACT）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                var report = try session.store.overdueReport(today: session.today)
                if let department { report = report.filtered(department: department) }
                try session.printDocument(OverdueOutput.render(report, format: scope.format, strings: Strings(chinese: global.isChinese)), format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Compliance: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "compliance", 
            abstract: Help.text(en: "Inspections due, done on time, late and missed in a month or quarter, against WHO's goal lines (R21, R96).",
                                zh: "某月或某季度应做、按时完成、迟做和漏做的巡检，对照 WHO 目标线（R21、R96）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "A month: YYYY-MM.",
                                zh: "月份：YYYY-MM。")) var month: String?
        @Option(help: Help.text(en: "A quarter: YYYY-Q1 … YYYY-Q4.",
                                zh: "季度：YYYY-Q1 … YYYY-Q4。")) var quarter: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                let (from, to) = try period(today: session.today)
                var report = try session.store.complianceReport(from: from, to: to, today: session.today)
                if let department { report.items = report.items.filter { $0.department == department } }
                let late = try session.store.lateInspectionCounts(from: from, to: to)
                try session.printDocument(ComplianceOutput.render(report, format: scope.format, strings: Strings(chinese: global.isChinese),
                                                                  enteredLate: late), format: scope.format, csv: scope.csv)
            }
        }

        /// The period asked for; the current month when neither --month nor --quarter is given.
        func period(today: Day) throws -> (Day, Day) {
            if let month {
                let p = month.split(separator: "-")
                guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]), let first = Day(y, m, 1) else {
                    throw Refusal("--month '\(month)' is not YYYY-MM")
                }
                return (first, first.lastOfMonth)
            }
            if let quarter {
                let p = quarter.uppercased().split(separator: "-")
                guard p.count == 2, let y = Int(p[0]), p[1].hasPrefix("Q"), let q = Int(p[1].dropFirst()), (1...4).contains(q),
                      let first = Day(y, (q - 1) * 3 + 1, 1) else {
                    throw Refusal("--quarter '\(quarter)' is not YYYY-Qn")
                }
                return (first, first.lastOfQuarter)
            }
            return (today.firstOfMonth, today.lastOfMonth)
        }
    }
}

extension ReportCommand {
    struct Uptime: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "uptime", 
            abstract: Help.text(en: "The running intact rate per device, department and hospital for the local days --from..--to.",
                                zh: "本地日期 --from..--to 内各设备、科室及全院的运行完好率。"),
            discussion: Help.text(en: "Methods: time (default, CONTRACT), snapshot (count-based intact rate at --now or the end of --to), device-day, scheduled (time-based inside each device's operating hours, `config calendar`; R68).",
                                  zh: "计算方法：time（时间法，默认，CONTRACT）、snapshot（按台数的完好率，取 --now 或 --to 结束时）、device-day（设备日法）、scheduled（计划时间法：仅计运行时段内，见 `config calendar`；R68）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.firstDay) var from: String?
        @Option(help: Help.lastDay) var to: String?
        @Option(help: Help.text(en: "time, snapshot, device-day or scheduled.",
                                zh: "time（时间法）、snapshot（台数法）、device-day（设备日法）或 scheduled（计划时间法）。")) var method: String = "time"

        func run() throws {
            try refusing {
                guard let m = UptimeMethod(rawValue: method) else { throw Refusal("--method must be time, snapshot, device-day or scheduled, not '\(method)'") }
                let session = try scope.open(global)
                let department = scope.department
                let fromDay = try TimeArguments.day(from, "--from") ?? session.today.firstOfMonth
                let toDay = try TimeArguments.day(to, "--to") ?? session.today
                guard fromDay <= toDay else { throw Refusal("--from \(fromDay) is after --to \(toDay)") }
                let cal = session.calendar
                // Downtime that ended before the period (or the snapshot's day) cannot count in it.
                let first = m == .snapshot ? min(session.now, cal.endOfDay(toDay)) : cal.startOfDay(fromDay)
                let devices = try session.store.exposures(now: session.now, department: department, since: first)
                let strings = Strings(chinese: global.isChinese)
                switch m {
                case .time:
                    let r = UptimeCalculator.timeBased(from: fromDay, to: toDay, now: session.now, calendar: cal, devices: devices)
                    try session.printDocument(UptimeOutput.render(r, format: scope.format, strings: strings), format: scope.format, csv: scope.csv)
                case .scheduled:
                    // R68: over each device's operating calendar (`config calendar`), 24 × 7 by default.
                    let r = UptimeCalculator.scheduled(from: fromDay, to: toDay, now: session.now, calendar: cal, devices: devices,
                                                       operating: try session.store.operatingCalendarResolver())
                    try session.printDocument(UptimeOutput.render(r, format: scope.format, strings: strings), format: scope.format, csv: scope.csv)
                case .snapshot:
                    let at = min(session.now, cal.endOfDay(toDay))
                    let r = UptimeCalculator.snapshot(at: at, calendar: cal, devices: devices)
                    try session.printDocument(UptimeOutput.render(r, format: scope.format, strings: strings, calendar: cal), format: scope.format, csv: scope.csv)
                case .deviceDay:
                    let r = UptimeCalculator.deviceDay(from: fromDay, to: toDay, now: session.now, calendar: cal, devices: devices)
                    try session.printDocument(UptimeOutput.render(r, format: scope.format, strings: strings, calendar: cal), format: scope.format, csv: scope.csv)
                }
            }
        }
    }
}

/// What every report takes: `--format` and `--department`.
struct ReportScope: ParsableArguments {
    @Option(help: Help.tableFormat) var format: OutputFormat = .table
    @Option(help: Help.onlyDepartment) var department: String?
    @OptionGroup var csv: CSVOptions

    /// Opens the session and refuses an unknown department.
    func open(_ global: GlobalOptions) throws -> Session {
        let session = try Session.open(global, readOnly: true)
        try session.requireDepartment(department)
        return session
    }
}

extension Session {
    /// Refuses an unknown `--department` code.
    func requireDepartment(_ code: String?) throws {
        guard let code else { return }
        if try store.departments().first(where: { $0.code == code }) == nil { throw Refusal("--department: no department '\(code)'") }
    }
}

extension ReportCommand {
    /// `rounds report late-entries [--from D --to D]`: every record entered late, with its reason (R4).
    struct LateEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "late-entries",
            abstract: Help.text(en: "Every record of work entered more than late-entry-hours after the work (late entry, R4): when done, when entered, by whom, why.",
                                zh: "工作完成后超过 late-entry-hours 才录入的每条记录（补录，R4）：何时完成、何时录入、录入人、原因。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "First local day of entry (default: all).",
                                zh: "录入的起始本地日期（默认：全部）。")) var from: String?
        @Option(help: Help.text(en: "Last local day of entry, inclusive (default: all).",
                                zh: "录入的结束本地日期，含当天（默认：全部）。")) var to: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let fromDay = try TimeArguments.day(from, "--from")
                let toDay = try TimeArguments.day(to, "--to")
                var entries = try session.store.lateEntries(from: fromDay, to: toDay)
                    .filter { $0.enteredAt <= session.now }
                if let department = scope.department {
                    let tags = Set(try session.store.equipment().filter { $0.department == department }.map(\.tag))
                    entries = entries.filter { tags.contains($0.subject) }
                }
                try session.printDocument(LateEntriesOutput.render(entries, from: fromDay, to: toDay, format: scope.format,
                                                                   strings: Strings(chinese: global.isChinese), calendar: session.calendar),
                                          format: scope.format, csv: scope.csv)
            }
        }
    }
}

extension ReportCommand {
    /// `rounds report hazards`: the open hazards with their age, as `hazard list --open` (R16).
    struct Hazards: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hazards", 
            abstract: Help.text(en: "The open hazards with their age in days, overdue when open more than hazard-open-days (R16); the same as hazard list --open.",
                                zh: "未处理的隐患及其天数，超过 hazard-open-days 天为超期（R16）；同 hazard list --open。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws { try HazardCommand.printList(global, scope, openOnly: true) }
    }
}

extension ReportCommand {
    /// `rounds report qc`: the radiation devices due a status test within 60 days, overdue or
    /// restricted by a failed test, as `qc due` (R79, R84, R88).
    struct QC: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "qc",
            abstract: Help.text(en: "Radiation devices whose status test is due within 60 days or overdue, and those a failed test restricts (R79, R84); the same as qc due.",
                                zh: "状态检测 60 天内到期或已超期的射线装置，以及因检测不合格而限制使用的设备（R79、R84）；同 qc due。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws { try QCCommand.printDue(global, scope, within: 60, all: false) }
    }
}
