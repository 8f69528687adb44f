import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

extension QCCommand {
    /// `rounds qc record`: finalises one test with a result for every item of its standard (R76,
    /// R82, R83), checked against the organisation registry (R86).
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "record", 
            abstract: Help.text(en: "Finalise a QC test: every item of the standard needs --item CODE=pass|fail|untestable (or --rest); untestable needs its evidence (R82). Prints the test id.",
                                zh: "定稿一次质控检测：标准的每个项目都须有 --item CODE=pass|fail|untestable（或 --rest）；无法检测的项目须有证明（R82）。打印检测编号。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "acceptance, status or stability.", zh: "acceptance（验收）、status（状态）或 stability（稳定性）。")) var kind: String
        @Option(help: Help.text(en: "The standard (default: the one for the device's category, R75).",
                                zh: "标准（默认：设备类别对应的标准，R75）。")) var standard: String?
        @Option(help: Help.text(en: "The testing organisation's code (`rounds org list`); not needed for the hospital's own stability test.",
                                zh: "检测机构代码（`rounds org list`）；本院自行开展的稳定性检测可不填。")) var organisation = ""
        @Option(help: Help.text(en: "The report number.", zh: "报告编号。")) var report = ""
        @Option(name: .customLong("tested-on"), help: Help.text(en: "The test day (default: today).", zh: "检测日期（默认：今天）。")) var testedOn: String?
        @Option(name: .customLong("reported-on"), help: Help.text(en: "The report day.", zh: "报告日期。")) var reportedOn: String?
        @Option(help: Help.text(en: "A test instrument used (name, serial, calibration); repeat for several. At least one.",
                                zh: "所用检测仪器（名称、编号、校准）；可重复。至少一项。")) var instrument: [String] = []
        @Option(help: Help.text(en: "An attachment reference (report scan, raw data, images); repeat.",
                                zh: "附件（报告扫描件、原始数据、影像）；可重复。")) var attachment: [String] = []
        @Option(help: Help.text(en: "CODE=pass|fail|untestable for one item; repeat. `rounds qc standards` lists the codes.",
                                zh: "某项目的结果 CODE=pass|fail|untestable；可重复。项目代码见 `rounds qc standards`。")) var item: [String] = []
        @Option(help: Help.text(en: "pass or fail: the outcome of every item not given with --item.",
                                zh: "pass 或 fail：未用 --item 给出的其余项目的结果。")) var rest: String?
        @Option(help: Help.text(en: "CODE=TEXT: the measured value of an item; repeat.", zh: "CODE=TEXT：某项目的测量值；可重复。")) var measured: [String] = []
        @Option(help: Help.text(en: "CODE=TEXT: the requirement of an item; repeat.", zh: "CODE=TEXT：某项目的标准要求；可重复。")) var requirement: [String] = []
        @Option(help: Help.text(en: "CODE=TEXT: why an item could not be tested (a status test needs it, R82); repeat.",
                                zh: "CODE=TEXT：项目无法检测的原因（状态检测必填，R82）；可重复。")) var note: [String] = []
        @Option(name: .customLong("manufacturer-confirmation"), help: Help.text(en: "CODE=REF: the manufacturer's written confirmation of an untestable item (acceptance, R82).",
                                                                                zh: "CODE=REF：设备厂方对无法检测项目的书面确认（验收检测，R82）。")) var confirmation: [String] = []
        @Option(name: .customLong("hospital-seal"), help: Help.text(en: "CODE=REF: the hospital's sealed acknowledgement of an untestable item (acceptance, R82).",
                                                                    zh: "CODE=REF：医疗机构对无法检测项目加盖公章的认可（验收检测，R82）。")) var seal: [String] = []
        @Option(help: Help.text(en: "A stability test's exposure parameters, e.g. '80 kV, 10 mAs' (required for stability, R80).",
                                zh: "稳定性检测的曝光参数，如“80 kV, 10 mAs”（稳定性检测必填，R80）。")) var exposure: String?
        @Option(help: Help.text(en: "A stability test's geometry, e.g. 'SID 100 cm, 20 cm PMMA' (required for stability, R80).",
                                zh: "稳定性检测的几何条件，如“SID 100 cm, 20 cm PMMA”（稳定性检测必填，R80）。")) var geometry: String?
        @Option(help: Help.text(en: "CODE=TEXT: the cause of a stability item beyond its control limit, or CODE=not-determined (a status test is then due, R81); repeat.",
                                zh: "CODE=TEXT：稳定性检测项目超出控制限的原因，原因不明时为 CODE=not-determined（随即须做状态检测，R81）；可重复。")) var cause: [String] = []
        @Option(help: Help.text(en: "Who performed or witnessed the test and signs it (default: the user).",
                                zh: "实施或见证检测并签名的人（默认：当前用户）。")) var by: String?
        @OptionGroup var pin: PINOptions
        @Option(name: .customLong("approved-by"), help: Help.text(en: "The equipment head approving a test by an organisation the registry flags (R86).",
                                                                  zh: "批准资质存在问题的机构所做检测的设备科主任（R86）。")) var approvedBy: String?
        @Option(name: .customLong("approver-pin"), help: Help.text(en: "The approver's own PIN.", zh: "批准人本人的 PIN。")) var approverPIN: String?
        @Option(name: .customLong("override-reason"), help: Help.text(en: "Why the flagged organisation's test is accepted (R86).",
                                                                      zh: "接受该机构检测的理由（R86）。")) var overrideReason: String?

        func run() throws {
            try refusing {
                guard let k = QCTestKind(rawValue: kind) else {
                    throw Refusal(en: "--kind must be acceptance, status or stability, not '\(kind)'", zh: "--kind 须为 acceptance、status 或 stability，而不是“\(kind)”")
                }
                let session = try Session.open(global)
                guard let d = try Refusal.guarding({ try session.store.device(device) }) else {
                    throw Refusal(en: "no device with tag '\(device)'", zh: "没有资产编号为 '\(device)' 的设备")
                }
                let code = standard ?? QCStandards.applicable(category: d.category)?.standard.code ?? ""
                let items = try results(category: d.category, kind: k, standard: code)
                let test = QCTestRecord(device: device, kind: k, standard: code, organisation: organisation, reportNumber: report,
                                        testedOn: try TimeArguments.day(testedOn, "--tested-on") ?? session.today,
                                        reportedOn: try TimeArguments.day(reportedOn, "--reported-on"), instruments: instrument,
                                        attachments: attachment, items: items, stability: try conditions(kind: k, items: items))
                let signer = by ?? session.login
                var override: QCOverride?
                if approvedBy != nil || overrideReason != nil {
                    guard let approvedBy, let overrideReason else {
                        throw Refusal(en: "R86: an override needs both --approved-by LOGIN and --override-reason TEXT",
                                      zh: "R86：特批须同时给出 --approved-by LOGIN 和 --override-reason TEXT")
                    }
                    override = QCOverride(approvedBy: approvedBy, reason: overrideReason)
                }
                var pins: [String: String?] = [signer: pin.value]
                if let approvedBy { pins[approvedBy] = approverPIN }
                let made = try session.write(pins: pins) {
                    try $0.recordQCTest(test, by: signer, override: override, calendar: session.calendar)
                }
                print("qc \(made.id) \(made.passed ? "pass" : "fail")")
                QCStabilityNotes(chinese: global.isChinese, device: device).print(made)
                if let t = made.ticket {
                    TicketArgs.note(global.isChinese ? "检测不合格：设备限制使用直至复检合格，已开维修单 \(t.number)（R84）"
                                                     : "failed: the device is restricted until a passing retest; repair ticket \(t.number) (R84)")
                }
            }
        }

        /// The item results from the options, in the standard's order: `--item` for those named,
        /// `--rest` for the others. A value given for an item the test does not have is refused.
        func results(category: String, kind: QCTestKind, standard: String) throws -> [QCItemResult] {
            let outcomes = try pairs(item, "--item")
            let extras = (measured: Dictionary(try pairs(measured, "--measured")), requirement: Dictionary(try pairs(requirement, "--requirement")),
                          note: Dictionary(try pairs(note, "--note")), confirmation: Dictionary(try pairs(confirmation, "--manufacturer-confirmation")),
                          seal: Dictionary(try pairs(seal, "--hospital-seal")))
            // The standard's order; codes it does not list stay at the end, for the store to name (R83).
            let standardOrder = QCStandards.standard(standard).flatMap { $0.group(for: category) }?.items(for: kind).map(\.code) ?? []
            if let rest, rest != "pass" && rest != "fail" {
                throw Refusal(en: "--rest must be pass or fail, not '\(rest)'", zh: "--rest 须为 pass 或 fail，而不是“\(rest)”")
            }
            let named = Set(outcomes.map(\.0))
            var order = standardOrder.filter { rest != nil || named.contains($0) }
            var extra: [String] = []
            for code in outcomes.map(\.0) where !standardOrder.contains(code) && !extra.contains(code) { extra.append(code) }
            order += extra
            for (option, values) in [("--measured", extras.measured), ("--requirement", extras.requirement), ("--note", extras.note),
                                     ("--manufacturer-confirmation", extras.confirmation), ("--hospital-seal", extras.seal)] {
                if let stray = values.keys.sorted().first(where: { !order.contains($0) }) {
                    throw Refusal(en: "\(option) \(stray)=…: the test has no result for item '\(stray)' (give --item \(stray)=… or --rest)",
                                  zh: "\(option) \(stray)=…：本次检测没有项目“\(stray)”的结果（请给出 --item \(stray)=… 或 --rest）")
                }
            }
            let given = Dictionary(outcomes)
            return try order.map { code in
                let text = given[code] ?? rest ?? ""
                guard let o = QCOutcome(rawValue: text) else {
                    throw Refusal(en: "--item \(code)=\(text): the outcome must be pass, fail or untestable", zh: "--item \(code)=\(text)：结果须为 pass、fail 或 untestable")
                }
                return QCItemResult(item: code, outcome: o, measured: extras.measured[code] ?? "", requirement: extras.requirement[code] ?? "",
                                    note: extras.note[code] ?? "", manufacturerConfirmation: extras.confirmation[code] ?? "",
                                    hospitalSeal: extras.seal[code] ?? "")
            } + duplicates(outcomes)
        }

        /// A stability test's exposure, geometry and causes (R80, R81); the options are refused on
        /// another kind, and a cause for an item the test does not have.
        func conditions(kind: QCTestKind, items: [QCItemResult]) throws -> StabilityConditions? {
            guard kind == .stability else {
                if exposure != nil || geometry != nil || !cause.isEmpty {
                    throw Refusal(en: "--exposure, --geometry and --cause are recorded for stability tests only (R80, R81)",
                                  zh: "--exposure、--geometry 和 --cause 只用于稳定性检测（R80、R81）")
                }
                return nil
            }
            let causes = Dictionary(try pairs(cause, "--cause"))
            if let stray = causes.keys.sorted().first(where: { code in !items.contains { $0.item == code } }) {
                throw Refusal(en: "--cause \(stray)=…: the test has no result for item '\(stray)' (give --item \(stray)=… or --rest)",
                              zh: "--cause \(stray)=…：本次检测没有项目“\(stray)”的结果（请给出 --item \(stray)=… 或 --rest）")
            }
            return StabilityConditions(exposure: exposure ?? "", geometry: geometry ?? "", causes: causes)
        }

        /// A code given twice with --item is kept twice, so the store names it (R83).
        func duplicates(_ outcomes: [(String, String)]) -> [QCItemResult] {
            var seen: Set<String> = []
            return outcomes.compactMap { seen.insert($0.0).inserted ? nil : QCItemResult(item: $0.0, outcome: QCOutcome(rawValue: $0.1) ?? .fail) }
        }

        /// `CODE=TEXT` options split at the first `=`.
        func pairs(_ values: [String], _ option: String) throws -> [(String, String)] {
            try values.map { v in
                guard let eq = v.firstIndex(of: "="), eq != v.startIndex else {
                    throw Refusal(en: "\(option) '\(v)' is not CODE=VALUE", zh: "\(option) “\(v)”不是 CODE=VALUE 形式")
                }
                return (String(v[..<eq]), String(v[v.index(after: eq)...]))
            }
        }
    }
}

private extension Dictionary where Key == String, Value == String {
    /// The first value given for each code.
    init(_ pairs: [(String, String)]) { self.init(pairs, uniquingKeysWith: { a, _ in a }) }
}
