import Foundation
import RoundsCore

/// Writes the demo hospital's past, day by day, through the ordinary write path.
struct DemoHistory {
    let store: Store
    let calendar: FacilityCalendar
    let since: Day
    let now: Instant
    var random = SeededRandom(seed: 20_261_122)

    init(store: Store, calendar: FacilityCalendar, since: Day, now: Instant) {
        self.store = store; self.calendar = calendar; self.since = since; self.now = now
    }

    var today: Day { calendar.day(of: now) }

    /// A random working-hours instant on a day between `from` and `to` (inclusive), never after now.
    mutating func instant(from: Day, to: Day) -> Instant {
        let span = max(0, from.days(until: to))
        let day = from.adding(days: Int.random(in: 0...span, using: &random))
        let t = calendar.instant(day, secondOfDay: Int.random(in: (8 * 3600)...(17 * 3600), using: &random))
        return min(t, now)
    }

    /// Stopped and scrapped devices reach their final status during the year, with a reason; a
    /// scrapped device passes through awaiting-scrap first (R62–R65).
    mutating func statusChanges(finalStatuses: [String: EquipmentStatus]) throws {
        let firstDay = since.adding(days: 14)
        guard firstDay < today else { return }
        for tag in finalStatuses.keys.sorted() {
            guard var device = try store.device(tag) else { continue }
            let when = instant(from: firstDay, to: today.adding(days: -7))
            if finalStatuses[tag] == .scrapped {
                device.status = .awaitingScrap
                try store.write(actor: DemoHospital.demoLogin, at: when, options: .generated) { try $0.save(device, reason: "beyond economic repair; scrapping requested") }
                device.status = .scrapped
                try store.write(actor: "sunweidong", at: when.adding(seconds: 5 * 86_400), options: .generated) { try $0.save(device, reason: "scrapping approved by the director") }
            } else {
                device.status = .stopped
                try store.write(actor: DemoHospital.demoLogin, at: when, options: .generated) { try $0.save(device, reason: "taken out of use by the department") }
            }
        }
    }
}
