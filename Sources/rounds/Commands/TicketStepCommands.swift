import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// One subcommand per `TicketStep`, named in kebab-case after it. Each only turns its options into
/// the step; `TicketStepRunner` does the rest (session, number, signer, one transaction, output).
enum TicketSteps {
    // MARK: The main line

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: Help.text(en: "Assign a repairer (R37); again later = reassign.",
                                                                            zh: "派工给维修人员（R37）；再次派工即改派。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The repairer's login (engineer role). Required.",
                                zh: "维修人员的登录名（工程师角色）。必填。")) var to: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.assigned(to: try input.person(to, "--to LOGIN", "the repairer's login"))]
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", 
            abstract: Help.text(en: "Register receipt of the device (R39) and start the repair; guarded by R46, R47, R50.",
                                zh: "登记接收设备（R39）并开始维修；受 R46、R47、R50 约束。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The device's condition and accessories on receipt (R39).",
                                zh: "接收时设备的状况和附件（R39）。")) var condition: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                input.ticket.state == .received ? [.started] : [.received(condition: condition), .started]
            }
        }
    }

    struct Repaired: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "repaired", abstract: Help.text(en: "The repair record, signed by the repairer (R40–R43).",
                                                                            zh: "维修记录，由维修人员签名（R40–R43）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The work done. Required.",
                                zh: "所做的维修工作。必填。")) var work: String?
        @Option(help: Help.text(en: "component, wear, operation, environment or other. Required.",
                                zh: "component（部件）、wear（磨损）、operation（操作不当）、environment（环境）或 other（其他）。必填。")) var cause: String?
        @Option(help: Help.text(en: "Feedback to the clinical department; required when the cause is operation (R43).",
                                zh: "给临床科室的反馈；原因为 operation（操作不当）时必填（R43）。")) var feedback: String?
        @Flag(name: .customLong("major-part-replaced"), help: Help.text(en: "An important part was replaced (R78: radiation devices need an acceptance test).",
                                                                        zh: "更换了重要部件（R78：射线装置需要验收检测）。"))
        var majorPartReplaced = false

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.repaired(work: try TicketArgs.required(work, "--work TEXT", "the work done (R40)"),
                           cause: try TicketArgs.choice(required: cause, "--cause"),
                           feedback: feedback, majorPartReplaced: majorPartReplaced)]
            }
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return",
            abstract: Help.text(en: "The department signs the device back into service (R42); ends downtime. Signed by the recipient.",
                                zh: "科室签收设备、恢复使用（R42）；停机结束。由领取人签名。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "Who takes the device back (of its department, or its custodian). Required; signs unless --by is given.",
                                zh: "领回设备的人（该设备所属科室的人员或其保管人）。必填；未给 --by 时由其签名。"))
        var recipient: String?

        func run() throws {
            try TicketStepRunner.run(global, options, defaultSigner: recipient) { input in
                let who = try input.person(recipient, "--recipient LOGIN", "who takes the device back")
                // The recipient signs the device back (R42, CONTRACT "Signatures"), nobody in their name.
                if let by = options.sign.by, by != who {
                    throw Refusal("R42: the recipient (\(who)) signs the device back, not \(by): leave out --by, and give \(who)'s own PIN with --pin")
                }
                return [.returned(recipient: who)]
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: Help.text(en: "Close the work order (after the sign-off, or an approved scrapping).",
                                                                            zh: "关闭维修单（签收之后，或报废获批之后）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.closed] } }
    }

    // MARK: Reports and damage by fault

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", abstract: Help.text(en: "Add a further fault report to the ticket (R103).",
                                                                            zh: "为维修单追加一次故障报告（R103）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.fault) var fault: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.additionalReport(fault: try TicketArgs.required(fault, "--fault TEXT", "the fault as reported"))]
            }
        }
    }

    struct Damage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "damage", abstract: Help.text(en: "Answer or change \"damage by fault?\" (R46, R47; R48 after the start).",
                                                                            zh: "回答或更改“是否责任性损坏？”（R46、R47；开始维修后为 R48）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "yes, no or undetermined. Required.",
                                zh: "yes、no 或 undetermined（待定）。必填。")) var answer: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.damageClassified(answer: try TicketArgs.choice(required: answer, "--answer"))]
            }
        }
    }

    struct ReportToLeadership: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report-to-leadership", abstract: Help.text(en: "Record the report of a damage by fault to hospital leadership (R46 a).",
                                                                     zh: "记录向院领导报告责任性损坏（R46 a）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The leader reported to (login or name). Required.",
                                zh: "报告对象的领导（登录名或姓名）。必填。")) var leader: String?
        @Option(help: Help.text(en: "What was reported. Required.",
                                zh: "报告的内容。必填。")) var content: String?
        @Option(help: Help.text(en: "How: in person, phone, written report…",
                                zh: "方式：当面、电话、书面报告……")) var channel: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.reportedToLeadership(leader: try TicketArgs.required(leader, "--leader LOGIN", "the leader reported to"),
                                       channel: channel,
                                       content: try TicketArgs.required(content, "--content TEXT", "what was reported"))]
            }
        }
    }

    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "facts", abstract: Help.text(en: "Record the established facts of a damage by fault (R46 b).",
                                                                            zh: "记录责任性损坏的查明情况（R46 b）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The established facts. Required.",
                                zh: "查明的情况。必填。")) var facts: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.factsEstablished(facts: try TicketArgs.required(facts, "--facts TEXT", "the established facts"))]
            }
        }
    }

    // MARK: Approvals and outside repair

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", 
            abstract: Help.text(en: "An approval by the signer: external-repairer, off-site, deferral, refusal (equipment head) or scrapping (director).",
                                zh: "签名人的审批：external-repairer（外部维修）、off-site（外送维修）、deferral（暂缓）、refusal（拒绝）（设备科主任）或 scrapping（报废，院领导）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "external-repairer, off-site, deferral, refusal or scrapping. Required.",
                                zh: "external-repairer、off-site、deferral、refusal 或 scrapping。必填。")) var kind: String?
        @Option(help: Help.freeText) var note: String = ""
        @Option(name: .customLong("verbal-at"), help: Help.text(en: "A verbal approval recorded afterwards: when it was given (R50).",
                                                                zh: "事后登记的口头批准：批准的时间（R50）。")) var verbalAt: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.approval(kind: try TicketArgs.choice(required: kind, "--kind"), note: note,
                           verbalAt: try verbalAt.map { try TicketArgs.time($0, "--verbal-at", input.session) })]
            }
        }
    }

    struct ExternalRepairer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "external-repairer", abstract: Help.text(en: "The repairer is not hospital staff (R50: needs approval before work starts).",
                                                                  zh: "维修人员不是本院职工（R50：须在开工前获批）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The repairer's name. Required.",
                                zh: "维修人员姓名。必填。")) var name: String?
        @Option(help: Help.text(en: "The repairer's company. Required.",
                                zh: "维修人员所在公司。必填。")) var company: String?
        @Option(help: Help.text(en: "Phone or other contact.",
                                zh: "电话或其他联系方式。")) var contact: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.externalRepairer(name: try TicketArgs.required(name, "--name TEXT", "the external repairer's name"),
                                   company: try TicketArgs.required(company, "--company TEXT", "the external repairer's company"),
                                   contact: contact)]
            }
        }
    }

    struct EmergencyExternal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "emergency-external", abstract: Help.text(en: "Emergency external repair: repair first, justify afterwards (R49).",
                                                                   zh: "紧急外部维修：先修，事后说明理由（R49）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "Why it could not wait. Required.",
                                zh: "为何不能等待。必填。")) var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.emergencyExternal(reason: try TicketArgs.required(reason, "--reason TEXT", "why the repair could not wait"))]
            }
        }
    }

    struct Justify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "justify", abstract: Help.text(en: "The justification owed after an emergency external repair (R49).",
                                                                            zh: "紧急外部维修后应补交的理由说明（R49）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The justification. Required.",
                                zh: "理由说明。必填。")) var text: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.justification(text: try TicketArgs.required(text, "--text TEXT", "the justification"))]
            }
        }
    }

    struct OffSite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "off-site", abstract: Help.text(en: "The device leaves the hospital for repair (R51: needs an off-site approval first).",
                                                         zh: "设备离院外送维修（R51：须先获外送审批）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "Where it goes. Required.",
                                zh: "送往何处。必填。")) var destination: String?
        @Option(help: Help.text(en: "Who repairs it there. Required.",
                                zh: "在那里由谁维修。必填。")) var vendor: String?
        @Option(name: .customLong("expected-return"), help: Help.text(en: "When it is expected back (YYYY-MM-DD).",
                                                                      zh: "预计返回日期（YYYY-MM-DD）。")) var expectedReturn: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.sentOffSite(destination: try TicketArgs.required(destination, "--destination TEXT", "where the device goes"),
                              vendor: try TicketArgs.required(vendor, "--vendor TEXT", "who repairs it there"),
                              expectedReturn: try expectedReturn.map { try TicketArgs.day($0, "--expected-return") })]
            }
        }
    }

    struct BackOnSite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "back-on-site", abstract: Help.text(en: "The device is back from off-site repair, with the incoming inspection (R51).",
                                                             zh: "设备外送维修返回，并做入院检验（R51）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The incoming inspection on return. Required.",
                                zh: "返回时的入院检验。必填。")) var inspection: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.backOnSite(inspection: try TicketArgs.required(inspection, "--inspection TEXT", "the incoming inspection on return"))]
            }
        }
    }

    // MARK: Waiting

    struct WaitParts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "wait-parts", abstract: Help.text(en: "Pause the repair: waiting for parts.",
                                                                                                       zh: "暂停维修：等待配件。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "Which parts, ordered where.",
                                zh: "哪些配件，向何处订购。")) var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.waitingParts(note: note)] } }
    }

    struct WaitVendor: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "wait-vendor", abstract: Help.text(en: "Pause the repair: waiting for the vendor.",
                                                                                                        zh: "暂停维修：等待厂家。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.freeText) var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.waitingVendor(note: note)] } }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: Help.text(en: "Back to work after waiting, a deferral, or a withdrawn scrapping proposal.",
                                                                            zh: "等待、暂缓或撤回报废建议之后恢复维修。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.resumed] } }
    }

    // MARK: Warranty and vendor

    struct NotifyManufacturer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify-manufacturer", abstract: Help.text(en: "The manufacturer of a device under warranty was notified (R44).",
                                                                    zh: "已通知保修期内设备的生产厂家（R44）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "How: phone, e-mail, service portal…",
                                zh: "方式：电话、电子邮件、服务平台……")) var channel: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.manufacturerNotified(channel: channel)] } }
    }

    struct VendorLate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vendor-late", abstract: Help.text(en: "The manufacturer or vendor missed the agreement's terms (R45).",
                                                            zh: "生产厂家或供应商未履行协议条款（R45）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "What the vendor failed to do. Required.",
                                zh: "供应商未做到的事项。必填。")) var note: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.vendorLate(note: try TicketArgs.required(note, "--note TEXT", "what the vendor failed to do"))]
            }
        }
    }

    // MARK: Key equipment (R53, R54)

    struct CannotRepairInTime: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cannot-repair-in-time", abstract: Help.text(en: "Mark key equipment \"cannot be repaired in time\" before the automatic limit (R53).",
                                                                      zh: "在自动时限之前将关键设备标记为“不能及时修复”（R53）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.freeText) var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.cannotRepairInTime(note: note)] } }
    }

    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "notify", abstract: Help.text(en: "The department or the equipment head was told (R53 a).",
                                                                            zh: "已告知科室或设备科主任（R53 a）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "department or equipment-head. Required.",
                                zh: "department（科室）或 equipment-head（设备科主任）。必填。")) var party: String?
        @Option(help: Help.text(en: "Who was told (login). Required.",
                                zh: "告知了谁（登录名）。必填。")) var person: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.notified(party: try TicketArgs.choice(required: party, "--party"),
                           person: try input.person(person, "--person LOGIN", "who was told"))]
            }
        }
    }

    struct Substitute: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "substitute", 
            abstract: Help.text(en: "A substitute device was put in place (R53 b); see `rounds ticket substitutes` for candidates.",
                                zh: "已安排替代设备（R53 b）；候选设备见 `rounds ticket substitutes`。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The substitute's tag, or a description of a device not in the archive. Required.",
                                zh: "替代设备的资产编号，或对档案外设备的描述。必填。")) var device: String?
        @Option(help: Help.text(en: "own-spare, other-department, borrowed, vendor-loan or rental. Required.",
                                zh: "own-spare（本科备用）、other-department（他科调配）、borrowed（借用）、vendor-loan（厂家借机）或 rental（租赁）。必填。")) var source: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.substitute(device: try TicketArgs.required(device, "--device TAG", "the substitute device"),
                             source: try TicketArgs.choice(required: source, "--source"))]
            }
        }
    }

    struct SubstituteReturned: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "substitute-returned", abstract: Help.text(en: "The substitute went back (R54).",
                                                                                                                zh: "替代设备已归还（R54）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "The substitute, as recorded. Required.",
                                zh: "替代设备，与登记时一致。必填。")) var device: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.substituteReturned(device: try TicketArgs.required(device, "--device TAG", "the substitute device, as recorded"))]
            }
        }
    }

    // MARK: Priority, deferral, refusal, cancellation, scrapping

    struct Priority: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "priority", abstract: Help.text(en: "Override the ticket's priority (R104).",
                                                                            zh: "更改维修单的优先级（R104）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "emergency, urgent, routine or deferred. Required.",
                                zh: "emergency（紧急）、urgent（急）、routine（常规）或 deferred（暂缓）。必填。")) var set: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in [.prioritySet(priority: try TicketArgs.choice(required: set, "--set"))] }
        }
    }

    struct Defer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "defer", abstract: Help.text(en: "Postpone the request (R38: the equipment head signs, or approved a deferral).",
                                                      zh: "暂缓该申请（R38：由设备科主任签名，或其已批准暂缓）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.whyRequired) var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.deferred(reason: try TicketArgs.required(reason, "--reason TEXT", "a reason for deferring"))]
            }
        }
    }

    struct Refuse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "refuse", 
            abstract: Help.text(en: "Refuse the request (R38: the equipment head signs, or approved a refusal).",
                                zh: "拒绝该申请（R38：由设备科主任签名，或其已批准拒绝）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.whyRequired) var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.refused(reason: try TicketArgs.required(reason, "--reason TEXT", "a reason for refusing"))]
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cancel", abstract: Help.text(en: "Cancel a duplicate or false report (R101); other needs --text.",
                                                                            zh: "取消重复或误报的申请（R101）；other 需要 --text。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "duplicate, false-report or other. Required.",
                                zh: "duplicate（重复）、false-report（误报）或 other（其他）。必填。")) var reason: String?
        @Option(help: Help.text(en: "An explanation (required with other).",
                                zh: "说明（选 other 时必填）。")) var text: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.cancelled(reason: try TicketArgs.choice(required: reason, "--reason"), text: text)]
            }
        }
    }

    struct ProposeScrap: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "propose-scrap", abstract: Help.text(en: "The repairer proposes scrapping instead of repair (R62; approval R63).",
                                                              zh: "维修人员建议报废而不修（R62；审批见 R63）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: Help.text(en: "Why repair is not worth it. Required.",
                                zh: "为何不值得维修。必填。")) var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.proposedForScrap(reason: try TicketArgs.required(reason, "--reason TEXT", "the reason for scrapping"))]
            }
        }
    }
}
