import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds maintenance plan|plan-key`: maintenance plans by tier (R26–R31).
struct MaintenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintenance",
        abstract: "Maintenance plans by tier: first- and second-level intervals per device (R26–R31).",
        subcommands: [Plan.self, PlanKey.self])

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the plan of devices for a tier; without --interval the category's default (docs/rules.md).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Device tags.") var devices: [String]
        @Option(help: "first or second (daily is every day).") var tier: String
        @Option(help: "Interval in days.") var interval: Int?
        @Flag(help: "Stop the plan.") var inactive = false

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
            abstract: "Give every key-department device without an active second-level plan the default one (R31).")
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
        static let configuration = CommandConfiguration(abstract: "Maintenance due and overdue by plan, and devices lacking a second-level plan (R26–R31).")
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
        static let configuration = CommandConfiguration(commandName: "qc-test", abstract: "Record a radiation QC test: acceptance, status or stability (R76–R78).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The device's tag.") var device: String
        @Option(help: "acceptance, status or stability.") var type: String
        @Option(help: "pass or fail.") var result: String
        @Option(help: "The testing organisation.") var organisation = ""
        @Option(help: "The report number.") var report = ""
        @Option(help: "When the test was done (default: now).") var at: String?
        @Option(help: "Who did or witnessed the test and signs it (default: the user).") var by: String?
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
