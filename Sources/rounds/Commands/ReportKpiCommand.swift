import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

extension ReportCommand {
    /// `rounds report kpi`: repair KPIs (R97), inspection completion (R96) and IPM yield (R98) for the
    /// local days --from..--to, each with its formula, numerator and denominator (R120).
    struct Kpi: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "kpi", 
            abstract: Help.text(en: "Maintenance KPIs for the local days --from..--to: failures, repeats, response, repair, downtime, MTTR (both bases), MTBF, delinquent tickets, inspection completion, IPM yield, planned maintenance done on time (R96).",
                                zh: "本地日期 --from..--to 的维修指标：故障、重复故障、响应、维修、停机、MTTR（两种口径）、MTBF、超期维修单、巡检完成率、IPM 合格率、计划保养按时完成率（R96）。"),
            discussion: Help.text(en: "Tickets and inspections are read as of --now. Delinquent tickets are those open at --now and requested more than --delinquent-days before it.",
                                  zh: "维修单和巡检按 --now 时的状态读取。超期维修单指在 --now 时仍未结、且报修早于 --now 超过 --delinquent-days 天的维修单。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.firstDay) var from: String?
        @Option(help: Help.lastDay) var to: String?
        @Option(help: Help.text(en: "A failure within this many days after the previous one's sign-off is a repeat (default 30).",
                                zh: "上一次签收后这么多天内再次故障即为重复故障（默认 30）。"))
        var repeatWindow: Int = RepairKPIs.defaultRepeatWindowDays
        @Option(help: Help.text(en: "A ticket open longer than this many days is delinquent (default 30).",
                                zh: "未结超过这么多天的维修单为超期（默认 30）。"))
        var delinquentDays: Int = RepairKPIs.defaultDelinquentDays

        func run() throws {
            try refusing {
                guard repeatWindow >= 0 else { throw Refusal("--repeat-window must be 0 or more days, not \(repeatWindow)") }
                guard delinquentDays >= 0 else { throw Refusal("--delinquent-days must be 0 or more days, not \(delinquentDays)") }
                let session = try scope.open(global)
                let department = scope.department
                let fromDay = try TimeArguments.day(from, "--from") ?? session.today.firstOfMonth
                let toDay = try TimeArguments.day(to, "--to") ?? session.today
                guard fromDay <= toDay else { throw Refusal("--from \(fromDay) is after --to \(toDay)") }
                let store = session.store
                // Compliance is the longest read (eight months of records per device, from the
                // marks): it runs on a second reader, on the other core, while this thread reads the
                // tickets, the uptime and the yield. Only the tallies are kept: folded device by
                // device, not a year of items.
                let today = session.today
                let compliance = Alongside { try store.complianceTotals(from: fromDay, to: toDay, today: today, department: department) }
                // Only downtime that reaches into the window counts in its uptime (the departments come
                // from the register either way): ten years of tickets need not be read.
                let exposures = try Refusal.guarding {
                    try store.exposures(now: session.now, department: department, since: session.calendar.startOfDay(fromDay))
                }
                // The tickets that can count: opened or signed back since the window (less the repeat
                // window), or still open; decoding every ticket of ten years would be wasted.
                let touching = session.calendar.startOfDay(fromDay.adding(days: -repeatWindow - 1))
                let tickets = try Refusal.guarding { try store.tickets(TicketFilter(openOnly: false, department: department, touching: touching)) }
                let kpis = RepairKPIs.compute(tickets: tickets, exposures: exposures, from: fromDay, to: toDay, now: session.now,
                                              calendar: session.calendar, repeatWindowDays: repeatWindow,
                                              delinquentDays: delinquentDays)
                // The yield needs counts only: read from an index, not every record of the window.
                let found = try Refusal.guarding { try store.inspectionTallies(from: fromDay, through: toDay, now: session.now, department: department) }
                let yield = IPMYield.compute(tallies: found, from: fromDay, to: toDay)
                let m = try Refusal.guarding { try store.maintenanceCompletion(from: fromDay, to: toDay, today: session.today, department: department) }
                let tallies = MaintenanceCompletionTallies(overall: m.overall,
                                                           byTier: m.byTier.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) },
                                                           byDepartment: m.byDepartment.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                                           deferrals: m.deferrals)
                let totals = try Refusal.guarding { try compliance.value() }
                try session.printDocument(KPIOutput.render(kpis, compliance: totals, yield: yield, maintenance: tallies, department: department, format: scope.format,
                                       strings: Strings(chinese: global.isChinese), calendar: session.calendar), format: scope.format, csv: scope.csv)
            }
        }
    }
}
