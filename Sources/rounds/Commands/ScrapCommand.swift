import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds scrap …`: scrapping requests (报废, R62–R65).
struct ScrapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrap",
        abstract: "Scrapping: request, technical appraisal, approvals, completion (the device becomes read-only for ever).",
        subcommands: [Request.self, Appraise.self, Approve.self, Complete.self, Withdraw.self, Show.self])

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Request scrapping of one or more devices; prints the request id (R62).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Device tags.") var devices: [String]
        @Option(help: "Why (required).") var reason: String
        @Option(help: "The devices' condition.") var condition = ""
        @Option(name: .customLong("repair-summary"), help: "Summary of the repair history.") var repairSummary = ""
        @Option(parsing: .unconditional, help: "Remaining value in yuan (0 to 9999999999.99).") var value = "0"

        func run() throws {
            try refusing {
                let fen = try ValueArguments.fen(value, "--value")
                let session = try Session.open(global)
                let id = try Refusal.guarding {
                    try session.write() {
                        try $0.requestScrapping(devices: devices, reason: reason, condition: condition, repairSummary: repairSummary,
                                                remainingValueFen: fen)
                    }
                }
                print(id)
            }
        }
    }

    /// Records one step as the user and prints what is still needed.
    static func step(_ global: GlobalOptions, _ id: Int64, _ step: ScrapStep) throws {
        try refusing {
            let session = try Session.open(global)
            try session.write { try $0.recordScrapStep(id, step) }
            try printState(session, id)
        }
    }

    static func printState(_ session: Session, _ id: Int64) throws {
        guard let r = try session.store.scrapRequest(id) else { throw Refusal("no scrapping request \(id)") }
        let chain = try session.store.scrapChain(r)
        let state = r.isCompleted ? "completed" : r.isWithdrawn ? "withdrawn" : (r.nextApprover(chain).map { "awaiting \($0.rawValue)" } ?? "approved")
        print("scrap \(id) \(state): \(r.devices.joined(separator: " ")); chain \(chain.map(\.rawValue).joined(separator: " -> "))")
    }

    struct Appraise: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the technical appraisal organised by hospital leadership (R63).")
        @OptionGroup var global: GlobalOptions
        @Argument var id: Int64
        @Option(help: "Who organised it (login).") var organiser: String
        @Option(help: "Panel members, ;-separated.") var panel: String
        @Option(help: "The conclusion.") var conclusion: String
        func run() throws {
            try ScrapCommand.step(global, id, .appraised(organiser: organiser, panel: panel.split(separator: ";").map(String.init), conclusion: conclusion))
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve as the user, in the role the chain asks for next (R63–R64).")
        @OptionGroup var global: GlobalOptions
        @Argument var id: Int64
        @Option(help: "The role you approve in (default: the next one in the chain).") var role: String?
        @Option(help: "A note.") var note = ""
        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let r = try session.store.scrapRequest(id) else { throw Refusal("no scrapping request \(id)") }
                let asRole: Role
                if let role {
                    guard let parsed = Role(rawValue: role) else { throw Refusal("--role '\(role)' is not a role") }
                    asRole = parsed
                } else {
                    guard let next = r.nextApprover(try session.store.scrapChain(r)) else { throw Refusal("R64: every approval is already recorded") }
                    asRole = next
                }
                try session.write { try $0.recordScrapStep(id, .approved(role: asRole, note: note)) }
                try ScrapCommand.printState(session, id)
            }
        }
    }

    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Complete: every device becomes scrapped and read-only (R65, R8).")
        @OptionGroup var global: GlobalOptions
        @Argument var id: Int64
        func run() throws { try ScrapCommand.step(global, id, .completed) }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw the request; its devices go back to stopped.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: Int64
        @Option(help: "Why.") var reason: String
        func run() throws { try ScrapCommand.step(global, id, .withdrawn(reason: reason)) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A scrapping request and its steps.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: Int64
        func run() throws {
            try refusing {
                let session = try Session.open(global)
                try ScrapCommand.printState(session, id)
                guard let r = try session.store.scrapRequest(id) else { return }
                for e in r.entries { print("  \(session.calendar.format(e.at))  \(e.by)  \(e.step)") }
            }
        }
    }
}
