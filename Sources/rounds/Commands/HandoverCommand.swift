import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `--pin PIN`, else env `ROUNDS_PIN`: the signer's own PIN (CONTRACT). The CLI never prompts.
struct PINOptions: ParsableArguments {
    @Option(help: Help.text(en: "Your own PIN (env ROUNDS_PIN). Never another person's.",
                            zh: "你自己的 PIN（环境变量 ROUNDS_PIN）。绝不用他人的。")) var pin: String?

    var value: String? {
        if let pin, !pin.isEmpty { return pin }
        let env = ProcessInfo.processInfo.environment["ROUNDS_PIN"]
        return env?.isEmpty == false ? env : nil
    }
}

/// `rounds handover show|sign|ack|list|export`: shift handovers (交接班, R25).
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: Help.text(en: "Shift handovers: the sheet, the outgoing signature, the incoming acknowledgement.",
                            zh: "交接班：交接班记录单、交班签名、接班确认。"),
        subcommands: [Show.self, Sign.self, Ack.self, List.self, Export.self])

    enum DocumentFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    /// `--department CODE`, else the user's own department.
    static func department(_ code: String?, _ session: Session) throws -> String {
        if let code {
            try session.requireDepartment(code)
            return code
        }
        guard let mine = try session.store.person(session.login)?.department, !mine.isEmpty else {
            throw Refusal("give --department CODE (\(session.login) belongs to no department)")
        }
        return mine
    }

    static func names(_ store: Store) throws -> [String: String] {
        Dictionary(try store.people().map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    static func render(_ sheet: HandoverSheet, record: HandoverRecord?, format: DocumentFormat, session: Session, chinese: Bool) throws -> String {
        switch format {
        case .json: return ShiftOutput.json(sheet, record: record, calendar: session.calendar, now: session.now)
        case .text, .csv:
            let doc = HandoverDocument(sheet: sheet, record: record, strings: Strings(chinese: chinese), calendar: session.calendar,
                                       now: session.now, names: try names(session.store),
                                       hazardOpenDays: try session.store.hazardRules().openDays)
            return format == .text ? try session.sealed(doc.text) : doc.csv
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", 
            abstract: Help.text(en: "The handover sheet of a department's shift as the records stand now (or a signed one with --id).",
                                zh: "某科室当前班次的交接班记录单，按现有记录生成（或用 --id 查看已签名的一份）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.yourDepartment) var department: String?
        @Option(help: Help.text(en: "A signed handover's number instead of the current sheet.",
                                zh: "已签名交接班的编号，代替当前记录单。")) var id: Int64?
        @Option(help: Help.text(en: "text (default), csv or json.",
                                zh: "text（文本，默认）、csv 或 json。")) var format: DocumentFormat = .text
        @OptionGroup var csv: CSVOptions

        func print(_ text: String) throws {
            if format == .csv { try csv.printCSV(text) } else { Swift.print(text, terminator: "") }
        }

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                if let id {
                    guard let r = try session.store.handover(id, now: session.now) else { throw Refusal(en: "no handover #\(id)", zh: "没有交接班记录 #\(id)") }
                    try print(try HandoverCommand.render(r.sheet, record: r, format: format, session: session, chinese: global.isChinese))
                    return
                }
                let code = try HandoverCommand.department(department, session)
                let sheet = try session.store.handoverSheet(department: code, now: session.now)
                let record = try session.store.handover(department: code, shift: sheet.shift, now: session.now)
                try print(try HandoverCommand.render(record?.sheet ?? sheet, record: record, format: format, session: session,
                                                     chinese: global.isChinese))
            }
        }
    }

    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign", 
            abstract: Help.text(en: "Sign the department's handover sheet as the outgoing person (--user); prints its number.",
                                zh: "以交班人（--user）身份签署本科室的交接班记录单；打印其编号。"),
            discussion: Help.text(en: "Needs your PIN (--pin or ROUNDS_PIN) when the store requires PINs or you have set one.",
                                  zh: "数据库要求 PIN 或你已设置 PIN 时，需要你的 PIN（--pin 或 ROUNDS_PIN）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Option(help: Help.yourDepartment) var department: String?
        @Option(help: Help.text(en: "Free notes for the incoming person, kept as typed.",
                                zh: "留给接班人的备注，按原样保存。")) var note: String = ""

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let code = try HandoverCommand.department(department, session)
                let sheet = try session.store.handoverSheet(department: code, now: session.now, note: note)
                let id = try Refusal.guarding {
                    try session.write() { rec in
                        try rec.signHandover(sheet, pin: pin.value, requirePIN: session.store.settings.requirePIN)
                    }
                }
                print("handover \(id) \(code) \(sheet.shift) signed by \(session.login)")
            }
        }
    }

    struct Ack: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ack", 
            abstract: Help.text(en: "Acknowledge a handover as the incoming person (--user), with your own PIN (R2).",
                                zh: "以接班人（--user）身份确认交接班，使用你自己的 PIN（R2）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Argument(help: Help.handoverNumber) var id: Int64

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                try Refusal.guarding {
                    try session.write() { rec in
                        try rec.acknowledgeHandover(id, pin: pin.value, keyboard: session.login)
                    }
                }
                print("handover \(id) acknowledged by \(session.login)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "Signed handovers, newest first.",
                                                                            zh: "已签名的交接班，最新的在前。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: Help.onlyDepartment) var department: String?
        @Option(help: Help.text(en: "Any text of the sheet (device, name, note), the signer or the acknowledger.",
                                zh: "记录单中的任意文字（设备、姓名、备注）、签名人或确认人。")) var search: String?
        @Flag(help: Help.text(en: "Only handovers not acknowledged yet.",
                              zh: "只看尚未确认的交接班。")) var unacknowledged = false

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                try session.requireDepartment(department)
                let records = try session.store.handovers(HandoverFilter(department: department, text: search ?? "",
                                                                         unacknowledgedOnly: unacknowledged), now: session.now)
                try output.print(ShiftOutput.handovers(records, format: output.format, calendar: session.calendar, now: session.now))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", 
            abstract: Help.text(en: "A signed handover as a document for printing and filing, in Chinese or English (--lang).",
                                zh: "已签名的交接班，作为可打印归档的文件，中文或英文（--lang）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.handoverNumber) var id: Int64
        @Option(help: Help.text(en: "text (default) or csv.",
                                zh: "text（文本，默认）或 csv。")) var format: DocumentFormat = .text
        @Option(help: Help.text(en: "Write to this file instead of standard output (an existing file only with --force).",
                                zh: "写入此文件而不是标准输出（文件已存在时须 --force）。")) var output: String?
        @OptionGroup var csv: CSVOptions

        func run() throws {
            try refusing {
                guard format != .json else { throw Refusal("--format must be text or csv (json: rounds handover show --id \(id) --format json)") }
                let session = try Session.open(global)
                guard let r = try session.store.handover(id, now: session.now) else { throw Refusal(en: "no handover #\(id)", zh: "没有交接班记录 #\(id)") }
                let text = try HandoverCommand.render(r.sheet, record: r, format: format, session: session, chinese: global.isChinese)
                // The text sheet is written as the CSV options ask too: --excel adds the BOM, gb18030 re-encodes.
                if let output {
                    print(try csv.write(text, to: output))
                } else {
                    try csv.printCSV(text)
                }
            }
        }
    }
}

/// `rounds ack-problem ID`: an engineer responds to a focused inspection (R24).
struct AckProblemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack-problem",
        abstract: Help.text(en: "Acknowledge a focused inspection raised by a daily-check problem (engineer, R24); prints the response time.",
                            zh: "确认由日检问题引发的单独重点巡检（维修工程师，R24）；打印响应时间。"))
    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.text(en: "The focused inspection's number (rounds report problems).",
                              zh: "单独重点巡检的编号（rounds report problems）。")) var id: Int64

    func run() throws {
        try refusing {
            let session = try Session.open(global)
            let seconds = try Refusal.guarding {
                try session.write() { rec in
                    try rec.acknowledgeProblem(id, by: session.login, at: session.now)
                }
            }
            print("focused-inspection \(id) acknowledged by \(session.login), response \(seconds / 60) min")
        }
    }
}

/// `rounds department shifts [CODE [TIMES]] [--check-days every-day|monday-to-friday]`.
struct DepartmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department",
        abstract: Help.text(en: "Department settings: shifts and daily-check days.",
                            zh: "科室设置：班次和日检日。"),
        subcommands: [Shifts.self])

    struct Shifts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "shifts", 
            abstract: Help.text(en: "Show every department's shifts, or set one's: rounds department shifts ICU 08:00,16:00,00:00.",
                                zh: "显示各科室的班次，或设置某科室的班次：rounds department shifts ICU 08:00,16:00,00:00。"),
            discussion: Help.text(en: "Setting is for the equipment head or the department's head; audited.",
                                  zh: "设置须由设备科主任或该科室主任进行；记入审计。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "The department (code).",
                                  zh: "科室（科室编码）。")) var department: String?
        @Argument(help: Help.text(en: "Shift start times, e.g. 08:00,16:00,00:00 or 08:00,20:00.",
                                  zh: "各班次开始时间，例如 08:00,16:00,00:00 或 08:00,20:00。")) var times: String?
        @Option(name: .customLong("check-days"), help: Help.text(en: "every-day or monday-to-friday (default: as before, else by key department).",
                                                                 zh: "every-day（每天）或 monday-to-friday（周一至周五）（默认：保持原设置，否则按是否重点科室）。"))
        var checkDays: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                try session.requireDepartment(department)
                let departments = try session.store.departments()
                if let code = department, times != nil || checkDays != nil {
                    try set(code, session: session, departments: departments)
                }
                let schedules = try session.store.shiftSchedules()
                var rows: [[String]] = []
                for d in departments where department == nil || d.code == department {
                    guard let s = schedules[d.code] else { continue }
                    rows.append([d.code, s.text, s.workingDays.pattern.rawValue, try session.store.hasOwnShifts(department: d.code) ? "own" : "default"])
                }
                print(TextTable.render(header: ["department", "shifts", "check_days", "source"], rows: rows), terminator: "")
            }
        }

        func set(_ code: String, session: Session, departments: [Department]) throws {
            let person = try session.store.person(session.login)
            guard person?.has(.equipmentHead) == true || (person?.has(.deptHead) == true && person?.department == code) else {
                throw Refusal("department shifts are set by the equipment head or the head of \(code); \(session.login) is neither")
            }
            let current = try session.store.shiftSchedule(department: code)
            var days = current.workingDays
            if let checkDays {
                guard let p = WorkingDays.Pattern(rawValue: checkDays) else { throw Refusal("--check-days must be every-day or monday-to-friday, not '\(checkDays)'") }
                days = WorkingDays(pattern: p)
            }
            var schedule = current
            if let times {
                guard let s = ShiftSchedule(parsing: times) else { throw Refusal("'\(times)' is not a list of shift start times such as 08:00,16:00,00:00") }
                schedule = s
            }
            schedule.workingDays = days
            try Refusal.guarding {
                try session.write() { try $0.setShiftSchedule(schedule, department: code) }
            }
        }
    }
}
