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
        let old = try Row.fetchOne(db.cachedStatement(sql: ArchiveRows.equipmentSelect + " WHERE tag = ?"), arguments: [device.tag]).map(ArchiveRows.equipment)
        if let old, old.status == .scrapped {
            if old == device { return }
            throw StoreError.refused("R8", en: "device \(device.tag) is scrapped; its archive is read-only", zh: "设备 \(device.tag) 已报废，其档案只读")
        }
        if old == device { return }
        // Only a radiation device entering service is looked up (imports save every row through here).
        if device.status == .inService, old?.status != .inService, let calendar = storeSettings?.calendar,
           device.radiation || QCStandards.applicable(category: device.category) != nil,
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

    /// Changes a device's registry status to in service, standby or stopped, with the reason
    /// (R7): administration by the equipment head. Scrapping has its own workflow (R55–R65). Putting
    /// a radiation device in service needs its passed acceptance test (R77).
    public func setStatus(of tag: String, to status: EquipmentStatus, reason: String) throws {
        try requireAdministrator(doing: RuleText(en: "change the status of a device", zh: "修改设备状态"))
        guard [.inService, .standby, .stopped].contains(status) else {
            throw StoreError.refused("R8", en: "a device is set awaiting scrapping or scrapped by the scrapping workflow (`rounds scrap`), not by a status change",
                                     zh: "待报废、已报废须经报废流程（`rounds scrap`），不能直接修改状态")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.refused("R7", en: "a status change needs its reason", zh: "修改设备状态须说明原因")
        }
        guard var device = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
        }
        device.status = status
        try save(device, reason: reason)
    }
}
