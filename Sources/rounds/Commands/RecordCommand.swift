import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds record inspection|daily-check|maintenance`: one record of work, insert-only.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record work done: an inspection, a daily check, or maintenance.",
        subcommands: [Inspection.self, DailyCheck.self, Maintenance.self, QCTest.self])

    /// `--device`, `--at`, `--by`, `--note`: what every record takes.
    struct WorkOptions: ParsableArguments {
        @Option(help: "The device's tag (asset number).") var device: String
        @Option(help: "When the work was done (default: now); same forms as --now.") var at: String?
        @Option(help: "Who did it (default: the user); must be a person in the store.") var by: String?
        @Option(help: "Free text, kept as typed (Chinese is fine).") var note: String = ""
        @OptionGroup var late: LateReason
        @OptionGroup var pin: PINOptions

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
    }

    struct Inspection: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an inspection; hazard opens a hazard item (R16), fault also opens a repair ticket.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: "ten-day, monthly or quarterly.") var kind: String
        @Option(help: "ok (default), hazard or fault.") var result: String = "ok"

        func run() throws {
            try refusing {
                guard let k = InspectionKind(rawValue: kind) else { throw Refusal("--kind must be ten-day, monthly or quarterly, not '\(kind)'") }
                guard let r = InspectionResult(rawValue: result) else { throw Refusal("--result must be ok, hazard or fault, not '\(result)'") }
                let session = try Session.open(global)
                let stamp = try work.stamp(session)
                let recorded = try work.write(session, stamp) { rec in
                    try rec.recordInspection(stamp, kind: k, result: r, calendar: session.calendar)
                }
                print("inspection \(recorded.inspection)" + (recorded.hazard.map { " hazard \($0)" } ?? "")
                      + (recorded.fault.map { " ticket \($0.number)" + ($0.linked ? " (linked)" : "") } ?? ""))
            }
        }
    }

    struct DailyCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "daily-check",
            abstract: "Record an operator's daily check (R22); a problem also raises a focused inspection and a repair request (R24).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: "ok or problem.") var result: String

        func run() throws {
            try refusing {
                guard ["ok", "problem"].contains(result) else { throw Refusal("--result must be ok or problem, not '\(result)'") }
                let session = try Session.open(global)
                let stamp = try work.stamp(session)
                let recorded = try work.write(session, stamp) { rec in
                    try rec.checkDevice(stamp, problem: result == "problem", calendar: session.calendar)
                }
                print("daily-check \(recorded.check)" + (recorded.focusedInspection.map { " focused-inspection \($0)" } ?? "")
                      + (recorded.fault.map { " ticket \($0.number)" + ($0.linked ? " (linked)" : "") } ?? ""))
            }
        }
    }

    struct Maintenance: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record daily, first- or second-level maintenance (R26–R32).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var work: WorkOptions
        @Option(help: "daily, first or second.") var tier: String
        @Option(name: .customLong("with"), help: "The second person of joint (second-level) maintenance.") var partner: String?
        @Option(name: .customLong("plug-test"), help: "pass or fail: the powered test of rescue equipment (R32).") var plugTest: String?
        @Option(name: .customLong("with-pin"), help: "The second signer's own PIN (R2, R29).") var withPIN: String?

        func run() throws {
            try refusing {
                guard let t = MaintenanceTier(rawValue: tier) else { throw Refusal("--tier must be daily, first or second, not '\(tier)'") }
                var plug: Bool?
                if let plugTest {
                    guard ["pass", "fail"].contains(plugTest) else { throw Refusal("--plug-test must be pass or fail, not '\(plugTest)'") }
                    plug = plugTest == "pass"
                }
                let session = try Session.open(global)
                let stamp = try work.stamp(session)
                let id = try work.write(session, stamp, extra: partner.map { [$0: withPIN] } ?? [:]) { rec in
                    try rec.recordMaintenance(stamp, tier: t, with: partner, plugTest: plug, calendar: session.calendar)
                }
                print("maintenance \(id)")
            }
        }
    }
}
