import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds licence add|list|show|device-add|device-remove|verify|exempt|config-add|config-release|tasks`:
/// the Radiological Diagnosis and Treatment Licence with its devices and verifications, the
/// configuration licences of large equipment, the epidemic exemption, and what they need done
/// (R65, R90–R95).
struct LicenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "licence",
        abstract: Help.text(en: "Licences: the radiological licence with its devices and verifications, configuration licences, the epidemic exemption, the optional radiation safety licence, and the tasks they raise (R65, R90–R95).",
                            zh: "许可证：放射诊疗许可证及其设备与校验、大型医用设备配置许可证、疫情期间豁免、可选的辐射安全许可证，以及由此产生的待办事项（R65、R90–R95）。"),
        subcommands: [Add.self, List.self, Show.self, DeviceAdd.self, DeviceRemove.self, Verify.self, Exempt.self,
                      ConfigAdd.self, ConfigRelease.self, SafetyAdd.self, SafetyList.self, Tasks.self])

    static var numberHelp: ArgumentHelp { Help.text(en: "The licence number as printed on it.", zh: "许可证上印的编号。") }
    static var dayHelp: ArgumentHelp { Help.text(en: "The day on the papers (default: today).", zh: "文书上的日期（默认：今天）。") }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Help.text(en: "Record a radiological diagnosis and treatment licence (R90).", zh: "登记放射诊疗许可证（R90）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: LicenceCommand.numberHelp) var number: String
        @Option(help: Help.text(en: "The holder, as on the practising licence.", zh: "持证单位，与医疗机构执业许可证一致。")) var holder: String
        @Option(help: Help.text(en: "The issuing authority.", zh: "发证机关。")) var authority: String
        @Option(name: .customLong("issued-on"), help: Help.text(en: "The issue day.", zh: "发证日期。")) var issuedOn: String
        @Option(help: Help.text(en: "A licensed category: radiotherapy, nuclear-medicine, interventional, xray-imaging; repeat.",
                                zh: "许可的诊疗类别：radiotherapy、nuclear-medicine、interventional、xray-imaging；可重复。")) var category: [String] = []
        @Option(name: .customLong("verify-by"), help: Help.text(en: "The next verification day the authority set (R91).", zh: "发证机关规定的下次校验日期（R91）。")) var verifyBy: String
        @Option(help: Help.text(en: "A scan reference (original, copy); repeat.", zh: "扫描件（正本、副本）；可重复。")) var scan: [String] = []

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let cats = try category.map { c in
                    guard let v = LicenceCategory(rawValue: c) else {
                        throw Refusal(en: "--category must be radiotherapy, nuclear-medicine, interventional or xray-imaging, not '\(c)'",
                                      zh: "--category 须为 radiotherapy、nuclear-medicine、interventional 或 xray-imaging，而不是“\(c)”")
                    }
                    return v
                }
                let l = RadiationLicence(number: number, holder: holder, authority: authority, issuedOn: try TimeArguments.day(issuedOn, "--issued-on"),
                                         categories: Set(cats), verificationDue: try TimeArguments.day(verifyBy, "--verify-by"), scans: scan)
                try session.write { try $0.recordLicence(l, today: session.today) }
                print("licence \(number)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "Every licence with its next verification, days left and reminder (R91).",
                                                                            zh: "全部许可证及其下次校验日期、剩余天数和提醒（R91）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let list = try Refusal.guarding { try session.store.licenceStandings(today: session.today) }
                try output.print(LicenceOutput(session, global).licences(list, today: session.today, format: output.format))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "One licence: its devices with their parameters and its verifications.",
                                                                            zh: "一份许可证：所列设备及参数、校验记录。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: LicenceCommand.numberHelp) var number: String

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                guard let s = try Refusal.guarding({ try session.store.licenceStandings(today: session.today) }).first(where: { $0.licence.number == number }) else {
                    throw Refusal(en: "no licence '\(number)' (see `rounds licence list`)", zh: "没有许可证“\(number)”（见 `rounds licence list`）")
                }
                try output.print(LicenceOutput(session, global).show(s, format: output.format))
            }
        }
    }

    struct DeviceAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "device-add",
            abstract: Help.text(en: "Record a device listed on the licence copy with its parameters (a licence change, R92).",
                                zh: "登记许可证副本所列设备及其参数（许可证变更，R92）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: LicenceCommand.numberHelp) var number: String
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "Main parameters as on the copy, e.g. \"150 kV / 630 mA\".", zh: "副本所列主要参数，如 \"150 kV / 630 mA\"。")) var parameters: String
        @Option(help: LicenceCommand.dayHelp) var on: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.addLicensedDevice(LicensedDevice(licence: number, device: device, parameters: parameters, listedOn: day), today: session.today) }
                print("licence \(number) + \(device)")
            }
        }
    }

    struct DeviceRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "device-remove",
            abstract: Help.text(en: "Record a device taken off its licence (deregistration; R65, R92).", zh: "登记设备从许可证注销（R65、R92）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "Why (scrapped, stopped, moved…).", zh: "原因（报废、停用、迁移等）。")) var reason: String
        @Option(help: LicenceCommand.dayHelp) var on: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.removeLicensedDevice(device, on: day, reason: reason, today: session.today) }
                print("licence - \(device)")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: Help.text(en: "Record a verification and the next due day it set (R91).",
                                                                            zh: "登记一次校验及其规定的下次校验日期（R91）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: LicenceCommand.numberHelp) var number: String
        @Option(help: LicenceCommand.dayHelp) var on: String?
        @Option(name: .customLong("next-due"), help: Help.text(en: "The next verification day.", zh: "下次校验日期。")) var nextDue: String
        @Option(help: Help.text(en: "A note.", zh: "备注。")) var note = ""

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let v = LicenceVerification(licence: number, verifiedOn: try TimeArguments.day(on, "--on") ?? session.today,
                                            nextDue: try TimeArguments.day(nextDue, "--next-due"), note: note)
                try session.write { try $0.recordLicenceVerification(v, today: session.today) }
                print("licence \(number) verified \(v.verifiedOn), next \(v.nextDue)")
            }
        }
    }

    struct Exempt: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "exempt", abstract: Help.text(
            en: "Record the epidemic exemption from licensing with its basis; its task stays open until a licence issued on or after it is recorded (R95).",
            zh: "登记疫情期间放射诊疗许可豁免及其依据；在登记此后签发的许可证之前，补办手续的待办事项保持打开（R95）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.text(en: "The basis document (default: the NHC notice of 6 February 2020, seed 000).", zh: "依据文件（默认：国卫办监督函〔2020〕110号）。"))
        var basis: String?
        @Option(help: LicenceCommand.dayHelp) var on: String?
        @Option(help: Help.text(en: "A note (e.g. the temporary hospital).", zh: "备注（如临时医院）。")) var note = ""

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                let id = try session.write { try $0.recordLicenceExemption(basis: basis ?? LicenceExemption.epidemicBasis, on: day, note: note, today: session.today) }
                print("exemption \(id)")
            }
        }
    }

    struct ConfigAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "config-add",
            abstract: Help.text(en: "Record a device's large medical equipment configuration licence (R93).", zh: "登记设备的大型医用设备配置许可证（R93）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "The licence number.", zh: "许可证编号。")) var number: String
        @Option(name: .customLong("class"), help: Help.text(en: "A (class A, licensed by the NHC) or B (class B, by the province).", zh: "A（甲类）或 B（乙类）。")) var grade: String
        @Option(help: Help.text(en: "The issuing authority.", zh: "发证机关。")) var authority = ""
        @Option(help: LicenceCommand.dayHelp) var on: String?

        func run() throws {
            try refusing {
                guard let g = ConfigurationCatalogue.Grade(rawValue: grade.uppercased()) else {
                    throw Refusal(en: "--class must be A or B, not '\(grade)'", zh: "--class 须为 A 或 B，而不是“\(grade)”")
                }
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.recordConfigurationLicence(device: device, number: number, grade: g, authority: authority, on: day, today: session.today) }
                print("configuration licence \(number) \(device)")
            }
        }
    }

    struct ConfigRelease: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "config-release",
            abstract: Help.text(en: "Record that a scrapped device's configuration licence record was updated with the authority (R65).",
                                zh: "登记已报废设备的配置许可证已向发证机关办理更新（R65）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "The authority.", zh: "发证机关。")) var authority = ""
        @Option(help: LicenceCommand.dayHelp) var on: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.recordConfigurationLicence(device: device, number: nil, grade: nil, authority: authority, on: day, today: session.today) }
                print("configuration licence released \(device)")
            }
        }
    }

    struct Tasks: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tasks", abstract: Help.text(
            en: "What the licences need done: verifications due or overdue, devices to add or deregister, configuration licences missing, the exemption's procedures (R65, R91–R95).",
            zh: "许可证待办事项：将到期或已超期的校验、须变更或注销的设备、缺少的配置许可证、豁免后须补办的手续（R65、R91–R95）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let list = try Refusal.guarding { try session.store.licenceTasks(today: session.today) }
                try output.print(LicenceOutput(session, global).tasks(list, today: session.today, format: output.format))
            }
        }
    }
}
