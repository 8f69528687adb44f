import GRDB
import RoundsCore

extension Recorder {
    public func save(_ department: Department) throws {
        try upsert("departments", key: "code", ArchiveRows.values(department))
    }

    public func save(_ person: Person) throws {
        try upsert("people", key: "login", ArchiveRows.values(person))
    }

    /// Saves a device. A status change is also written to the status history with its reason.
    /// A scrapped device is read-only for ever (R8). A radiation device enters service only after a
    /// passed acceptance test (R77, ``ServiceEntryGuard``).
    public func save(_ device: Equipment, reason: String = "") throws {
        let old = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM equipment WHERE tag = ?"), arguments: [device.tag]).map(ArchiveRows.equipment)
        if let old, old.status == .scrapped {
            if old == device { return }
            throw StoreError.refused("R8", en: "device \(device.tag) is scrapped; its archive is read-only", zh: "设备 \(device.tag) 已报废，其档案只读")
        }
        if old == device { return }
        if device.status == .inService, old?.status != .inService, let calendar = storeSettings?.calendar,
           let problem = ServiceEntryGuard.problem(
               device: device, wasInService: old.map { $0.status == .inService }, since: storeSettings?.since ?? device.inService,
               lastAcceptancePass: try Store.lastAcceptancePassDay(db, device: device.tag, calendar: calendar),
               lastMajorRepair: try Store.lastMajorRepairDay(db, device: device.tag, calendar: calendar)) {
            throw StoreError.ruled(problem)
        }
        try upsert("equipment", key: "tag", ArchiveRows.values(device))
        if old?.status != device.status {
            try insert("status_history", ["tag": device.tag, "status": device.status.rawValue,
                                          "at": at.seconds, "actor": actor, "reason": reason])
        }
    }
}
