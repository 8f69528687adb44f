import GRDB
import RoundsCore

/// Converts archive rows to and from the core's value types. Column names are the CSV's.
enum ArchiveRows {
    static func department(_ r: Row) -> Department {
        Department(code: r["code"], name: r["name"], nameEN: r["name_en"], isKey: r["is_key"])
    }

    static func person(_ r: Row) -> Person {
        let roles = (r["roles"] as String).split(separator: ";").compactMap { Role(rawValue: String($0)) }
        return Person(login: r["login"], name: r["name"], roles: Set(roles), department: r["department"])
    }

    /// The equipment columns in the order ``equipment(_:)`` reads them: the sixteen of migration v1,
    /// then the R6 fields and flags of v17-archive-fields. Every read of a device selects these by
    /// name (``equipmentSelect``), so a column another migration appends cannot shift the positions.
    static let equipmentColumns = ["tag", "name", "name_en", "department", "category", "life_support", "emergency", "radiation",
                                   "manufacturer", "model", "serial", "in_service", "status", "warranty_until", "custodian", "location",
                                   "supplier", "purchase_value_fen", "service_life_end", "maintainer"]
        + ArchiveFlag.all.map(\.column)

    /// `SELECT <the equipment columns> FROM equipment`: add a WHERE or ORDER BY after it.
    static let equipmentSelect = "SELECT " + equipmentColumns.joined(separator: ", ") + " FROM equipment"

    /// A device from a row of ``equipmentSelect``, read by position. By name, each of the columns
    /// would cost GRDB a case-insensitive search of the row's columns: a quarter of a 15,000-device
    /// report.
    static func equipment(_ r: Row) -> Equipment {
        var flags = ArchiveFlags()
        for (i, flag) in ArchiveFlag.all.enumerated() { flags[keyPath: flag.path] = r[20 + i] }
        return Equipment(tag: r[0], name: r[1], nameEN: r[2], department: r[3],
                  category: r[4], lifeSupport: r[5], emergency: r[6],
                  radiation: r[7], manufacturer: r[8], model: r[9],
                  serial: r[10], inService: Day(parsing: r[11]) ?? Day(1970, 1, 1)!,
                  status: EquipmentStatus(rawValue: r[12]) ?? .inService,
                  warrantyUntil: (r[13] as String?).flatMap { Day(parsing: $0) },
                  custodian: r[14], location: r[15], supplier: r[16], purchaseValueFen: r[17],
                  serviceLifeEnd: (r[18] as String?).flatMap { Day(parsing: $0) }, maintainer: r[19], flags: flags)
    }

    static func values(_ d: Department) -> [String: (any DatabaseValueConvertible)?] {
        ["code": d.code, "name": d.name, "name_en": d.nameEN, "is_key": d.isKey]
    }

    static func values(_ p: Person) -> [String: (any DatabaseValueConvertible)?] {
        ["login": p.login, "name": p.name, "roles": p.rolesText, "department": p.department]
    }

    static func values(_ e: Equipment) -> [String: (any DatabaseValueConvertible)?] {
        ["tag": e.tag, "name": e.name, "name_en": e.nameEN, "department": e.department,
         "category": e.category, "life_support": e.lifeSupport, "emergency": e.emergency,
         "radiation": e.radiation, "manufacturer": e.manufacturer, "model": e.model, "serial": e.serial,
         "in_service": e.inService.description, "status": e.status.rawValue,
         "warranty_until": e.warrantyUntil?.description, "custodian": e.custodian, "location": e.location]
            .merging(archiveFieldValues(e)) { _, new in new }
    }

    /// The columns of v17-archive-fields (R6).
    static func archiveFieldValues(_ e: Equipment) -> [String: (any DatabaseValueConvertible)?] {
        var v: [String: (any DatabaseValueConvertible)?] = [
            "supplier": e.supplier, "purchase_value_fen": e.purchaseValueFen,
            "service_life_end": e.serviceLifeEnd?.description, "maintainer": e.maintainer]
        for flag in ArchiveFlag.all { v[flag.column] = e.flags[keyPath: flag.path] }
        return v
    }
}
