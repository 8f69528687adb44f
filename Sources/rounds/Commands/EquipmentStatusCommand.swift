import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

extension EquipmentCommand {
    /// `rounds equipment status TAG in-service|standby|stopped --reason TEXT`: the registry status
    /// (R7), with the reason kept in the status history. A radiation device enters service only after
    /// a passed acceptance test (R77).
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", 
            abstract: Help.text(en: "Set a device in service, standby or stopped, with the reason (R7); a radiation device needs a passed acceptance test first (R77).",
                                zh: "将设备设为在用、备用或停用，并说明原因（R7）；射线装置须先有合格的验收检测（R77）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.deviceTag) var tag: String
        @Argument(help: Help.text(en: "in-service, standby or stopped.", zh: "in-service（在用）、standby（备用）或 stopped（停用）。")) var status: String
        @Option(help: Help.text(en: "Why (kept in the device's status history). Required.", zh: "原因（记入设备状态历史）。必填。")) var reason: String

        func run() throws {
            try refusing {
                guard let s = EquipmentStatus(parsing: status) else {
                    throw Refusal(en: "status must be in-service, standby or stopped, not '\(status)'", zh: "状态须为 in-service、standby 或 stopped，而不是“\(status)”")
                }
                let session = try Session.open(global)
                try session.write { try $0.setStatus(of: tag, to: s, reason: reason) }
                print("\(tag) \(s.rawValue)")
            }
        }
    }
}
