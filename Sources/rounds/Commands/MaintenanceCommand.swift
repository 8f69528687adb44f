import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds maintenance plan|plan-key`: maintenance plans by tier (R26–R31).
struct MaintenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintenance",
        abstract: Help.text(en: "Maintenance plans by tier: first- and second-level intervals per device (R26–R31).",
                            zh: "按级别的保养计划：每台设备的一级、二级保养间隔（R26–R31）。"),
        subcommands: [Plan.self, PlanKey.self])

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", 
            abstract: Help.text(en: "Set the plan of devices for a tier; without --interval the category's default (docs/rules.md).",
                                zh: "为设备设定某一级别的保养计划；不给 --interval 时用该类别的默认值（docs/rules.md）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.deviceTags) var devices: [String]
        @Option(help: Help.text(en: "first or second (daily is every day).",
                                zh: "first（一级）或 second（二级）（日常保养为每天）。")) var tier: String
        @Option(help: Help.text(en: "Interval in days.",
                                zh: "间隔天数。")) var interval: Int?
        @Flag(help: Help.text(en: "Stop the plan.",
                              zh: "停止该计划。")) var inactive = false
        @Option(help: Help.text(en: "Why the interval differs from the recommended one (R114); lengthening a life-support device's interval also needs the equipment head's --pin.",
                                zh: "间隔不同于推荐值的理由（R114）；延长生命支持类设备的间隔还须设备科主任的 --pin。")) var reason: String?
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier), t != .daily else { throw Refusal("--tier must be first or second, not '\(tier)'") }
                let session = try Session.open(global)
                let plans = try Refusal.guarding {
                    try session.write(pins: [session.login: pin.value]) { rec in
                        try devices.map { try rec.setMaintenancePlan(device: $0, tier: t, intervalDays: interval, active: !inactive, reason: reason ?? "") }
                    }
                }
                for p in plans { print("\(p.device) \(p.tier.rawValue) every \(p.intervalDays) days\(p.active ? "" : " (inactive)")") }
            }
        }
    }

    struct PlanKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan-key",
            abstract: Help.text(en: "Give every key-department device without an active second-level plan the default one (R31).",
                                zh: "为每台没有有效二级保养计划的重点科室设备设定默认计划（R31）。"))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let lacking = try session.store.maintenanceReport(today: session.today).lackingSecondLevel
                try Refusal.guarding {
                    try session.write() { rec in
                        for d in lacking { try rec.setMaintenancePlan(device: d.tag, tier: .second, intervalDays: nil) }
                    }
                }
                print("second-level plans added: \(lacking.count)")
            }
        }
    }
}

extension ReportCommand {
    /// `rounds report maintenance`: plans due and overdue, and key-department devices without a
    /// second-level plan (R31).
    struct Maintenance: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "maintenance", abstract: Help.text(en: "Maintenance due and overdue by plan, and devices lacking a second-level plan (R26–R31).",
                                                                            zh: "按计划列出到期和逾期的保养，以及缺少二级保养计划的设备（R26–R31）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                var r = try session.store.maintenanceReport(today: session.today)
                if let department {
                    r.plans = r.plans.filter { $0.department == department }
                    r.lackingSecondLevel = r.lackingSecondLevel.filter { $0.department == department }
                }
                try session.printDocument(MaintenanceOutput.render(r, format: scope.format, strings: Strings(chinese: global.isChinese)), format: scope.format, csv: scope.csv)
            }
        }
    }
}
