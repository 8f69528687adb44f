import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds equipment list|show`: the equipment archive.
struct EquipmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "equipment",
        abstract: Help.text(en: "The equipment archive.",
                            zh: "设备档案。"),
        subcommands: [List.self, Show.self, File.self, Status.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "List devices, ordered by department, location and tag.",
                                                                            zh: "列出设备，按科室、存放地点和资产编号排序。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: Help.onlyDepartment) var department: String?
        @Option(help: Help.text(en: "Only this status: in-service, standby, stopped, awaiting-scrap, scrapped.",
                                zh: "只看此状态：in-service（在用）、standby（备用）、stopped（停用）、awaiting-scrap（待报废）、scrapped（已报废）。")) var status: String?
        @Option(help: Help.text(en: "Any substring of the tag, name (Chinese or English), model, serial, maker or location.",
                                zh: "资产编号、名称（中文或英文）、型号、出厂编号、生产厂家或存放地点中的任意子串。")) var search: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                var filter = EquipmentFilter(text: search ?? "", department: department)
                if let status {
                    guard let s = EquipmentStatus(parsing: status) else { throw Refusal("--status '\(status)' is not a status (in-service, standby, stopped, awaiting-scrap, scrapped)") }
                    filter.status = s
                }
                if let department, try session.store.departments().first(where: { $0.code == department }) == nil {
                    throw Refusal("--department: no department '\(department)'")
                }
                let devices = try session.store.equipment(filter)
                try output.print(EquipmentOutput.list(devices, format: output.format, chinese: global.isChinese))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "Every field of one device and its history.",
                                                                            zh: "一台设备的全部字段及其历史。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.deviceTag) var tag: String

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let device = try session.device(tag)
                let history = try session.store.history(of: tag)
                let department = try session.store.departments().first { $0.code == device.department }
                let custodian = device.custodian.isEmpty ? nil : try session.store.person(device.custodian)
                try output.print(EquipmentOutput.show(device, history: history, department: department, custodian: custodian,
                                                      format: output.format, calendar: session.calendar,
                                                      chinese: global.isChinese))
                // R84: a failed QC test restricts the device until a passing retest (told on the table form).
                if output.format == .table,
                   let failing = try Refusal.guarding({ try session.store.qcRestricted(today: session.today, department: device.department) })
                       .first(where: { $0.device.tag == tag })?.restrictedBy {
                    print(global.isChinese ? "质控：限制使用——\(failing.testedOn) 的\(failing.kind.name.zh)不合格（检测 \(failing.id)），复检合格前不得解除（R84）"
                                           : "QC: RESTRICTED — failed \(failing.kind.name.en) on \(failing.testedOn) (test \(failing.id)); lifted only by a passing retest (R84)")
                }
            }
        }
    }
}

extension EquipmentCommand {
    /// `rounds equipment file TAG`: the device file, every record of one device oldest first (R5, R9).
    struct File: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "file", abstract: Help.text(en: "The device file: every record of one device in time order, for printing or export (R5, R9).",
                                                                            zh: "设备档案：一台设备的全部记录，按时间排序，可打印或导出（R5、R9）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.deviceTag) var tag: String

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let device = try session.device(tag)
                let entries = try session.store.deviceFile(tag, asOf: session.now)
                try session.printDocument(DeviceFileOutput.render(device, entries, format: output.format, calendar: session.calendar,
                                                                  chinese: global.isChinese),
                                          format: output.format, csv: output.csv)
            }
        }
    }
}

/// `--format table|csv|json`.
struct OutputOptions: ParsableArguments {
    @Option(help: Help.tableFormat)
    var format: OutputFormat = .table
    @OptionGroup var csv: CSVOptions

    /// Prints a command's answer; CSV in the encoding asked for.
    func print(_ text: String) throws { try csv.print(text, format: format) }
}

extension OutputFormat: ExpressibleByArgument {}
