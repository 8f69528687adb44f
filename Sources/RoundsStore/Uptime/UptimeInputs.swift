import GRDB
import RoundsCore

extension Store {
    /// Every device with its failure downtime as of `now`: the intervals [opened, returned) of its
    /// tickets with the device out of service; an unreturned one runs to now (CONTRACT).
    ///
    /// Read from the tickets' summary rows (`down_from`, `down_to`), which equal `Ticket.downtime`;
    /// a ticket opened after `now` is ignored and one returned after `now` is still down at `now`,
    /// so "as of" questions have true answers.
    public func exposures(now: Instant, department: String? = nil) throws -> [DeviceExposure] {
        let downtime: [String: [DowntimeInterval]] = try read { db in
            var out: [String: [DowntimeInterval]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT device, down_from, down_to FROM tickets WHERE down_from IS NOT NULL AND down_from <= ?",
                                      arguments: [now.seconds]) {
                let end: Int64? = r["down_to"]
                out[r["device"], default: []].append(DowntimeInterval(start: Instant(seconds: r["down_from"]),
                                                                      end: end.flatMap { $0 <= now.seconds ? Instant(seconds: $0) : nil }))
            }
            return out
        }
        return try equipment(EquipmentFilter(department: department)).map {
            DeviceExposure(equipment: $0, downtime: downtime[$0.tag] ?? [])
        }
    }
}
