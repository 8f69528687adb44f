import GRDB
import RoundsCore
@testable import RoundsStore

extension Recorder {
    /// For the derived-state tests' random histories: with a roll below 10 (of 60), corrects one of
    /// `tag`'s current inspections with a new record on a random day of `days` (possibly of another
    /// kind and day than the original); below 16, voids one; otherwise does nothing.
    func correctAtRandom(_ tag: String, roll: Int, days: (first: Day, count: Int), calendar: FacilityCalendar,
                         using random: inout SeededRandom) throws {
        let open = try Int64.fetchAll(db, sql: "SELECT id FROM inspections i WHERE device = ? AND \(Store.current("i")) ORDER BY id",
                                      arguments: [tag])
        guard roll < 16, let target = open.randomElement(using: &random) else { return }
        guard roll < 10 else {
            try correct(.inspection, original: target, replacement: nil, reason: "entered twice")
            return
        }
        let fixDay = days.first.adding(days: Int.random(in: 0..<days.count, using: &random))
        let fix = try recordInspection(WorkStamp(device: tag, at: calendar.instant(fixDay, secondOfDay: 40_000), by: "admin"),
                                       kind: InspectionKind.allCases[Int.random(in: 0..<3, using: &random)],
                                       result: .ok, calendar: calendar).inspection
        try correct(.inspection, original: target, replacement: fix, reason: "wrong kind")
    }
}
