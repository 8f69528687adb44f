import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds imaging log|missing|config|uptime|spec`: the imaging centre's daily running-status log,
/// its missing days, the configuration check against the Basic Standard, and the imaging devices'
/// running intact rate (R66–R70).
struct ImagingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imaging",
        abstract: Help.text(en: "Imaging centre: the daily running-status log, missing days, the configuration check (BS 6) and the intact rate (R66–R70).",
                            zh: "影像诊断中心：每日设备运行状况记录、漏记、设备配置核对（基本标准第六条）和运行完好率（R66–R70）。"),
        subcommands: [Log.self, Missing.self, Config.self, Upkeep.self, Uptime.self, Spec.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "log", abstract: Help.text(
            en: "Record one day's running status of an imaging device, signed by the person who kept it; without --device, list the log of --from…--to (R66).",
            zh: "记录影像设备一天的运行状况，由记录人签名；不给 --device 时列出 --from…--to 的记录（R66）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.deviceTag) var device: String?
        @Option(help: Help.text(en: "normal, partial, down, maintenance, qc or unscheduled.", zh: "normal（正常）、partial（部分可用）、down（故障停机）、maintenance（计划保养）、qc（质控检测）或 unscheduled（未安排使用）。"))
        var status: String?
        @Option(help: Help.text(en: "The day (default: today).", zh: "日期（默认：今天）。")) var day: String?
        @Option(help: Help.text(en: "Hours in use.", zh: "使用时长（小时）。")) var hours: Double?
        @Option(help: Help.text(en: "Number of examinations.", zh: "检查人次。")) var exams: Int?
        @Option(help: Help.text(en: "A note.", zh: "备注。")) var note = ""
        @Option(help: Help.text(en: "Who kept the record and signs it (default: the user).", zh: "记录并签名的人（默认：当前用户）。")) var by: String?
        @OptionGroup var pin: PINOptions
        @Option(help: Help.text(en: "First day listed (default: 30 days ago).", zh: "列出的起始日期（默认：30 天前）。")) var from: String?
        @Option(help: Help.text(en: "Last day listed (default: today).", zh: "列出的截止日期（默认：今天）。")) var to: String?

        func run() throws {
            try refusing {
                guard let device else {
                    let session = try scope.open(global)
                    let end = try TimeArguments.day(to, "--to") ?? session.today
                    let start = try TimeArguments.day(from, "--from") ?? end.adding(days: -30)
                    let list = try Refusal.guarding { try session.store.imagingLog(from: start, to: end, department: scope.department) }
                    return try session.printDocument(LicenceOutput(session, global).log(list, from: start, to: end, format: scope.format),
                                                     format: scope.format, csv: scope.csv)
                }
                guard let status, let s = RunningStatus(rawValue: status) else {
                    throw Refusal(en: "--status must be normal, partial, down, maintenance, qc or unscheduled",
                                  zh: "--status 须为 normal、partial、down、maintenance、qc 或 unscheduled")
                }
                let session = try Session.open(global)
                let signer = by ?? session.login
                let entry = RunningStatusEntry(device: device, day: try TimeArguments.day(day, "--day") ?? session.today, status: s,
                                               hoursInUse: hours, exams: exams, note: note, keptBy: signer)
                let id = try session.write(pins: [signer: pin.value]) { try $0.recordRunningStatus(entry, today: session.today) }
                print("imaging log \(id) \(device) \(entry.day) \(s.rawValue)")
            }
        }
    }

    struct Missing: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "missing", abstract: Help.text(
            en: "The days each in-service imaging device has no running-status record, flagged the next morning, with its keeper (R66).",
            zh: "各在用影像设备缺少运行状况记录的日期（次日早晨起提示）及负责人（R66）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "First day checked (default: 30 days ago; never before the start of tracking).",
                                zh: "检查的起始日期（默认：30 天前；不早于开始记录之日）。")) var from: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let list = try Refusal.guarding {
                    try session.store.imagingMissingDays(today: session.today, from: try TimeArguments.day(from, "--from") ?? session.today.adding(days: -30),
                                                        department: scope.department)
                }
                try session.printDocument(LicenceOutput(session, global).missing(list, today: session.today, format: scope.format),
                                          format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "config", abstract: Help.text(
            en: "Check the in-service devices against the Basic Standard's equipment list: shortfalls, and devices present but down (R70).",
            zh: "对照基本标准的设备清单核对在用设备：列出缺少的设备，以及在但停机的设备（R70）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let lines = try Refusal.guarding { try session.store.imagingConfiguration(today: session.today, department: scope.department) }
                try session.printDocument(LicenceOutput(session, global).configuration(lines, today: session.today, format: scope.format),
                                          format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Upkeep: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "upkeep", abstract: Help.text(
            en: "Check each in-service imaging device's dedicated person and current calibration/maintenance plan; --problems lists only the devices lacking one (R67).",
            zh: "核对各在用影像设备的专职人员和现行校正/保养计划；--problems 只列出缺少的设备（R67）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: Help.text(en: "Only the devices without a dedicated person or a plan.", zh: "只列出没有专职人员或没有计划的设备。"))
        var problems = false

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let list = try Refusal.guarding { try session.store.imagingUpkeep(department: scope.department) }
                try session.printDocument(LicenceOutput(session, global).upkeep(problems ? list.filter { !$0.problems.isEmpty } : list,
                                                                                format: scope.format),
                                          format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Uptime: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "uptime", abstract: Help.text(
            en: "The imaging devices' running intact rate from the tickets and the log (`down` days), strictly above 95 % (R68, R69).",
            zh: "影像设备的运行完好率，依据维修单和运行记录（故障停机日）计算，须严格大于 95%（R68、R69）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Option(help: Help.text(en: "First day (default: the first of this month).", zh: "起始日期（默认：本月 1 日）。")) var from: String?
        @Option(help: Help.text(en: "Last day (default: today).", zh: "截止日期（默认：今天）。")) var to: String?

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let end = try TimeArguments.day(to, "--to") ?? session.today
                let start = try TimeArguments.day(from, "--from") ?? Day(end.year, end.month, 1)!
                let r = try Refusal.guarding { try session.store.imagingUptime(from: start, to: end, now: session.now, department: scope.department) }
                try session.printDocument(LicenceOutput(session, global).uptime(r, format: scope.format), format: scope.format, csv: scope.csv)
            }
        }
    }

    struct Spec: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "spec", abstract: Help.text(
            en: "Record what an imaging device can do: CT slices, MRI tesla, ultrasound functions (for R70 and the configuration catalogue, R93).",
            zh: "登记影像设备的技术参数：CT 排数、MRI 场强、超声功能（用于 R70 和配置许可目录 R93）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "CT detector rows, e.g. 64.", zh: "CT 排数，如 64。")) var slices: Int?
        @Option(help: Help.text(en: "MRI field strength in tesla, e.g. 1.5.", zh: "MRI 场强（T），如 1.5。")) var tesla: Double?
        @Option(help: Help.text(en: "An ultrasound function: colour-doppler, echocardiography, contrast, quantitative; repeat.",
                                zh: "超声功能：colour-doppler、echocardiography、contrast、quantitative；可重复。")) var feature: [String] = []

        func run() throws {
            try refusing {
                let features = try feature.map { f in
                    guard let v = ImagingFeature(rawValue: f) else {
                        throw Refusal(en: "--feature must be colour-doppler, echocardiography, contrast or quantitative, not '\(f)'",
                                      zh: "--feature 须为 colour-doppler、echocardiography、contrast 或 quantitative，而不是“\(f)”")
                    }
                    return v
                }
                let session = try Session.open(global)
                try session.write { try $0.recordImagingSpec(ImagingSpec(device: device, slices: slices, tesla: tesla, features: Set(features))) }
                print("imaging spec \(device)")
            }
        }
    }
}
