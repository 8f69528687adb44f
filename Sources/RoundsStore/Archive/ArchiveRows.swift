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

    static func equipment(_ r: Row) -> Equipment {
        Equipment(tag: r["tag"], name: r["name"], nameEN: r["name_en"], department: r["department"],
                  category: r["category"], lifeSupport: r["life_support"], emergency: r["emergency"],
                  radiation: r["radiation"], manufacturer: r["manufacturer"], model: r["model"],
                  serial: r["serial"], inService: Day(parsing: r["in_service"]) ?? Day(1970, 1, 1)!,
                  status: EquipmentStatus(rawValue: r["status"]) ?? .inService,
                  warrantyUntil: (r["warranty_until"] as String?).flatMap { Day(parsing: $0) },
                  custodian: r["custodian"], location: r["location"])
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
