import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds org add|list|show|blacklist|publish`: the registry of radiation health technical service
/// organisations (放射卫生技术服务机构, R85–R89). Every change is a new version with its effective day.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: Help.text(en: "Testing organisations: qualification scope and validity, provincial publication, blacklist; every change versioned (R85–R89).",
                            zh: "检测机构：资质范围与有效期、省级公布、黑名单；每次变更都留有版本（R85–R89）。"),
        subcommands: [Add.self, List.self, Show.self, Blacklist.self, Publish.self])

    static var codeHelp: ArgumentHelp { Help.text(en: "The organisation's short code, e.g. jl-oph.", zh: "检测机构的简码，如 jl-oph。") }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: Help.text(en: "Register an organisation, or record a new version of one (changed scope, validity, name…) from --effective (R89).",
                                zh: "登记检测机构，或自 --effective 起记录其新版本（资质范围、有效期、名称等变更，R89）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: OrgCommand.codeHelp) var code: String
        @Option(help: Help.text(en: "Its name.", zh: "机构名称。")) var name: String
        @Option(name: .customLong("credit-code"), help: Help.text(en: "Unified social credit code.", zh: "统一社会信用代码。")) var creditCode = ""
        @Option(help: Help.text(en: "Qualification certificate number.", zh: "资质证书编号。")) var certificate: String
        @Option(name: .customLong("scope-standard"), help: Help.text(en: "A standard the qualification covers, e.g. WS76-2020; repeat.",
                                                                     zh: "资质覆盖的标准，如 WS76-2020；可重复。")) var scopeStandard: [String] = []
        @Option(name: .customLong("scope-kind"), help: Help.text(en: "A kind of test it covers: acceptance, status, stability; repeat.",
                                                                 zh: "资质覆盖的检测类型：acceptance、status、stability；可重复。")) var scopeKind: [String] = []
        @Option(name: .customLong("valid-from"), help: Help.text(en: "First day of the qualification.", zh: "资质有效期起。")) var validFrom: String
        @Option(name: .customLong("valid-until"), help: Help.text(en: "Last day of the qualification.", zh: "资质有效期止。")) var validUntil: String
        @Option(help: Help.text(en: "The day this version takes effect (default: --valid-from for a new organisation, today for a change).",
                                zh: "此版本的生效日期（默认：新机构为 --valid-from，变更为今天）。")) var effective: String?
        @Option(help: Help.text(en: "What changed (kept with the version).", zh: "变更内容（随版本保存）。")) var change = ""

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let kinds = try scopeKind.map { k in
                    guard let v = QCTestKind(rawValue: k) else {
                        throw Refusal(en: "--scope-kind must be acceptance, status or stability, not '\(k)'", zh: "--scope-kind 须为 acceptance、status 或 stability，而不是“\(k)”")
                    }
                    return v
                }
                let previous = try Refusal.guarding { try session.store.organisationHistory(code) }.last?.version
                let from = try TimeArguments.day(validFrom, "--valid-from")
                var org = previous ?? TestingOrganisation(code: code, name: name, certificate: certificate, scopeStandards: [], scopeKinds: [],
                                                          validFrom: from, validUntil: from, effective: from)
                org.name = name; org.creditCode = creditCode; org.certificate = certificate
                org.scopeStandards = Set(scopeStandard.map { QCStandards.standard($0)?.code ?? $0 }); org.scopeKinds = Set(kinds)
                org.validFrom = from; org.validUntil = try TimeArguments.day(validUntil, "--valid-until")
                org.effective = try TimeArguments.day(effective, "--effective") ?? (previous == nil ? from : session.today)
                try session.write { try $0.saveOrganisation(org, change: change.isEmpty ? (previous == nil ? "registered" : "changed") : change) }
                print("org \(code) \(org.effective)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "Every organisation as it stands on --on (default today).",
                                                                            zh: "截至 --on（默认今天）的全部检测机构。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: Help.text(en: "The day (default: today).", zh: "日期（默认：今天）。")) var on: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                let list = try Refusal.guarding { try session.store.organisations(on: day) }
                try output.print(QCCommand.output(session, global).organisations(list, on: day, format: output.format))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text(en: "Every version of one organisation, with what changed (R89).",
                                                                            zh: "一家检测机构的全部版本及变更内容（R89）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: OrgCommand.codeHelp) var code: String

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                let versions = try Refusal.guarding { try session.store.organisationHistory(code) }
                if versions.isEmpty { throw Refusal(en: "no testing organisation '\(code)'", zh: "没有检测机构“\(code)”") }
                try output.print(QCCommand.output(session, global).history(versions, format: output.format))
            }
        }
    }

    struct Blacklist: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "blacklist", abstract: Help.text(en: "Put an organisation on the blacklist from a day, with the source (J21-6, R85).",
                                                                            zh: "自某日起将检测机构纳入黑名单，并注明来源（J21-6、R85）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: OrgCommand.codeHelp) var code: String
        @Option(help: Help.text(en: "The day (default: today).", zh: "日期（默认：今天）。")) var on: String?
        @Option(help: Help.text(en: "Where it was published, e.g. the provincial health commission's portal.", zh: "公布来源，如 吉林省卫生健康委门户网站。")) var source: String

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.blacklistOrganisation(code, on: day, source: source) }
                print("org \(code) blacklisted \(day)")
            }
        }
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "publish", abstract: Help.text(en: "Record the organisation's publication on a provincial portal (J21-4); see rule.qc-publication-province.",
                                                                            zh: "记录检测机构在省级门户网站公布资质认可信息（J21-4）；见 rule.qc-publication-province。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: OrgCommand.codeHelp) var code: String
        @Option(help: Help.text(en: "The province, as the registry writes it (e.g. Jilin in Chinese).", zh: "省份，如 吉林。")) var province: String
        @Option(help: Help.text(en: "The day of publication (default: today).", zh: "公布日期（默认：今天）。")) var on: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try TimeArguments.day(on, "--on") ?? session.today
                try session.write { try $0.publishOrganisation(code, province: province, on: day) }
                print("org \(code) published \(province) \(day)")
            }
        }
    }
}
