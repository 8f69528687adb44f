import Foundation
import RoundsCore

extension DemoHistory {
    /// The PIN of every demo person (so `rounds demo` can show signatures, a handover's
    /// acknowledgement and `pin issue`); documented in README.md and docs/cli.md. Never a real
    /// hospital's practice: the demo is a practice store.
    public static let demoPIN = "246810"

    /// Every demo person's PIN is ``demoPIN``, set three days before `now` (before the handovers
    /// below are signed and acknowledged with it). The PIN is printed in the README, so it is hashed
    /// at `PINHash.documentedPINCost` (well under 1 ms, not 0.16 s: docs/DECISIONS.md "Signature
    /// PINs"), each person with a salt of their own; a PIN a demo person chooses is hashed at full cost.
    func documentedPINs() throws {
        let pinAt = calendar.instant(max(since, today.adding(days: -3)), secondOfDay: 7 * 3600)
        guard pinAt < now else { return }
        let people = try store.people()
        try store.write(actor: DemoHospital.demoLogin, at: pinAt, options: .generated) { rec in
            for p in people {
                try rec.upsert("people", key: "login", ["login": p.login, "pin_hash": PINHash.make(Self.demoPIN, cost: PINHash.documentedPINCost)])
                try rec.recordPINEvent(p.login, "set", what: "demo")
            }
        }
    }

    /// The last days of daily checks and handovers: yesterday and the day before checked by the
    /// departments' operators (a few devices missed, so the morning flags have something to show),
    /// today's morning checks in the key departments; key departments' shifts handed over, each
    /// acknowledged by the other operator, the last one still waiting. Two problems on daily checks
    /// raise focused inspections, one answered by an engineer.
    mutating func dailyChecks() throws {
        let people = try store.people()
        let schedules = try store.shiftSchedules()
        let departments = try store.departments()
        let devices = try store.equipment(EquipmentFilter(status: .inService))
        let engineer = people.first { $0.has(.engineer) && !$0.has(.equipmentHead) }?.login ?? DemoHospital.demoLogin
        func operators(_ code: String) -> [String] { people.filter { $0.department == code && $0.has(.operator) }.map(\.login) }

        // Signed and acknowledged with the documented PIN (documentedPINs(), before).
        guard calendar.instant(max(since, today.adding(days: -3)), secondOfDay: 7 * 3600) < now else { return }

        let problems = ["屏幕闪烁", "报警音量偏低"]
        var problemIndex = 0
        for day in [today.adding(days: -2), today.adding(days: -1), today] where day >= since {
            try store.write(actor: DemoHospital.demoLogin, at: min(now, calendar.instant(day, secondOfDay: 10 * 3600)), options: .generated) { rec in
                for d in departments {
                    let ops = operators(d.code)
                    guard let schedule = schedules[d.code], schedule.workingDays.isWorkingDay(day), !ops.isEmpty else { continue }
                    if day == today && !d.isKey { continue }       // today: the key departments' morning round
                    var clock = 8 * 3600 + Int.random(in: 0...900, using: &random)
                    for device in devices where device.department == d.code && device.inService <= day {
                        clock += Int.random(in: 30...150, using: &random)
                        let at = calendar.instant(day, secondOfDay: clock)
                        guard at <= now, Double.random(in: 0..<1, using: &random) < (day == today ? 0.8 : 0.98) else { continue }
                        let by = ops[Int.random(in: 0..<ops.count, using: &random)]
                        let problem = day < today && d.isKey && problemIndex < problems.count && Double.random(in: 0..<1, using: &random) < 0.02
                        let note = problem ? problems[problemIndex] : ""
                        if problem { problemIndex += 1 }
                        let recorded = try rec.checkDevice(WorkStamp(device: device.tag, at: at, by: by, note: note), problem: problem, calendar: calendar)
                        if problemIndex == 1, problem, let id = recorded.focusedInspection {
                            try rec.acknowledgeProblem(id, by: engineer, at: at.adding(seconds: 14 * 60))
                        }
                    }
                }
            }
        }

        // Handovers of the key departments' shifts that ended since yesterday morning.
        for d in departments where d.isKey {
            let ops = operators(d.code)
            guard ops.count >= 2, let schedule = schedules[d.code] else { continue }
            var slot = schedule.slot(containing: calendar.instant(today.adding(days: -1), secondOfDay: 8 * 3600), calendar: calendar)
            var turn = 0
            while slot.end.adding(seconds: 10 * 60) <= now && slot.day >= since {
                let signedAt = slot.end.adding(seconds: -Int64(Int.random(in: 5...15, using: &random)) * 60)
                let outgoing = ops[turn % ops.count], incoming = ops[(turn + 1) % ops.count]
                let sheet = try store.handoverSheet(department: d.code, now: signedAt)
                let id = try store.write(actor: outgoing, at: signedAt, options: .generated) { try $0.signHandover(sheet, pin: Self.demoPIN, requirePIN: false) }
                let next = schedule.slot(containing: slot.end, calendar: calendar)
                let ackAt = slot.end.adding(seconds: Int64(Int.random(in: 2...12, using: &random)) * 60)
                // The newest handover of the first key department is left waiting for its acknowledgement.
                let lastOfFirst = d.code == departments.first(where: \.isKey)?.code && next.end.adding(seconds: 10 * 60) > now
                if ackAt <= now && !lastOfFirst {
                    try store.write(actor: incoming, at: ackAt, options: .generated) { try $0.acknowledgeHandover(id, pin: Self.demoPIN, keyboard: outgoing) }
                }
                slot = next
                turn += 1
            }
        }
    }
}
