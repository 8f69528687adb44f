import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds maintenance plan|plan-key|schedule|defer`: maintenance plans by tier (R26–R31), how they
/// are taken up and the deferrals of rotation tasks (R33).
struct MaintenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintenance",
        abstract: Help.text(en: "Maintenance plans by tier: first- and second-level intervals per device (R26–R31), concentrated or rotation scheduling and deferrals (R33).",
                            zh: "按级别的保养计划：每台设备的一级、二级保养间隔（R26–R31），集中或轮转保养及推迟（R33）。"),
        subcommands: [Plan.self, PlanKey.self, Schedule.self, Defer.self])

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

    /// `rounds maintenance schedule`: concentrated in a window, rotation when idle, or standard (R33).
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "schedule", 
            abstract: Help.text(en: "Schedule plans concentrated in one window (all devices of a department), in rotation when idle, or standard (R33).",
                                zh: "安排保养方式：集中在一个时间窗内（全科设备）、设备空闲时轮转，或按期（R33）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "Device tags (asset numbers); or --department.", zh: "设备资产编号；或用 --department。")) var devices: [String] = []
        @Option(help: Help.text(en: "Every device of this department with an active plan of the tier.",
                                zh: "该科室中有该级别有效计划的全部设备。")) var department: String?
        @Option(help: Help.text(en: "first or second.", zh: "first（一级）或 second（二级）。")) var tier: String
        @Option(help: Help.text(en: "concentrated, rotation or standard.", zh: "concentrated（集中）、rotation（轮转）或 standard（按期）。")) var mode: String
        @Option(name: .customLong("window-from"), help: Help.text(en: "First day of a concentrated plan's window (YYYY-MM-DD).",
                                                                   zh: "集中保养时间窗的第一天（YYYY-MM-DD）。")) var windowFrom: String?
        @Option(name: .customLong("window-to"), help: Help.text(en: "Last day of the window (YYYY-MM-DD).",
                                                                 zh: "时间窗的最后一天（YYYY-MM-DD）。")) var windowTo: String?

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier), t != .daily else { throw Refusal("--tier must be first or second, not '\(tier)'") }
                guard let m = MaintenanceMode(rawValue: mode) else { throw Refusal(en: "--mode must be concentrated, rotation or standard, not '\(mode)'", zh: "--mode 须为 concentrated、rotation 或 standard，而不是 '\(mode)'") }
                guard devices.isEmpty != (department == nil) else { throw Refusal(en: "give device tags or --department, one of the two", zh: "请给出设备资产编号或 --department，二者取其一") }
                let from = try TimeArguments.day(windowFrom, "--window-from"), to = try TimeArguments.day(windowTo, "--window-to")
                var window: MaintenanceWindow?
                if m == .concentrated {
                    guard let from, let to else { throw Refusal(en: "R33: a concentrated plan is done in one window: give --window-from DAY --window-to DAY", zh: "R33：集中保养须在一个时间窗内完成：请给出 --window-from 日期 --window-to 日期") }
                    guard let w = MaintenanceWindow(from: from, to: to) else { throw Refusal(en: "R33: --window-from \(from) is after --window-to \(to)", zh: "R33：--window-from \(from) 晚于 --window-to \(to)") }
                    window = w
                } else if from != nil || to != nil {
                    throw Refusal(en: "R33: only a concentrated plan has a window (--mode concentrated)", zh: "R33：只有集中保养有时间窗（--mode concentrated）")
                }
                let session = try Session.open(global)
                var tags = devices
                if let department {
                    let inDepartment = Set(try session.store.equipment(EquipmentFilter(department: department)).filter(\.status.isTracked).map(\.tag))
                    tags = try session.store.maintenancePlans().filter { $0.tier == t && $0.active && inDepartment.contains($0.device) }.map(\.device)
                    guard !tags.isEmpty else { throw Refusal(en: "R33: no device of \(department) has an active \(t.rawValue)-level plan", zh: "R33：\(department) 没有设备有该级别（\(t.rawValue)）的有效保养计划") }
                }
                let scheduling = MaintenanceScheduling(mode: m, window: window)
                try Refusal.guarding {
                    try session.write() { rec in
                        for tag in tags { try rec.setMaintenanceScheduling(device: tag, tier: t, scheduling) }
                    }
                }
                for tag in tags { print("\(tag) \(t.rawValue) \(m.rawValue)\(window.map { " " + $0.text } ?? "")") }
            }
        }
    }

    /// `rounds maintenance defer`: a rotation task put off because the device is in use (R33).
    struct Defer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "defer",
            abstract: Help.text(en: "Defer a rotation plan's task because the device is in use; it stays due and is counted (R33).",
                                zh: "轮转保养因设备在用而推迟；任务仍到期待办，并计入推迟次数（R33）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "first or second.", zh: "first（一级）或 second（二级）。")) var tier: String
        @Option(help: Help.text(en: "device-in-use, the one reason R33 gives.", zh: "device-in-use（设备在用），R33 规定的唯一理由。")) var reason: String
        @Option(help: Help.text(en: "Free text.", zh: "备注。")) var note: String = ""

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier), t != .daily else { throw Refusal("--tier must be first or second, not '\(tier)'") }
                guard reason == MaintenanceDeferrals.deviceInUse else {
                    throw Refusal(en: "R33: a rotation task is deferred only because the device is in use: --reason \(MaintenanceDeferrals.deviceInUse), not '\(reason)'", zh: "R33：轮转保养只能因设备在用而推迟：--reason \(MaintenanceDeferrals.deviceInUse)，而不是 '\(reason)'")
                }
                let session = try Session.open(global)
                try Refusal.guarding {
                    try session.write() { rec in try rec.deferMaintenance(device: device, tier: t, note: note, calendar: session.calendar) }
                }
                let r = try session.store.maintenanceReport(today: session.today)
                let count = r.plans.first { $0.plan.device == device && $0.plan.tier == t }?.deferrals ?? 0
                print("\(device) \(t.rawValue) deferred (device in use): \(count) for this task")
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
