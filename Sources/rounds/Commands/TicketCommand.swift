import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds ticket …`: repair tickets (维修单) from the request to the sign-off (CONTRACT "Record work").
///
/// Every step on an existing ticket goes through `TicketStepRunner`, which opens the session, parses
/// the number, checks the signer, records the step(s) in one transaction and prints the new state.
/// The rules live in the core (`TicketGuards`): a refusal prints `rounds: R46: …` and exits 1, and
/// nothing is written. The command line never prompts: a missing option is an exit-1 error naming it.
struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket",
        abstract: Help.text(en: "Repair tickets: open, assign, start, repair, return, close, and every other step.",
                            zh: "维修单：报修、派工、开始、维修、签收、关闭及其他各步骤。"),
        discussion: Help.text(en: "Each step takes --at TIME (default: now) and --by LOGIN (default: the user). See docs/cli.md.",
                              zh: "每个步骤都接受 --at TIME（默认：现在）和 --by LOGIN（默认：当前用户）。见 docs/cli.md。"),
        subcommands: [
            Open.self, TicketShow.self, TicketList.self, TicketSubstitutes.self,
            TicketSteps.Assign.self, TicketSteps.Start.self, TicketSteps.Repaired.self, TicketSteps.Return.self,
            TicketSteps.Close.self,
            TicketSteps.Report.self, TicketSteps.Damage.self, TicketSteps.ReportToLeadership.self, TicketSteps.Facts.self,
            TicketSteps.Approve.self, TicketSteps.ExternalRepairer.self, TicketSteps.EmergencyExternal.self,
            TicketSteps.Justify.self, TicketSteps.OffSite.self, TicketSteps.BackOnSite.self,
            TicketSteps.WaitParts.self, TicketSteps.WaitVendor.self, TicketSteps.Resume.self,
            TicketSteps.NotifyManufacturer.self, TicketSteps.VendorLate.self, TicketSteps.CannotRepairInTime.self,
            TicketSteps.Notify.self, TicketSteps.Substitute.self, TicketSteps.SubstituteReturned.self,
            TicketSteps.Priority.self, TicketSteps.Defer.self, TicketSteps.Refuse.self, TicketSteps.Cancel.self,
            TicketSteps.ProposeScrap.self,
        ])

    /// `rounds ticket open --device TAG --fault TEXT`: a repair request (R36), or a further report on
    /// the device's open ticket (R103). Prints the ticket number alone on stdout.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", 
            abstract: Help.text(en: "Report a fault: open a repair request and print its number (R36).",
                                zh: "报修：开一张维修申请单并打印其编号（R36）。"),
            discussion: Help.text(
                en: """
                    If the device already has an open ticket, the report is added to it (R103) and that number is \
                    printed, with a note on stderr; --new opens a parallel ticket linked to it instead.
                    """,
                zh: "若设备已有未结维修单，本次报告并入该单（R103）并打印其单号，标准错误输出上附说明；--new 则另开一张与之关联的新单。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.text(en: "The device's tag (asset number). Required.",
                                zh: "设备的资产编号。必填。")) var device: String?
        @Option(help: Help.fault) var fault: String?
        @Option(name: .customLong("out-of-service"), help: Help.text(en: "yes (default) or no: the fault takes the device out of service (downtime).",
                                                                     zh: "yes（是，默认）或 no（否）：故障使设备停用（计入停机）。"))
        var outOfService: String = "yes"
        @Option(name: .customLong("damage-by-fault"), help: Help.text(en: "yes, no or undetermined: is this damage by fault (R46)?",
                                                                      zh: "yes、no 或 undetermined（待定）：是否为责任性损坏（R46）？"))
        var damageByFault: String?
        @Flag(help: Help.text(en: "Open a new ticket even if the device has an open one (R103 override; linked to it).",
                              zh: "即使设备已有未结维修单也开新单（R103 例外；与原单关联）。")) var new = false
        @OptionGroup var sign: TicketSignOptions
        @OptionGroup var late: LateReason

        func run() throws {
            try refusing {
                let tag = try TicketArgs.required(device, "--device TAG", "the device's asset number")
                let text = try TicketArgs.required(fault, "--fault TEXT", "the fault as reported")
                let out = try TicketArgs.yesNo(outOfService, "--out-of-service")
                let damage: DamageByFault? = try damageByFault.map { try TicketArgs.choice($0, "--damage-by-fault") }
                let session = try Session.open(global)
                let (when, by) = try sign.resolve(session)
                let report = try sign.write(session, signer: by, reason: late.reason) { rec in
                    try rec.reportFault(device: tag, fault: text, at: when, by: by, source: .request, outOfService: out,
                                        damageByFault: damage, parallel: new, calendar: session.calendar)
                }
                print(report.number.description)
                if report.linked {
                    var note = "added to open ticket \(report.number) (R103); --new opens a parallel one"
                    if damage != nil { note += "; --damage-by-fault was not recorded: use `rounds ticket damage`" }
                    TicketArgs.note(note)
                }
            }
        }
    }
}

/// `--at TIME`, `--by LOGIN`, `--pin`, `--reason`: when a step happened, who signs it, the proof of
/// the signature (R2) and why it is entered late (R4).
struct TicketSignOptions: ParsableArguments {
    @Option(help: Help.text(en: "When it happened (default: now); same forms as --now.",
                            zh: "发生时间（默认：现在）；格式同 --now。")) var at: String?
    @Option(help: Help.text(en: "Who signs it (default: the user); must be a person in the store.",
                            zh: "签名人（默认：当前用户）；必须是数据库中的人员。")) var by: String?
    @OptionGroup var pin: PINOptions
    @Option(name: .customLong("late-reason"),
            help: Help.text(en: "Why the step is entered late: required when --at is more than late-entry-hours (default 24) ago (R4). (Not --reason: some steps have their own.)",
                            zh: "该步骤补录的原因：--at 早于 late-entry-hours（默认 24 小时）以上时必填（R4）。（不是 --reason：有些步骤有自己的 --reason。）"))
    var lateReason: String?

    /// One write signed by `signer` with `--pin`, and `--late-reason` (or `reason`) for a late entry.
    func write<T>(_ session: Session, signer: String, reason: String? = nil, _ body: (Recorder) throws -> T) throws -> T {
        try session.write(reason: lateReason ?? reason, pins: [signer: pin.value], body)
    }

    /// The instant and the signer; `defaultSigner` replaces the user when --by is not given.
    func resolve(_ session: Session, defaultSigner: String? = nil) throws -> (Instant, String) {
        let when = try session.workTime(at)
        let signer = by ?? defaultSigner ?? session.login
        try TicketArgs.person(signer, "--by", session)
        return (when, signer)
    }
}

/// `NUMBER [--at TIME] [--by LOGIN]`: what every step on an existing ticket takes.
struct TicketStepOptions: ParsableArguments {
    @Argument(help: Help.ticketNumber) var number: String?
    @OptionGroup var sign: TicketSignOptions
}

/// What a step builder sees: the session and the ticket as stored.
struct TicketStepInput {
    let session: Session
    let ticket: Ticket

    /// A login given in an option, checked to be a person in the store.
    func person(_ login: String?, _ option: String, _ what: String) throws -> String {
        let login = try TicketArgs.required(login, option, what)
        try TicketArgs.person(login, String(option.prefix { $0 != " " }), session)
        return login
    }
}

/// Records steps on an existing ticket: the one path every step subcommand takes.
enum TicketStepRunner {
    /// Opens the session, loads the ticket, builds the steps (which checks the options), resolves
    /// --at and --by (`defaultSigner` when --by is absent), records every step at the same instant
    /// in one transaction (all or nothing), and prints `NUMBER STATE`.
    static func run(_ global: GlobalOptions, _ options: TicketStepOptions, defaultSigner: String? = nil,
                    _ build: (TicketStepInput) throws -> [TicketStep]) throws {
        try refusing {
            let number = try TicketArgs.number(options.number)
            let session = try Session.open(global)
            guard let ticket = try Refusal.guarding({ try session.store.ticket(number) }) else {
                throw Refusal(en: "no ticket \(number)", zh: "没有维修单 \(number)")
            }
            let steps = try build(TicketStepInput(session: session, ticket: ticket))
            let (when, by) = try options.sign.resolve(session, defaultSigner: defaultSigner)
            let after = try options.sign.write(session, signer: by) { rec in
                var t = ticket
                for step in steps {
                    t = try rec.recordTicketStep(number, TicketEvent(at: when, by: by, step: step), calendar: session.calendar)
                }
                return t
            }
            print("\(number) \(after.state.rawValue)")
        }
    }
}

/// Parsing and checking option values; every failure is a one-line exit-1 refusal naming the option.
enum TicketArgs {
    static func number(_ text: String?) throws -> TicketNumber {
        let text = try required(text, "NUMBER", "the ticket number (WX-YYYY-NNNNNN)")
        guard let n = TicketNumber(parsing: text) else {
            throw Refusal("'\(text)' is not a ticket number: give WX-YYYY-NNNNNN (e.g. WX-2026-000001)")
        }
        return n
    }

    /// The value of a required option, or a refusal saying which option to give. An empty value is
    /// passed on, so the rule that needs it is the one that refuses (e.g. R40 for --work "").
    static func required(_ value: String?, _ option: String, _ what: String) throws -> String {
        guard let value else { throw Refusal("missing \(option): give \(what)") }
        return value
    }

    /// One word of a closed list (the enum's raw values).
    static func choice<E: RawRepresentable & CaseIterable>(_ value: String, _ option: String) throws -> E where E.RawValue == String {
        if let e = E(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased()) { return e }
        throw Refusal("\(option) must be one of \(words(E.self)), not '\(value)'")
    }

    /// A required word of a closed list.
    static func choice<E: RawRepresentable & CaseIterable>(required value: String?, _ option: String) throws -> E where E.RawValue == String {
        try choice(try required(value, "\(option) \(words(E.self, separator: "|"))", "one of \(words(E.self))"), option)
    }

    static func words<E: RawRepresentable & CaseIterable>(_: E.Type, separator: String = ", ") -> String where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: separator)
    }

    /// yes/no in the forms the CSV import accepts.
    static func yesNo(_ value: String, _ option: String) throws -> Bool {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true", "1", "是": return true
        case "no", "n", "false", "0", "否": return false
        default: throw Refusal("\(option) must be yes or no, not '\(value)'")
        }
    }

    static func time(_ text: String, _ option: String, _ session: Session) throws -> Instant {
        try TimeArguments.time(text, option, session.calendar)
    }

    static func day(_ text: String, _ option: String) throws -> Day {
        try TimeArguments.day(text, option)
    }

    /// The login must be a person in the store (R2).
    static func person(_ login: String, _ option: String, _ session: Session) throws {
        if try Refusal.guarding({ try session.store.person(login) }) == nil {
            throw Refusal("R2: \(option): no person '\(login)' in the store")
        }
    }

    /// A line on stderr that is not an error.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
