import Foundation
import GRDB
import RoundsCore

extension DemoHistory {
    /// A year of inspection rounds as a real department would have them: a monthly round per
    /// department on a working day mid-month, ten-day rounds of key-department life-support and
    /// emergency devices, a quarterly inspection in each quarter's last month. Most devices are
    /// inspected, some are missed (so the overdue board and compliance report have true gaps), a few
    /// rounds find a hidden hazard, resolved by its finder the next morning with what fits the finding;
    /// those of the last ``DemoHistory/recentHazardDays`` days are left to ``hazardsInHand()``. Every record has its
    /// checklist answered (R14, R18): all normal, or one abnormal item raising the hazard
    /// (``demoFinding(_:kind:)``); a room's environment with its first device of the day (R19).
    mutating func inspections() throws {
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        guard !engineers.isEmpty else { return }
        let departments = try store.departments()
        let keyDepartments = Set(departments.filter(\.isKey).map(\.code))
        let devices = try store.equipment()
        var month = since.firstOfMonth
        while month <= today {
            var plans: [(Day, InspectionKind, [Equipment], Double)] = []
            for d in departments {
                let own = devices.filter { $0.department == d.code }
                plans.append((month.adding(days: Int.random(in: 4...20, using: &random)), .monthly, own, 0.93))
                if month.month % 3 == 0 {
                    plans.append((month.adding(days: Int.random(in: 8...24, using: &random)), .quarterly, own, 0.9))
                }
                if keyDepartments.contains(d.code) {
                    let critical = own.filter { $0.lifeSupport || $0.emergency }
                    for start in [0, 10, 20] {
                        plans.append((month.adding(days: start + Int.random(in: 0...3, using: &random)), .tenDay, critical, 0.95))
                    }
                }
            }
            let batch = plans.filter { $0.0 < today && $0.0 >= since }
            if !batch.isEmpty {
                try store.write(actor: DemoHospital.demoLogin, at: calendar.instant(batch.map(\.0).max()!, secondOfDay: 18 * 3600), options: .generated) { rec in
                    for (day, kind, list, probability) in batch.sorted(by: { $0.0 < $1.0 }) {
                        let engineer = engineers[Int.random(in: 0..<engineers.count, using: &random)]
                        var clock = 9 * 3600 + Int.random(in: 0...3600, using: &random)
                        for device in list.sorted(by: { ($0.location, $0.tag) < ($1.location, $1.tag) })
                        where device.inService <= day && device.status.isTracked && Double.random(in: 0..<1, using: &random) < probability {
                            clock += Int.random(in: 60...240, using: &random)
                            let roll = Double.random(in: 0..<1, using: &random)
                            let checklist = roll < 0.02 ? Self.demoFinding(device, kind: kind) : .allNormal
                            let stamp = WorkStamp(device: device.tag, at: calendar.instant(day, secondOfDay: min(clock, 17 * 3600)), by: engineer)
                            let made = try rec.recordInspection(stamp, kind: kind, checklist: checklist, calendar: calendar)
                            // The finder deals with it the next morning (R16); the recent ones are in hand.
                            if let hazard = made.hazard, day.adding(days: Self.recentHazardDays) < today {
                                try rec.recordHazardStep(hazard, HazardEvent(at: calendar.instant(day.adding(days: 1), secondOfDay: 10 * 3600), by: engineer,
                                                                             step: .resolved(action: Self.demoRemedy(device, kind: kind))))
                            }
                        }
                    }
                }
            }
            month = month.firstOfNextMonth
        }
    }

    /// The hidden hazard a demo round finds: a frayed power cord on a powered device, a cracked
    /// casing on one without power, excessive wear on a quarterly inspection; every other item normal.
    static func demoFinding(_ device: Equipment, kind: InspectionKind) -> ChecklistInput {
        let finding = demoHazard(device, kind: kind)
        return ChecklistInput(given: [finding.item: .abnormal(note: finding.note, raises: .hazard)], restNormal: true)
    }

    /// What was done about the hazard ``demoFinding(_:kind:)`` raises, in the words of its finding (R16).
    static func demoRemedy(_ device: Equipment, kind: InspectionKind) -> String {
        demoHazard(device, kind: kind).remedy
    }

    /// What was done about a demo hazard of this note (R16).
    static func demoRemedy(note: String) -> String {
        demoHazards.first { $0.note == note }?.remedy ?? demoHazards[1].remedy
    }

    /// The three demo hazards: the checklist item, the finding's note and the remedy that fits it.
    private static let demoHazards: [(item: String, note: String, remedy: String)] = [
        ("wear", "推车脚轮磨损明显，已登记待更换", "更换推车脚轮，推行制动检查正常"),
        ("power", "电源线外皮破损，已贴标识待处理", "更换电源线，通电检查正常"),
        ("casing", "外壳有裂纹，已贴标识待处理", "更换外壳，外观及功能检查正常"),
    ]

    /// The demo hazard of a device on an inspection of `kind`.
    private static func demoHazard(_ device: Equipment, kind: InspectionKind) -> (item: String, note: String, remedy: String) {
        if kind == .quarterly { return demoHazards[0] }
        return ChecklistProfile(device).powered ? demoHazards[1] : demoHazards[2]
    }
}
