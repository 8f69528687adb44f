import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds qc standards|record|list|show|due`: radiation QC tests (WS 76-2020, WS 519-2019,
/// WS 818-2023; R75–R84, R88).
struct QCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qc",
        abstract: Help.text(en: "Radiation QC tests: the standards' items, recording a test item by item, lists, status tests due and restricted devices (R75–R88).",
                            zh: "放射质控检测：标准的检测项目、逐项记录检测、列表、到期的状态检测及限制使用的设备（R75–R88）。"),
        subcommands: [Standards.self, Record.self, List.self, Show.self, Due.self])

    static func output(_ session: Session, _ global: GlobalOptions) -> QCOutput {
        QCOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese)
    }

    /// Prints the status tests due within `within` days (every radiation device with `all`) and the
    /// restricted devices, as of `--now` (R79, R84, R88).
    static func printDue(_ global: GlobalOptions, _ scope: ReportScope, within: Int, all: Bool) throws {
        try refusing {
            let session = try scope.open(global)
            try printStatusDue(session, global, scope, within: within, all: all)
        }
    }

    /// The status-test list of ``printDue(_:_:within:all:)`` on an open session.
    static func printStatusDue(_ session: Session, _ global: GlobalOptions, _ scope: ReportScope, within: Int, all: Bool) throws {
        let list = try Refusal.guarding { try session.store.qcStandings(today: session.today, department: scope.department) }
            .filter { all || $0.isRestricted || $0.due.daysLeft <= within }
        try session.printDocument(output(session, global).due(list, today: session.today, format: scope.format),
                                  format: scope.format, csv: scope.csv)
    }

    /// The stability items due within `within` days or overdue (every one with `all`), R80.
    static func printStabilityDue(_ session: Session, _ global: GlobalOptions, _ scope: ReportScope, within: Int, all: Bool) throws {
        let list = try Refusal.guarding { try session.store.qcStabilityDue(today: session.today, department: scope.department) }
            .filter { all || $0.due.daysLeft <= within }
        try session.printDocument(output(session, global).stabilityDue(list, today: session.today, format: scope.format),
                                  format: scope.format, csv: scope.csv)
    }

    struct Standards: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "standards", 
            abstract: Help.text(en: "Every QC standard's test items per device group and the kinds of test that include them (R75, R83).",
                                zh: "各质控标准按设备类型列出的检测项目及其所属检测类型（R75、R83）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: Help.text(en: "Only this standard, e.g. WS519-2019.", zh: "只看此标准，如 WS519-2019。")) var standard: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                var list = QCStandards.all
                if let standard {
                    guard let s = QCStandards.standard(standard) else {
                        throw Refusal(en: "--standard: no QC standard '\(standard)' (\(QCStandards.all.map(\.code).joined(separator: ", ")))",
                                      zh: "--standard：没有质控标准“\(standard)”（\(QCStandards.all.map(\.code).joined(separator: "、"))）")
                    }
                    list = [s]
                }
                try output.print(QCCommand.output(session, global).standards(list, format: output.format))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", 
            abstract: Help.text(en: "Finalised tests: device, kind, standard, organisation, report, days, conclusion; --half-year for the list reported before 10 January and 10 July (R88).",
                                zh: "已定稿的检测：设备、类型、标准、检测机构、报告、日期、结论；--half-year 列出须于 1 月 10 日和 7 月 10 日前上报的半年清单（R88）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "Only this device.", zh: "只看此设备。")) var device: String?
        @Option(name: .customLong("half-year"), help: Help.text(en: "A half-year, e.g. 2026-H1 (January–June) or 2026-H2.",
                                                                zh: "半年，如 2026-H1（1–6 月）或 2026-H2。")) var halfYear: String?
        @Option(help: Help.text(en: "First test day.", zh: "检测日期起。")) var from: String?
        @Option(help: Help.text(en: "Last test day.", zh: "检测日期止。")) var to: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                var filter = QCTestFilter(device: device, department: scope.department,
                                          from: try TimeArguments.day(from, "--from"), through: try TimeArguments.day(to, "--to"))
                let o = QCCommand.output(session, global)
                var title = global.isChinese ? "质控检测（截至 \(session.today)）" : "QC tests as of \(session.today)"
                if let halfYear {
                    guard let p = HalfYear(parsing: halfYear) else {
                        throw Refusal(en: "--half-year '\(halfYear)' is not YYYY-H1 or YYYY-H2", zh: "--half-year “\(halfYear)”不是 YYYY-H1 或 YYYY-H2")
                    }
                    filter.from = p.first; filter.through = p.last
                    title = global.isChinese ? "\(p)（\(p.first)–\(p.last)）检测情况，须于 \(p.deadline) 前上报（R88）"
                                             : "Tests of \(p) (\(p.first)–\(p.last)), to report before \(p.deadline) (R88)"
                }
                let tests = try Refusal.guarding { try session.store.qcTests(filter) }
                try session.printDocument(o.tests(tests, title: title, format: scope.format), format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "One test with every item result, instruments, attachments and signatures.",
                                                                            zh: "一次检测的各项结果、检测仪器、附件和签名。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.text(en: "The test's id (printed by `qc record`).", zh: "检测编号（由 `qc record` 打印）。")) var id: Int64

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                guard let test = try Refusal.guarding({ try session.store.qcTest(id) }) else {
                    throw Refusal(en: "no QC test \(id)", zh: "没有质控检测 \(id)")
                }
                let signatures = try Refusal.guarding { try session.store.signatures("qc_test_records", row: id) }
                try output.print(QCCommand.output(session, global).show(test, signatures: signatures, format: output.format))
            }
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "due", 
            abstract: Help.text(en: "Radiation devices whose yearly status test is due within --within days or overdue, and those a failed test restricts (R79, R84); the half-year report reminder (R88).",
                                zh: "年度状态检测将在 --within 天内到期或已超期的射线装置，以及因检测不合格而限制使用的设备（R79、R84）；半年上报提醒（R88）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "status (default: the yearly status tests) or stability (each stability item by its period, R80).",
                                zh: "status（默认：年度状态检测）或 stability（各稳定性检测项目按其周期，R80）。")) var kind = "status"
        @Option(help: Help.text(en: "Days ahead (default 60 for status tests, the first reminder; 7 for stability items).",
                                zh: "提前天数（状态检测默认 60，即第一次提醒；稳定性检测项目默认 7）。")) var within: Int?
        @Flag(help: Help.text(en: "Every radiation device (or stability item), due or not.", zh: "列出全部射线装置（或稳定性检测项目），不论是否到期。")) var all = false

        func run() throws {
            try refusing {
                guard kind == "status" || kind == "stability" else {
                    throw Refusal(en: "--kind must be status or stability, not '\(kind)'", zh: "--kind 须为 status 或 stability，而不是“\(kind)”")
                }
                let session = try scope.open(global)
                if kind == "stability" {
                    try QCCommand.printStabilityDue(session, global, scope, within: within ?? QCStabilityDue.reminderDays[0], all: all)
                } else {
                    try QCCommand.printStatusDue(session, global, scope, within: within ?? 60, all: all)
                }
            }
        }
    }
}
