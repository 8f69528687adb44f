import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds record inspection|daily-check|maintenance`: one record of work, insert-only.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: Help.text(en: "Record work done: an inspection, a daily check, or maintenance.",
                            zh: "记录已完成的工作：巡检、日检或保养。"),
        subcommands: [Inspection.self, DailyCheck.self, Maintenance.self, Void.self])

    /// `--device`, `--at`, `--by`, `--note`: what every record takes.
    struct WorkOptions: ParsableArguments {
        @Option(help: Help.deviceTag) var device: String
        @Option(help: Help.text(en: "When the work was done (default: now); same forms as --now.",
                                zh: "工作完成的时间（默认：现在）；格式同 --now。")) var at: String?
        @Option(help: Help.text(en: "Who did it (default: the user); must be a person in the store.",
                                zh: "完成人（默认：当前用户）；必须是数据库中的人员。")) var by: String?
        @Option(help: Help.text(en: "Free text, kept as typed (Chinese is fine).",
                                zh: "自由文本，按原样保存（可用中文）。")) var note: String = ""
        @OptionGroup var late: LateReason
        @OptionGroup var pin: PINOptions
        @Option(help: Help.text(en: "The id of the record this one corrects (same device); needs --reason. The original is kept, shown with its correction.",
                                zh: "本记录所更正的记录编号（同一设备）；需要 --reason。原记录保留，并与其更正一同显示。"))
        var corrects: Int64?

        func stamp(_ session: Session) throws -> WorkStamp {
            WorkStamp(device: device, at: try session.workTime(at), by: by ?? session.login, note: note)
        }

        /// One write of this record: the late-entry reason and the signer's PIN (`extra`: a second
        /// signer's).
        func write<T>(_ session: Session, _ stamp: WorkStamp, extra: [String: String?] = [:], _ body: (Recorder) throws -> T) throws -> T {
            var pins = extra
            pins[stamp.by] = pin.value
            return try session.write(reason: late.reason, pins: pins, body)
        }

        /// A correction says why (`--corrects` needs `--reason`).
        func checkCorrects() throws {
            if corrects != nil && late.reason == nil { throw Refusal("--corrects needs --reason TEXT: why the record is corrected") }
        }

        /// One write of a record that may correct an earlier one (`--corrects`): `body` returns the new
        /// record's id and what it made.
        func write<T>(_ session: Session, _ stamp: WorkStamp, _ record: CorrectableRecord, extra: [String: String?] = [:],
                      _ body: (Recorder) throws -> (Int64, T)) throws -> T {
            try checkCorrects()
            return try write(session, stamp, extra: extra) { rec in
                let (id, made) = try body(rec)
                if let corrects { try rec.correct(record, original: corrects, replacement: id, reason: late.reason ?? "") }
                return made
            }
        }
    }

    struct Inspection: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "inspection", 
            abstract: Help.text(en: "Record an inspection, its checklist item by item (--item, --all-normal); an abnormal item or hazard opens a hazard item (R16), a fault also opens a repair ticket.",
                                zh: "记录一次巡检及其逐项检查结果（--item、--all-normal）；异常项或隐患登记一项隐患（R16），故障还会开一张维修单。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: Help.text(en: "ten-day, monthly or quarterly.",
                                zh: "ten-day（10 日巡检）、monthly（月度巡检）或 quarterly（季度巡检）。")) var kind: String
        @Option(help: Help.text(en: "ok (default), hazard or fault. With a checklist it follows the items, and must agree if given.",
                                zh: "ok（正常，默认）、hazard（隐患）或 fault（故障）。有检查表时由各项得出，若给出须一致。")) var result: String?
        @OptionGroup var checklist: ChecklistOptions

        func run() throws {
            try refusing {
                guard let k = InspectionKind(rawValue: kind) else { throw Refusal("--kind must be ten-day, monthly or quarterly, not '\(kind)'") }
                guard let r = InspectionResult(rawValue: result ?? "ok") else { throw Refusal("--result must be ok, hazard or fault, not '\(result ?? "")'") }
                let answers = try checklist.input()
                let session = try Session.open(global)
                let stamp = try work.stamp(session)
                let recorded: RecordedInspection
                if let answers {
                    // The record corrects its original itself, so that the original's room answers
                    // do not count as this round's (R19).
                    try work.checkCorrects()
                    recorded = try work.write(session, stamp) { rec in
                        let made = try rec.recordInspection(stamp, kind: k, checklist: answers, calendar: session.calendar,
                                                            correcting: work.corrects, correctionReason: work.late.reason)
                        let derived: InspectionResult = made.fault != nil ? .fault : made.hazards.isEmpty ? .ok : .hazard
                        if result != nil && derived != r {
                            throw Refusal(en: "--result \(r.rawValue) disagrees with the checklist, whose items make it \(derived.rawValue)",
                                          zh: "--result \(r.rawValue) 与检查表不一致：按各项结果应为 \(derived.rawValue)")
                        }
                        return made
                    }
                } else {
                    // No items: the contract's summary record (DECISIONS "Checklists").
                    recorded = try work.write(session, stamp, .inspection) { rec in
                        let made = try rec.recordInspection(stamp, kind: k, result: r, calendar: session.calendar)
                        return (made.inspection, made)
                    }
                }
                if answers == nil && k == .tenDay { try PoweredTestWarning.warnIfMissing(.tenDay, device: stamp.device, session) }
                print("inspection \(recorded.inspection)" + recorded.hazards.map { " hazard \($0)" }.joined()
                      + (recorded.fault.map { " ticket \($0.number)" + ($0.linked ? " (linked)" : "") } ?? ""))
            }
        }
    }

    struct DailyCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "daily-check",
            abstract: Help.text(en: "Record an operator's daily check (R22); a problem also raises a focused inspection and a repair request (R24).",
                                zh: "记录操作人员的日检（R22）；有问题时还会引发单独重点巡检和报修（R24）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: Help.text(en: "ok or problem.",
                                zh: "ok（正常）或 problem（有问题）。")) var result: String

        func run() throws {
            try refusing {
                guard ["ok", "problem"].contains(result) else { throw Refusal("--result must be ok or problem, not '\(result)'") }
                let session = try Session.open(global)
                let stamp = try work.stamp(session)
                let recorded = try work.write(session, stamp, .dailyCheck) { rec in
                    let made = try rec.checkDevice(stamp, problem: result == "problem", calendar: session.calendar)
                    return (made.check, made)
                }
                print("daily-check \(recorded.check)" + (recorded.focusedInspection.map { " focused-inspection \($0)" } ?? "")
                      + (recorded.fault.map { " ticket \($0.number)" + ($0.linked ? " (linked)" : "") } ?? ""))
            }
        }
    }

    struct Maintenance: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "maintenance", abstract: Help.text(en: "Record daily, first- or second-level maintenance (R26–R32), its checklist item by item with --item / --all-normal, its start and end with --from / --to (R34).",
                                                                            zh: "记录日常、一级或二级保养（R26–R32），可用 --item / --all-normal 逐项记录检查表，用 --from / --to 记录起止时间（R34）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: Help.text(en: "daily, first or second.",
                                zh: "daily（日常）、first（一级）或 second（二级）。")) var tier: String
        @Option(name: .customLong("with"), help: Help.text(en: "The second person of joint (second-level) maintenance.",
                                                           zh: "联合（二级）保养的第二人。")) var partner: String?
        @Option(name: .customLong("plug-test"), help: Help.text(en: "pass or fail: the powered test of rescue equipment (R32).",
                                                                zh: "pass（通过）或 fail（未通过）：抢救设备的插电测试（R32）。")) var plugTest: String?
        @Option(name: .customLong("with-pin"), help: Help.text(en: "The second signer's own PIN (R2, R29).",
                                                               zh: "第二签名人自己的 PIN（R2、R29）。")) var withPIN: String?
        @OptionGroup var checklist: ChecklistOptions
        @OptionGroup var span: SpanOptions

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier) else { throw Refusal("--tier must be daily, first or second, not '\(tier)'") }
                var plug: Bool?
                if let plugTest {
                    guard ["pass", "fail"].contains(plugTest) else { throw Refusal("--plug-test must be pass or fail, not '\(plugTest)'") }
                    plug = plugTest == "pass"
                }
                let session = try Session.open(global)
                let span = try span.span(session)
                var stamp = try work.stamp(session)
                // R34: with a start and an end, the work was done when it ended (unless --at says otherwise).
                if let span, work.at == nil { stamp.at = span.to }
                let answers = try checklist.input()
                let made = try work.write(session, stamp, .maintenance, extra: partner.map { [$0: withPIN] } ?? [:]) { rec in
                    guard let answers else {
                        let id = try rec.recordMaintenance(stamp, tier: t, with: partner, plugTest: plug, span: span, calendar: session.calendar)
                        return (id, RecordedMaintenance(maintenance: id, hazards: [], fault: nil))
                    }
                    let made = try rec.recordMaintenance(stamp, tier: t, with: partner, plugTest: plug, checklist: answers, span: span,
                                                         calendar: session.calendar)
                    return (made.maintenance, made)
                }
                if answers == nil && plug == nil && t == .second { try PoweredTestWarning.warnIfMissing(.second, device: stamp.device, session) }
                print("maintenance \(made.maintenance)" + made.hazards.map { " hazard \($0)" }.joined()
                      + (made.fault.map { " ticket \($0.number)" + ($0.linked ? " (linked)" : "") } ?? ""))
            }
        }
    }

    /// `rounds record void inspection|daily-check|maintenance ID --reason TEXT`: a record that should
    /// never have been made (the wrong device, a duplicate). It stays, shown as voided with who, when
    /// and why; reports no longer count it.
    struct Void: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "void", 
            abstract: Help.text(en: "Void a record of work entered by mistake (it is kept, shown voided with who, when and why).",
                                zh: "作废误录的工作记录（记录保留，显示为已作废，并注明何人、何时、为何）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "inspection, daily-check or maintenance.",
                                  zh: "inspection（巡检）、daily-check（日检）或 maintenance（保养）。")) var kind: String
        @Argument(help: Help.text(en: "The record's id.",
                                  zh: "记录编号。")) var id: Int64
        @Option(help: Help.text(en: "Why it is voided. Required.",
                                zh: "作废原因。必填。")) var reason: String?
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                guard let record = CorrectableRecord(word: kind) else { throw Refusal("KIND must be inspection, daily-check or maintenance, not '\(kind)'") }
                guard let reason, !reason.isEmpty else { throw Refusal("missing --reason TEXT: why the record is voided") }
                let session = try Session.open(global)
                try session.write(pins: [session.login: pin.value]) { rec in
                    try rec.prove(session.login, meaning: .storeRecord)
                    try rec.correct(record, original: id, replacement: nil, reason: reason)
                }
                print("\(kind) \(id) voided")
            }
        }
    }
}

/// R32 at the keyboard: a summary record of rescue equipment without its powered test is saved
/// (CONTRACT: `--plug-test` is optional) with one `rounds: warning:` line on stderr saying that it
/// is now a missed duty of `report exceptions` (DECISIONS "The powered test of a summary record").
enum PoweredTestWarning {
    static func warnIfMissing(_ kind: ChecklistKind, device tag: String, _ session: Session) throws {
        guard let device = try session.store.device(tag), ChecklistTemplates.asksPoweredTest(kind, for: device) else { return }
        let how = kind == .second ? "--plug-test pass|fail" : "--item powered-test=normal|abnormal:NOTE"
        let text = Help.chinese
            ? "R32：\(tag) 为抢救设备，本次\(kind.chineseName)未记录插电测试，已列入未履行的职责（report exceptions）；下次请用 \(how) 记录结果"
            : "R32: \(tag) is rescue equipment and this \(kind.englishName) has no powered test: it is listed as a missed duty (report exceptions); record the result with \(how)"
        FileHandle.standardError.write(Data(("rounds: warning: " + text + "\n").utf8))
    }
}
