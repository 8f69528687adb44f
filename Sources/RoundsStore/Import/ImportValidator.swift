import Foundation
import RoundsCore

/// Checks one import row against the column rules and the store, and plans the change.
struct ImportValidator {
    struct Problems: Error { var messages: [String] }

    enum Record { case department(Department), person(Person), equipment(Equipment) }
    enum Change { case added, updated, unchanged }

    struct Planned {
        let line: Int
        let record: Record
        let change: Change
    }

    let context: ImportContext
    let file: String

    func check(_ kind: ImportKind, _ row: ImportRow) -> Result<Planned, Problems> {
        var problems: [String] = []
        func fail(_ column: String, _ message: String) { problems.append("\(file):\(row.line): \(column): \(message)") }
        func required(_ column: String) -> String {
            let v = row.text(column)
            if v.isEmpty { fail(column, "is empty (required)") }
            return v
        }
        func bool(_ column: String, default def: Bool) -> Bool {
            guard row.has(column), !row.text(column).isEmpty else { return def }
            guard let b = ImportValues.bool(row.text(column)) else {
                fail(column, "'\(row.text(column))' is not yes/no (also true/false, 1/0, 是/否, y/n)")
                return def
            }
            return b
        }
        func day(_ column: String) -> Day? {
            let v = row.text(column)
            guard !v.isEmpty else { return nil }
            guard let d = Day(parsing: v) else { fail(column, "'\(v)' is not a date (YYYY-MM-DD)"); return nil }
            return d
        }
        func keyText(_ column: String) -> String {
            let v = required(column)
            if !v.isEmpty, v.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
                fail(column, "'\(v)' must not contain spaces, commas or semicolons")
            }
            return v
        }
        func change<T: Equatable>(_ old: T?, _ new: T) -> Change { old == nil ? .added : (old == new ? .unchanged : .updated) }
        // Every cell's text once (CleanText): a NUL would cut the value in the store, ESC and BEL reach terminals.
        for column in row.values.keys.sorted() {
            do { try CleanText.check(row.text(column), lines: .one) } catch { fail(column, error.description) }
        }

        let record: Record
        let planned: Change
        switch kind {
        case .departments:
            let code = keyText("code")
            let old = context.departments[code]
            var d = old ?? Department(code: code, name: "")
            d.name = required("name")
            if row.has("name_en") { d.nameEN = row.text("name_en") }
            if row.text("key").isEmpty { fail("key", "is empty (required: yes or no)") }
            d.isKey = bool("key", default: false)
            record = .department(d); planned = change(old, d)

        case .people:
            let login = keyText("login")
            let old = context.people[login]
            var p = old ?? Person(login: login, name: "", roles: [])
            p.name = required("name")
            var roles: Set<Role> = []
            for part in required("roles").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
                if let r = Role(rawValue: part) { roles.insert(r) } else {
                    fail("roles", "'\(part)' is not a role (engineer, custodian, operator, dept-head, equipment-head, director, auditor)")
                }
            }
            p.roles = roles
            if row.has("department") {
                let dep = row.text("department")
                if !dep.isEmpty, resolveDepartment(dep) == nil { fail("department", "no department '\(dep)'") }
                p.department = resolveDepartment(dep) ?? dep
            }
            record = .person(p); planned = change(old, p)

        case .equipment:
            let tag = keyText("tag")
            let old = context.equipment[tag]
            var e = old ?? Equipment(tag: tag, name: "", department: "", inService: Day(1970, 1, 1)!)
            e.name = required("name")
            if row.has("name_en") { e.nameEN = row.text("name_en") }
            let dep = required("department")
            if !dep.isEmpty {
                if let code = resolveDepartment(dep) { e.department = code } else { fail("department", "no department with code or name '\(dep)'") }
            }
            for (column, path) in [("category", \Equipment.category), ("manufacturer", \.manufacturer), ("model", \.model),
                                   ("serial", \.serial), ("location", \.location)] where row.has(column) {
                e[keyPath: path] = row.text(column)
            }
            e.lifeSupport = bool("life_support", default: old?.lifeSupport ?? false)
            e.emergency = bool("emergency", default: old?.emergency ?? false)
            e.radiation = bool("radiation", default: old?.radiation ?? false)
            if required("in_service").isEmpty == false, let d = day("in_service") { e.inService = d }
            if row.has("status"), !row.text("status").isEmpty {
                if let s = EquipmentStatus(parsing: row.text("status")) { e.status = s } else {
                    fail("status", "'\(row.text("status"))' is not a status (in-service, standby, stopped, scrapped; 在用, 备用, 停用, 报废)")
                }
            }
            if row.has("warranty_until") { e.warrantyUntil = day("warranty_until") }
            if row.has("custodian") {
                let c = row.text("custodian")
                if !c.isEmpty, context.people[c] == nil { fail("custodian", "no person with login '\(c)'") }
                e.custodian = c
            }
            if row.has("supplier") { e.supplier = row.text("supplier") }
            if row.has("purchase_value") {
                let v = row.text("purchase_value")
                if v.isEmpty { e.purchaseValueFen = nil } else {
                    do { e.purchaseValueFen = try Money.fen(parsing: v) } catch { fail("purchase_value", error.description) }
                }
            }
            if row.has("service_life_end") { e.serviceLifeEnd = day("service_life_end") }
            if row.has("maintainer") {
                let m = row.text("maintainer")
                if !m.isEmpty, context.people[m] == nil { fail("maintainer", "no person with login '\(m)'") }
                e.maintainer = m
            }
            for flag in ArchiveFlag.all {
                e.flags[keyPath: flag.path] = bool(flag.column, default: old?.flags[keyPath: flag.path] ?? false)
            }
            if let old, old.status == .scrapped, old != e {
                fail("tag", "R8: device \(tag) is scrapped; its archive is read-only")
            }
            record = .equipment(e); planned = change(old, e)
        }
        return problems.isEmpty ? .success(Planned(line: row.line, record: record, change: planned)) : .failure(Problems(messages: problems))
    }

    /// A department given by its code or its exact name.
    func resolveDepartment(_ text: String) -> String? {
        if context.departments[text] != nil { return text }
        return context.departments.values.first { $0.name == text || (!$0.nameEN.isEmpty && $0.nameEN == text) }?.code
    }
}
