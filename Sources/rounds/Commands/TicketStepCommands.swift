import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// One subcommand per `TicketStep`, named in kebab-case after it. Each only turns its options into
/// the step; `TicketStepRunner` does the rest (session, number, signer, one transaction, output).
enum TicketSteps {
    // MARK: The main line

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a repairer (R37); again later = reassign.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The repairer's login (engineer role). Required.") var to: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.assigned(to: try input.person(to, "--to LOGIN", "the repairer's login"))]
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register receipt of the device (R39) and start the repair; guarded by R46, R47, R50.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The device's condition and accessories on receipt (R39).") var condition: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                input.ticket.state == .received ? [.started] : [.received(condition: condition), .started]
            }
        }
    }

    struct Repaired: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The repair record, signed by the repairer (R40–R43).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The work done. Required.") var work: String?
        @Option(help: "component, wear, operation, environment or other. Required.") var cause: String?
        @Option(help: "Feedback to the clinical department; required when the cause is operation (R43).") var feedback: String?
        @Flag(name: .customLong("major-part-replaced"), help: "An important part was replaced (R78: radiation devices need an acceptance test).")
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
            abstract: "The department signs the device back into service (R42); ends downtime. Signed by the recipient.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Who takes the device back (of its department, or its custodian). Required; signs unless --by is given.")
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
        static let configuration = CommandConfiguration(abstract: "Close the work order (after the sign-off, or an approved scrapping).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.closed] } }
    }

    // MARK: Reports and damage by fault

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a further fault report to the ticket (R103).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "What is wrong, as reported. Required.") var fault: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.additionalReport(fault: try TicketArgs.required(fault, "--fault TEXT", "the fault as reported"))]
            }
        }
    }

    struct Damage: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Answer or change \"damage by fault?\" (R46, R47; R48 after the start).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "yes, no or undetermined. Required.") var answer: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.damageClassified(answer: try TicketArgs.choice(required: answer, "--answer"))]
            }
        }
    }

    struct ReportToLeadership: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report-to-leadership", abstract: "Record the report of a damage by fault to hospital leadership (R46 a).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The leader reported to (login or name). Required.") var leader: String?
        @Option(help: "What was reported. Required.") var content: String?
        @Option(help: "How: in person, phone, written report…") var channel: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.reportedToLeadership(leader: try TicketArgs.required(leader, "--leader LOGIN", "the leader reported to"),
                                       channel: channel,
                                       content: try TicketArgs.required(content, "--content TEXT", "what was reported"))]
            }
        }
    }

    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the established facts of a damage by fault (查明情况, R46 b).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The established facts. Required.") var facts: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.factsEstablished(facts: try TicketArgs.required(facts, "--facts TEXT", "the established facts"))]
            }
        }
    }

    // MARK: Approvals and outside repair

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "An approval by the signer: external-repairer, off-site, deferral, refusal (equipment head) or scrapping (director).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "external-repairer, off-site, deferral, refusal or scrapping. Required.") var kind: String?
        @Option(help: "Free text.") var note: String = ""
        @Option(name: .customLong("verbal-at"), help: "A verbal approval recorded afterwards: when it was given (R50).") var verbalAt: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.approval(kind: try TicketArgs.choice(required: kind, "--kind"), note: note,
                           verbalAt: try verbalAt.map { try TicketArgs.time($0, "--verbal-at", input.session) })]
            }
        }
    }

    struct ExternalRepairer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "external-repairer", abstract: "The repairer is not hospital staff (R50: needs approval before work starts).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The repairer's name. Required.") var name: String?
        @Option(help: "The repairer's company. Required.") var company: String?
        @Option(help: "Phone or other contact.") var contact: String = ""

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
            commandName: "emergency-external", abstract: "Emergency external repair: repair first, justify afterwards (R49).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Why it could not wait. Required.") var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.emergencyExternal(reason: try TicketArgs.required(reason, "--reason TEXT", "why the repair could not wait"))]
            }
        }
    }

    struct Justify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The justification owed after an emergency external repair (R49).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The justification. Required.") var text: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.justification(text: try TicketArgs.required(text, "--text TEXT", "the justification"))]
            }
        }
    }

    struct OffSite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "off-site", abstract: "The device leaves the hospital for repair (R51: needs an off-site approval first).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Where it goes. Required.") var destination: String?
        @Option(help: "Who repairs it there. Required.") var vendor: String?
        @Option(name: .customLong("expected-return"), help: "When it is expected back (YYYY-MM-DD).") var expectedReturn: String?

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
            commandName: "back-on-site", abstract: "The device is back from off-site repair, with the incoming inspection (R51).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The incoming inspection on return. Required.") var inspection: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.backOnSite(inspection: try TicketArgs.required(inspection, "--inspection TEXT", "the incoming inspection on return"))]
            }
        }
    }

    // MARK: Waiting

    struct WaitParts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "wait-parts", abstract: "Pause the repair: waiting for parts.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Which parts, ordered where.") var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.waitingParts(note: note)] } }
    }

    struct WaitVendor: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "wait-vendor", abstract: "Pause the repair: waiting for the vendor.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Free text.") var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.waitingVendor(note: note)] } }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Back to work after waiting, a deferral, or a withdrawn scrapping proposal.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.resumed] } }
    }

    // MARK: Warranty and vendor

    struct NotifyManufacturer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify-manufacturer", abstract: "The manufacturer of a device under warranty was notified (R44).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "How: phone, e-mail, service portal…") var channel: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.manufacturerNotified(channel: channel)] } }
    }

    struct VendorLate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vendor-late", abstract: "The manufacturer or vendor missed the agreement's terms (R45).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "What the vendor failed to do. Required.") var note: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.vendorLate(note: try TicketArgs.required(note, "--note TEXT", "what the vendor failed to do"))]
            }
        }
    }

    // MARK: Key equipment (R53, R54)

    struct CannotRepairInTime: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cannot-repair-in-time", abstract: "Mark key equipment \"cannot be repaired in time\" before the automatic limit (R53).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Free text.") var note: String = ""

        func run() throws { try TicketStepRunner.run(global, options) { _ in [.cannotRepairInTime(note: note)] } }
    }

    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The department or the equipment head was told (R53 a).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "department or equipment-head. Required.") var party: String?
        @Option(help: "Who was told (login). Required.") var person: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { input in
                [.notified(party: try TicketArgs.choice(required: party, "--party"),
                           person: try input.person(person, "--person LOGIN", "who was told"))]
            }
        }
    }

    struct Substitute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A substitute device was put in place (R53 b); see `rounds ticket substitutes` for candidates.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The substitute's tag, or a description of a device not in the archive. Required.") var device: String?
        @Option(help: "own-spare, other-department, borrowed, vendor-loan or rental. Required.") var source: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.substitute(device: try TicketArgs.required(device, "--device TAG", "the substitute device"),
                             source: try TicketArgs.choice(required: source, "--source"))]
            }
        }
    }

    struct SubstituteReturned: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "substitute-returned", abstract: "The substitute went back (R54).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "The substitute, as recorded. Required.") var device: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.substituteReturned(device: try TicketArgs.required(device, "--device TAG", "the substitute device, as recorded"))]
            }
        }
    }

    // MARK: Priority, deferral, refusal, cancellation, scrapping

    struct Priority: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Override the ticket's priority (R104).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "emergency, urgent, routine or deferred. Required.") var set: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in [.prioritySet(priority: try TicketArgs.choice(required: set, "--set"))] }
        }
    }

    struct Defer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "defer", abstract: "Postpone the request (R38: the equipment head signs, or approved a deferral).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Why. Required.") var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.deferred(reason: try TicketArgs.required(reason, "--reason TEXT", "a reason for deferring"))]
            }
        }
    }

    struct Refuse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refuse the request (R38: the equipment head signs, or approved a refusal).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Why. Required.") var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.refused(reason: try TicketArgs.required(reason, "--reason TEXT", "a reason for refusing"))]
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a duplicate or false report (R101); other needs --text.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "duplicate, false-report or other. Required.") var reason: String?
        @Option(help: "An explanation (required with other).") var text: String = ""

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.cancelled(reason: try TicketArgs.choice(required: reason, "--reason"), text: text)]
            }
        }
    }

    struct ProposeScrap: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "propose-scrap", abstract: "The repairer proposes scrapping instead of repair (R62; approval R63).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: TicketStepOptions
        @Option(help: "Why repair is not worth it. Required.") var reason: String?

        func run() throws {
            try TicketStepRunner.run(global, options) { _ in
                [.proposedForScrap(reason: try TicketArgs.required(reason, "--reason TEXT", "the reason for scrapping"))]
            }
        }
    }
}
