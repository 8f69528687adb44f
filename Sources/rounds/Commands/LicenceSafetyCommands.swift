import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

extension LicenceCommand {
    /// `rounds licence safety-add`: a Radiation Safety Licence or its renewal (R94, optional).
    struct SafetyAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "safety-add", abstract: Help.text(
            en: "Record a radiation safety licence (ecology and environment authority) with its scope, validity and devices, or its renewal under the same number (R94).",
            zh: "登记辐射安全许可证（生态环境部门核发）及其种类范围、有效期和设备，或以同一编号登记其延续（R94）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: LicenceCommand.numberHelp) var number: String
        @Option(help: Help.text(en: "The holder.", zh: "持证单位。")) var holder: String
        @Option(help: Help.text(en: "The issuing authority.", zh: "发证机关。")) var authority: String
        @Option(help: Help.text(en: "The scope, e.g. 'use of class II and III ray devices'.", zh: "种类和范围，如“使用Ⅱ类、Ⅲ类射线装置”。")) var scope: String
        @Option(name: .customLong("valid-from"), help: Help.text(en: "First valid day.", zh: "有效期起始日。")) var validFrom: String
        @Option(name: .customLong("valid-until"), help: Help.text(en: "Last valid day.", zh: "有效期截止日。")) var validUntil: String
        @Option(help: Help.text(en: "A device the licence covers; repeat.", zh: "许可证涵盖的设备；可重复。")) var device: [String] = []

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let from: Day = try TimeArguments.day(validFrom, "--valid-from"), until: Day = try TimeArguments.day(validUntil, "--valid-until")
                let licence = SafetyLicence(number: number, holder: holder, authority: authority, scope: scope, validFrom: from, validUntil: until, devices: device)
                try session.write { try $0.recordSafetyLicence(licence, today: session.today) }
                print("safety licence \(number)")
            }
        }
    }

    /// `rounds licence safety-list`: the radiation safety licences with their validity (R94).
    struct SafetyList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "safety-list", abstract: Help.text(
            en: "Every radiation safety licence in force with its validity, days left, reminder and devices (R94).",
            zh: "现行辐射安全许可证及其有效期、剩余天数、提醒和设备（R94）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let list = try Refusal.guarding { try session.store.safetyLicences() }
                let days = try Refusal.guarding { try session.store.licenceSchedule() }.reminderDays
                try output.print(LicenceOutput(session, global).safetyLicences(list, today: session.today, reminderDays: days, format: output.format))
            }
        }
    }
}
