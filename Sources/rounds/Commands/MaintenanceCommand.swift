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
        static let configuration = CommandConfiguration(
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

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier), t != .daily else { throw Refusal("--tier must be first or second, not '\(tier)'") }
                let session = try Session.open(global)
                let plans = try Refusal.guarding {
                    try session.write() { rec in
                        try devices.map { try rec.setMaintenancePlan(device: $0, tier: t, intervalDays: interval, active: !inactive) }
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
        static let configuration = CommandConfiguration(abstract: Help.text(en: "Maintenance due and overdue by plan, and devices lacking a second-level plan (R26–R31).",
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

extension RecordCommand {
    /// `rounds record qc-test`: a radiation QC test result (R76); a passed acceptance test lets a
    /// repaired device with a major part replaced be signed back (R78).
    struct QCTest: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "qc-test", abstract: Help.text(en: "Record a radiation QC test: acceptance, status or stability (R76–R78).",
                                                                                                    zh: "记录一次放射质控检测：验收、状态或稳定性检测（R76–R78）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.text(en: "The device's tag.",
                                zh: "设备的资产编号。")) var device: String
        @Option(help: Help.text(en: "acceptance, status or stability.",
                                zh: "acceptance（验收）、status（状态）或 stability（稳定性）。")) var type: String
        @Option(help: Help.text(en: "pass or fail.",
                                zh: "pass（合格）或 fail（不合格）。")) var result: String
        @Option(help: Help.text(en: "The testing organisation.",
                                zh: "检测机构。")) var organisation = ""
        @Option(help: Help.text(en: "The report number.",
                                zh: "报告编号。")) var report = ""
        @Option(help: Help.text(en: "When the test was done (default: now).",
                                zh: "检测时间（默认：现在）。")) var at: String?
        @Option(help: Help.text(en: "Who did or witnessed the test and signs it (default: the user).",
                                zh: "实施或见证检测并签名的人（默认：当前用户）。")) var by: String?
        @OptionGroup var pin: PINOptions
        @OptionGroup var late: LateReason

        func run() throws {
            try refusing {
                guard let t = QCTestType(rawValue: type) else { throw Refusal("--type must be acceptance, status or stability, not '\(type)'") }
                guard ["pass", "fail"].contains(result) else { throw Refusal("--result must be pass or fail, not '\(result)'") }
                let session = try Session.open(global)
                let when = try session.workTime(at)
                let signer = by ?? session.login
                let id = try session.write(reason: late.reason, pins: [signer: pin.value]) {
                    try $0.recordQCTest(device: device, type: t, passed: result == "pass", organisation: organisation, report: report,
                                        when: when, by: signer)
                }
                print("qc-test \(id)")
            }
        }
    }
}
