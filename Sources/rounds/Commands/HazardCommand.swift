import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds hazard list|show|assign|resolve|convert`: the life cycle of hidden hazards (隐患, R16).
struct HazardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazard",
        abstract: Help.text(en: "Hidden hazards found on rounds: list them with their age, assign, resolve, or convert to a repair ticket (R16).",
                            zh: "巡检发现的隐患：按天数列出、指派、消除或转为维修单（R16）。"),
        subcommands: [List.self, Show.self, Assign.self, Resolve.self, Convert.self])

    static var idHelp: ArgumentHelp {
        Help.text(en: "The hazard's id (printed by `record inspection --result hazard`, listed by `hazard list`).",
                  zh: "隐患编号（由 `record inspection --result hazard` 打印，`hazard list` 中列出）。")
    }

    /// The printed forms as of `--now`, in the user's language, with the rule in force.
    static func output(_ session: Session, _ global: GlobalOptions) throws -> HazardOutput {
        HazardOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese,
                     rules: try Refusal.guarding { try session.store.hazardRules() })
    }

    /// Prints the hazards as of `--now` (only the open ones with `openOnly`).
    static func printList(_ global: GlobalOptions, _ scope: ReportScope, openOnly: Bool) throws {
        try refusing {
            let session = try scope.open(global)
            let hazards = try Refusal.guarding {
                try session.store.hazards(HazardFilter(openOnly: openOnly, department: scope.department), asOf: session.now)
            }
            try session.printDocument(try output(session, global).list(hazards, format: scope.format), format: scope.format, csv: scope.csv)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", 
            abstract: Help.text(en: "Every hazard as of --now: device, department, note, found, state, assignee, age in days, overdue (open more than hazard-open-days).",
                                zh: "截至 --now 的全部隐患：设备、科室、描述、发现时间、状态、负责人、天数、是否超期（超过 hazard-open-days 天未处理）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope
        @Flag(help: Help.text(en: "Only hazards not yet resolved or converted.",
                              zh: "只看尚未消除或转报修的隐患。")) var open = false

        func run() throws { try HazardCommand.printList(global, scope, openOnly: open) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "One hazard and its steps.",
                                                                            zh: "一项隐患及其处理步骤。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: HazardCommand.idHelp) var id: Int64

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                guard let hazard = try Refusal.guarding({ try session.store.hazard(id) })?.asOf(session.now) else {
                    throw Refusal(en: "no hazard \(id)", zh: "没有隐患 \(id)")
                }
                try output.print(try HazardCommand.output(session, global).show(hazard, format: output.format))
            }
        }
    }

    /// `ID [--at TIME] [--by LOGIN] [--pin PIN] [--late-reason TEXT]`: what every step takes.
    struct StepOptions: ParsableArguments {
        @Argument(help: HazardCommand.idHelp) var id: Int64
        @OptionGroup var sign: TicketSignOptions

        /// One write signed by `--by` (default the user) at `--at`: `body` records the step.
        func write<T>(_ session: Session, _ body: (Recorder, Instant, String) throws -> T) throws -> T {
            let (when, by) = try sign.resolve(session)
            return try sign.write(session, signer: by) { try body($0, when, by) }
        }

        /// Records one step and prints `hazard ID STATE`; `step` builds it from the options.
        func record(_ global: GlobalOptions, _ step: () throws -> HazardStep) throws {
            try refusing {
                let step = try step()
                let session = try Session.open(global)
                let after = try write(session) { try $0.recordHazardStep(id, HazardEvent(at: $1, by: $2, step: step)) }
                print("hazard \(after.id) \(after.state.rawValue)")
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: Help.text(en: "Make an engineer responsible for the hazard (R16); again later = reassign.",
                                                                            zh: "指派工程师负责处理该隐患（R16）；再次指派即改派。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: StepOptions
        @Option(help: Help.text(en: "The engineer's login (engineer role). Required.",
                                zh: "工程师的登录名（工程师角色）。必填。")) var to: String?

        func run() throws {
            try options.record(global) { .assigned(to: try TicketArgs.required(to, "--to LOGIN", "the engineer's login")) }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resolve", abstract: Help.text(en: "Close the hazard with what was done (R16).",
                                                                            zh: "记录处理措施并关闭该隐患（R16）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: StepOptions
        @Option(help: Help.text(en: "What was done about it. Required.",
                                zh: "所采取的处理措施。必填。")) var action: String?

        func run() throws {
            try options.record(global) { .resolved(action: try TicketArgs.required(action, "--action TEXT", "what was done (R16)")) }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "convert", 
            abstract: Help.text(en: "Convert the hazard into a repair request for its device (R16, R36); prints the ticket number.",
                                zh: "将该隐患转为其设备的维修申请（R16、R36）；打印维修单号。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: StepOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let made = try options.write(session) { try $0.convertHazard(options.id, at: $1, by: $2, calendar: session.calendar) }
                print(made.fault.number)
                if made.fault.linked { TicketArgs.note("hazard \(options.id): added to the device's open ticket \(made.fault.number) (R103)") }
            }
        }
    }
}
