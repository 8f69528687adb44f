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
            abstract: "Working days with no daily check of an in-service device (R23), in the facility's days.",
            discussion: "A day is missing from the next morning on. Default period: the 7 days before today.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: "First day (default: 7 days before today).") var from: String?
        @Option(help: "Last day (default: yesterday).") var to: String?

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
        static let configuration = CommandConfiguration(
            abstract: "Handovers not acknowledged \(HandoverRules.graceMinutes) minutes after their signature (R25); --all for every unacknowledged one.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: "Every unacknowledged handover, also those signed less than an hour ago.") var all = false

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
        static let configuration = CommandConfiguration(
            abstract: "Focused inspections raised by daily-check problems, with the engineer's response time (R24).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: "Only those no engineer has acknowledged yet.") var open = false

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
