import RoundsCore

extension Store {
    /// Every device with its failure downtime as of `now`: the intervals [opened, returned) of its
    /// tickets with the device out of service; an unreturned one runs to now (CONTRACT). Ticket
    /// steps dated after `now` are ignored, so "as of" questions have true answers.
    public func exposures(now: Instant, department: String? = nil) throws -> [DeviceExposure] {
        var downtime: [String: [DowntimeInterval]] = [:]
        for ticket in try downtimeTickets() {
            let asOf = ticket.asOf(now)
            guard !asOf.events.isEmpty, let interval = asOf.downtime else { continue }
            downtime[asOf.device, default: []].append(interval)
        }
        return try equipment(EquipmentFilter(department: department)).map {
            DeviceExposure(equipment: $0, downtime: downtime[$0.tag] ?? [])
        }
    }
}
