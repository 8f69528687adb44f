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

    /// A device from a row of `SELECT * FROM equipment`, read by position: the column order of
    /// migration v1 (tag, name, name_en, department, category, life_support, emergency, radiation,
    /// manufacturer, model, serial, in_service, status, warranty_until, custodian, location), which
    /// `verify`'s schema check keeps. By name, each of the 16 columns would cost GRDB a
    /// case-insensitive search of the row's columns: a quarter of a 15,000-device report.
    static func equipment(_ r: Row) -> Equipment {
        Equipment(tag: r[0], name: r[1], nameEN: r[2], department: r[3],
                  category: r[4], lifeSupport: r[5], emergency: r[6],
                  radiation: r[7], manufacturer: r[8], model: r[9],
                  serial: r[10], inService: Day(parsing: r[11]) ?? Day(1970, 1, 1)!,
                  status: EquipmentStatus(rawValue: r[12]) ?? .inService,
                  warrantyUntil: (r[13] as String?).flatMap { Day(parsing: $0) },
                  custodian: r[14], location: r[15])
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
    }
}
