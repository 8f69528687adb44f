import Foundation
import RoundsCore

extension DemoHistory {
    /// A year of repairs through the ordinary ticket rules: requests from the department, assignment
    /// by the equipment head, repair by an engineer, sign-off by the department's custodian. About a
    /// quarter of the devices fail once; a few tickets are still open now (devices down today).
    mutating func tickets() throws {
        let people = try store.people()
        let engineers = people.filter { $0.has(.engineer) && !$0.has(.equipmentHead) }.map(\.login)
        guard let head = people.first(where: { $0.has(.equipmentHead) && $0.login != DemoHospital.demoLogin })?.login ?? people.first(where: { $0.has(.equipmentHead) })?.login,
              !engineers.isEmpty else { return }
        let faults = ["开机无显示", "报警不止", "电池无法充电", "屏幕花屏", "按键失灵", "管路漏气", "打印机卡纸", "读数偏差大"]
        let causes: [RepairCause] = [.component, .wear, .component, .environment, .other]
        let devices = try store.equipment().filter { $0.status.isTracked && !$0.custodian.isEmpty }
        let firstDay = since.adding(days: 3)
        guard firstDay < today else { return }
        var plans: [(Instant, Equipment)] = []
        for d in devices where Double.random(in: 0..<1, using: &random) < 0.35 {
            plans.append((instant(from: max(firstDay, d.inService), to: today), d))
        }
        for (opened, device) in plans.sorted(by: { $0.0 < $1.0 }) {
            let engineer = engineers[Int.random(in: 0..<engineers.count, using: &random)]
            let fault = faults[Int.random(in: 0..<faults.count, using: &random)]
            // Hours to each step: response, repair, sign-off. Key devices are repaired faster.
            let urgent = device.lifeSupport || device.emergency
            let assign = opened.adding(seconds: Int64(Int.random(in: 300...3600, using: &random)))
            let start = assign.adding(seconds: Int64(Int.random(in: 600...(urgent ? 3 * 3600 : 20 * 3600), using: &random)))
            // Some repairs wait days for parts or the vendor.
            let waitsForParts = Double.random(in: 0..<1, using: &random) < 0.15
            let repairSeconds = Int.random(in: 1800...(urgent ? 6 * 3600 : 72 * 3600), using: &random)
                + (waitsForParts ? Int.random(in: 2 * 86_400...10 * 86_400, using: &random) : 0)
            let repaired = start.adding(seconds: Int64(repairSeconds))
            let returned = repaired.adding(seconds: Int64(Int.random(in: 600...(urgent ? 2 * 3600 : 24 * 3600), using: &random)))
            let cause = causes[Int.random(in: 0..<causes.count, using: &random)]
            try store.write(actor: device.custodian, at: opened, options: .generated) { rec in
                let report = try rec.reportFault(device: device.tag, fault: fault, at: opened, by: device.custodian,
                                                 source: .request, calendar: calendar)
                guard !report.linked else { return }
                let n = report.number
                func step(_ at: Instant, _ by: String, _ s: TicketStep) throws {
                    guard at <= now else { return }
                    try rec.recordTicketStep(n, TicketEvent(at: at, by: by, step: s), calendar: calendar)
                }
                try step(assign, head, .assigned(to: engineer))
                try step(start, engineer, .received())
                // R47: on a large or valuable device the engineer answers "damage by fault?" first.
                if device.flags.mandatesDamageAnswer { try step(start, engineer, .damageClassified(answer: .no)) }
                try step(start, engineer, .started)
                guard repaired <= now else { return }
                try step(repaired, engineer, .repaired(work: "更换故障部件并测试，功能恢复正常", cause: cause))
                try step(returned, device.custodian, .returned(recipient: device.custodian))
                try step(returned.adding(seconds: 86_400), head, .closed)
            }
        }
    }
}
