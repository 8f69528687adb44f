import GRDB
import RoundsCore

extension Store {
    /// Every device with its failure downtime as of `now`: the intervals [opened, returned) of its
    /// tickets with the device out of service; an unreturned one runs to now (CONTRACT). Its planned
    /// downtime is the start-to-end spans of its maintenance (R34, MaintenanceSpans.swift), reported
    /// beside the failure downtime and never in the rate.
    ///
    /// Read from the tickets' summary rows (`down_from`, `down_to`), which equal `Ticket.downtime`;
    /// a ticket opened after `now` is ignored and one returned after `now` is still down at `now`,
    /// so "as of" questions have true answers. With `since`, only the downtime that reaches past it
    /// (still down, or returned after it): a period from `since` on clips the rest to nothing anyway,
    /// and the index `tickets_downtime` (migration v12) then reads ten years of tickets no more.
    public func exposures(now: Instant, department: String? = nil, since: Instant? = nil) throws -> [DeviceExposure] {
        let downtime: [String: [DowntimeInterval]] = try read { db in
            var out: [String: [DowntimeInterval]] = [:]
            for r in try Row.fetchAll(db.cachedStatement(sql: Self.downtimeSQL), arguments: [now.seconds, since?.seconds ?? Int64.min]) {
                let end: Int64? = r["down_to"]
                out[r["device"], default: []].append(DowntimeInterval(start: Instant(seconds: r["down_from"]),
                                                                      end: end.flatMap { $0 <= now.seconds ? Instant(seconds: $0) : nil }))
            }
            return out
        }
        let planned = try plannedDowntime(now: now, since: since)
        return try equipment(EquipmentFilter(department: department)).map {
            DeviceExposure(equipment: $0, downtime: downtime[$0.tag] ?? [], plannedDowntime: planned[$0.tag] ?? [])
        }
    }

    /// The downtime intervals as of `?1` that reach past `?2` (EXPLAIN-guarded in the tests).
    static let downtimeSQL = """
        SELECT device, down_from, down_to FROM tickets
        WHERE (down_to IS NULL OR down_to > ?2) AND down_from IS NOT NULL AND down_from <= ?1
        """

    /// The index that makes ``downtimeSQL`` read only the tickets that reach into a period.
    static func createDowntimeIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX tickets_downtime ON tickets(down_to, down_from)")
    }
}
