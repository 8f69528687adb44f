import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `--pin PIN`, else env `ROUNDS_PIN`: the signer's own PIN (CONTRACT). The CLI never prompts.
struct PINOptions: ParsableArguments {
    @Option(help: "Your own PIN (env ROUNDS_PIN). Never another person's.") var pin: String?

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
        abstract: "Shift handovers (交接班): the sheet, the outgoing signature, the incoming acknowledgement.",
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
                                       now: session.now, names: try names(session.store))
            return format == .text ? try session.sealed(doc.text) : doc.csv
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The handover sheet of a department's shift as the records stand now (or a signed one with --id).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The department (default: yours).") var department: String?
        @Option(help: "A signed handover's number instead of the current sheet.") var id: Int64?
        @Option(help: "text (default), csv or json.") var format: DocumentFormat = .text
        @OptionGroup var csv: CSVOptions

        func print(_ text: String) throws {
            if format == .csv { try csv.printCSV(text) } else { Swift.print(text, terminator: "") }
        }

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                if let id {
                    guard let r = try session.store.handover(id, now: session.now) else { throw Refusal("no handover #\(id)") }
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
        static let configuration = CommandConfiguration(
            abstract: "Sign the department's handover sheet as the outgoing person (--user); prints its number.",
            discussion: "Needs your PIN (--pin or ROUNDS_PIN) when the store requires PINs or you have set one.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Option(help: "The department (default: yours).") var department: String?
        @Option(help: "Free notes for the incoming person, kept as typed.") var note: String = ""

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
        static let configuration = CommandConfiguration(
            abstract: "Acknowledge a handover as the incoming person (--user), with your own PIN (R2).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Argument(help: "The handover's number.") var id: Int64

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
        static let configuration = CommandConfiguration(abstract: "Signed handovers, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this department (code).") var department: String?
        @Option(help: "Any text of the sheet (device, name, note), the signer or the acknowledger.") var search: String?
        @Flag(help: "Only handovers not acknowledged yet.") var unacknowledged = false

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
        static let configuration = CommandConfiguration(
            abstract: "A signed handover as a document for printing and filing, in Chinese or English (--lang).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The handover's number.") var id: Int64
        @Option(help: "text (default) or csv.") var format: DocumentFormat = .text
        @Option(help: "Write to this file instead of standard output (an existing file only with --force).") var output: String?
        @OptionGroup var csv: CSVOptions

        func run() throws {
            try refusing {
                guard format != .json else { throw Refusal("--format must be text or csv (json: rounds handover show --id \(id) --format json)") }
                let session = try Session.open(global)
                guard let r = try session.store.handover(id, now: session.now) else { throw Refusal("no handover #\(id)") }
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
        abstract: "Acknowledge a focused inspection raised by a daily-check problem (engineer, R24); prints the response time.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The focused inspection's number (rounds report problems).") var id: Int64

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
        abstract: "Department settings: shifts and daily-check days.",
        subcommands: [Shifts.self])

    struct Shifts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show every department's shifts, or set one's: rounds department shifts ICU 08:00,16:00,00:00.",
            discussion: "Setting is for the equipment head or the department's head; audited.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The department (code).") var department: String?
        @Argument(help: "Shift start times, e.g. 08:00,16:00,00:00 or 08:00,20:00.") var times: String?
        @Option(name: .customLong("check-days"), help: "every-day or monday-to-friday (default: as before, else by key department).")
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
