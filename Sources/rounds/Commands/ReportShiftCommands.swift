import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

extension ReportCommand {
    /// `rounds report missing-checks`: working days without a daily check (R23).
    struct MissingChecks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "missing-checks",
            abstract: Help.text(en: "Working days with no daily check of an in-service device (R23), in the facility's days.",
                                zh: "在用设备没有日检的工作日（漏检，R23），按机构日期计算。"),
            discussion: Help.text(en: "A day is missing from the next morning on. Default period: the 7 days before today.",
                                  zh: "从次日早晨起算作漏检。默认期间：今天之前的 7 天。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "First day (default: 7 days before today).",
                                zh: "起始日期（默认：今天之前第 7 天）。")) var from: String?
        @Option(help: Help.text(en: "Last day (default: yesterday).",
                                zh: "结束日期（默认：昨天）。")) var to: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                let today = session.today
                let fromDay = try TimeArguments.day(from, "--from") ?? today.adding(days: -7)
                let toDay = try TimeArguments.day(to, "--to") ?? today.adding(days: -1)
                guard fromDay <= toDay else { throw Refusal("--from \(fromDay) is after --to \(toDay)") }
                let items = try session.store.missingChecks(from: fromDay, through: toDay, today: today, department: department)
                try session.printDocument(ShiftOutput.missing(items, from: fromDay, to: toDay, today: today, format: scope.format), format: scope.format, csv: scope.csv)
            }
        }
    }

    /// `rounds report handovers`: handovers unacknowledged an hour after their signature.
    struct Handovers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "handovers", 
            abstract: Help.text(en: "Handovers not acknowledged \(HandoverRules.graceMinutes) minutes after their signature (R25); --all for every unacknowledged one.",
                                zh: "签名后 \(HandoverRules.graceMinutes) 分钟仍未确认的交接班（R25）；--all 列出所有未确认的。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: Help.text(en: "Every unacknowledged handover, also those signed less than an hour ago.",
                              zh: "所有未确认的交接班，包括签名不到一小时的。")) var all = false

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                let records = all
                    ? try session.store.handovers(HandoverFilter(department: department, unacknowledgedOnly: true), now: session.now)
                    : try session.store.flaggedHandovers(department: department, now: session.now)
                try session.printDocument(ShiftOutput.handovers(records, format: scope.format, calendar: session.calendar, now: session.now), format: scope.format, csv: scope.csv)
            }
        }
    }

    /// `rounds report problems`: focused inspections from daily-check problems and response times.
    struct Problems: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "problems", 
            abstract: Help.text(en: "Focused inspections raised by daily-check problems, with the engineer's response time (R24).",
                                zh: "由日检问题引发的单独重点巡检，及工程师的响应时间（R24）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: Help.text(en: "Only those no engineer has acknowledged yet.",
                              zh: "只看尚无工程师确认的。")) var open = false

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                let items = try session.store.focusedInspections(department: department, openOnly: open, now: session.now)
                try session.printDocument(ShiftOutput.problems(items, format: scope.format, calendar: session.calendar), format: scope.format, csv: scope.csv)
            }
        }
    }
}
