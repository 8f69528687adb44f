import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds scrap …`: scrapping requests (报废, R62–R65).
struct ScrapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrap",
        abstract: Help.text(en: "Scrapping: request, technical appraisal, approvals, completion (the device becomes read-only for ever).",
                            zh: "报废：申请、技术鉴定、审批、完成（设备从此只读）。"),
        subcommands: [Request.self, Appraise.self, Approve.self, Complete.self, Withdraw.self, Show.self])

    /// The help of the ID argument that every step after the request takes.
    static var requestHelp: ArgumentHelp {
        Help.text(en: "The scrapping request's id (printed by `scrap request`).", zh: "报废申请编号（由 `scrap request` 打印）。")
    }

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "request", abstract: Help.text(en: "Request scrapping of one or more devices; prints the request id (R62).",
                                                                            zh: "申请报废一台或多台设备；打印申请编号（R62）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.deviceTags) var devices: [String]
        @Option(help: Help.text(en: "Why (required).",
                                zh: "原因（必填）。")) var reason: String
        @Option(help: Help.text(en: "The devices' condition.",
                                zh: "设备状况。")) var condition = ""
        @Option(name: .customLong("repair-summary"), help: Help.text(en: "Summary of the repair history.",
                                                                     zh: "维修历史摘要。")) var repairSummary = ""
        @Option(parsing: .unconditional, help: Help.text(en: "Remaining value in yuan (0 to 9999999999.99).",
                                                         zh: "残值（元，0 至 9999999999.99）。")) var value = "0"

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
        guard let r = try session.store.scrapRequest(id) else { throw Refusal(en: "no scrapping request \(id)", zh: "没有报废申请 \(id)") }
        let chain = try session.store.scrapChain(r)
        let state = r.isCompleted ? "completed" : r.isWithdrawn ? "withdrawn" : (r.nextApprover(chain).map { "awaiting \($0.rawValue)" } ?? "approved")
        print("scrap \(id) \(state): \(r.devices.joined(separator: " ")); chain \(chain.map(\.rawValue).joined(separator: " -> "))")
    }

    struct Appraise: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "appraise", abstract: Help.text(en: "Record the technical appraisal organised by hospital leadership (R63).",
                                                                            zh: "记录由院领导组织的技术鉴定（R63）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: ScrapCommand.requestHelp) var id: Int64
        @Option(help: Help.text(en: "Who organised it (login).",
                                zh: "组织人（登录名）。")) var organiser: String
        @Option(help: Help.text(en: "Panel members, ;-separated.",
                                zh: "鉴定小组成员，以 ; 分隔。")) var panel: String
        @Option(help: Help.text(en: "The conclusion.",
                                zh: "结论。")) var conclusion: String
        func run() throws {
            try ScrapCommand.step(global, id, .appraised(organiser: organiser, panel: panel.split(separator: ";").map(String.init), conclusion: conclusion))
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: Help.text(en: "Approve as the user, in the role the chain asks for next (R63–R64).",
                                                                            zh: "以当前用户身份、按审批链要求的下一个角色审批（R63–R64）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: ScrapCommand.requestHelp) var id: Int64
        @Option(help: Help.text(en: "The role you approve in (default: the next one in the chain).",
                                zh: "你审批时的角色（默认：审批链中的下一个）。")) var role: String?
        @Option(help: Help.text(en: "A note.",
                                zh: "备注。")) var note = ""
        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let r = try session.store.scrapRequest(id) else { throw Refusal(en: "no scrapping request \(id)", zh: "没有报废申请 \(id)") }
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
        static let configuration = CommandConfiguration(commandName: "complete", abstract: Help.text(en: "Complete: every device becomes scrapped and read-only (R65, R8).",
                                                                            zh: "完成报废：每台设备变为已报废且只读（R65、R8）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: ScrapCommand.requestHelp) var id: Int64
        func run() throws { try ScrapCommand.step(global, id, .completed) }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "withdraw", abstract: Help.text(en: "Withdraw the request; its devices go back to stopped.",
                                                                            zh: "撤回申请；其设备恢复为停用。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: ScrapCommand.requestHelp) var id: Int64
        @Option(help: Help.why) var reason: String
        func run() throws { try ScrapCommand.step(global, id, .withdrawn(reason: reason)) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "A scrapping request and its steps.",
                                                                            zh: "一份报废申请及其各步骤。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: ScrapCommand.requestHelp) var id: Int64
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
