import RoundsCore
import RoundsStore

/// The command-line forms of the equipment archive: `rounds equipment list|show`.
public enum EquipmentOutput {
    /// Columns of `equipment list` in CSV and JSON: the import columns, so a list re-imports as is.
    /// The purchase value is yuan text with two decimals (`"125000.00"`): exact, never a float.
    static let fields = ["tag", "name", "name_en", "department", "category", "life_support", "emergency", "radiation",
                         "manufacturer", "model", "serial", "in_service", "status", "warranty_until", "custodian", "location",
                         "supplier", "purchase_value", "service_life_end", "maintainer"] + ArchiveFlag.all.map(\.column)

    static func values(_ e: Equipment) -> [JSONValue] {
        [.string(e.tag), .string(e.name), .string(e.nameEN), .string(e.department), .string(e.category),
         .bool(e.lifeSupport), .bool(e.emergency), .bool(e.radiation), .string(e.manufacturer), .string(e.model),
         .string(e.serial), .string(e.inService.description), .string(e.status.rawValue),
         e.warrantyUntil.map { .string($0.description) } ?? .null, .string(e.custodian), .string(e.location),
         .string(e.supplier), e.purchaseValueFen.map { .string(Money.yuan($0)) } ?? .null,
         e.serviceLifeEnd.map { .string($0.description) } ?? .null, .string(e.maintainer)]
            + ArchiveFlag.all.map { .bool(e.flags[keyPath: $0.path]) }
    }

    static func csvValue(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        case .null: return ""
        default: return v.text
        }
    }

    static func object(_ e: Equipment) -> JSONValue { .object(Array(zip(fields, values(e)))) }

    public static func list(_ devices: [Equipment], format: OutputFormat, chinese: Bool) -> String {
        switch format {
        case .json:
            return JSONValue.object([("count", .int(devices.count)), ("devices", .array(devices.map(object)))]).text + "\n"
        case .csv:
            return CSVWriter.document(header: fields, rows: devices.map { values($0).map(csvValue) })
        case .table:
            let s = Strings(chinese: chinese)
            let rows = devices.map { e in
                [e.tag, e.displayName(english: !chinese), e.department, s.status(e.status), e.model, e.location]
            }
            return TextTable.render(header: [s.t(.colTag), s.t(.colName), s.t(.colDepartment), s.t(.colStatus), s.t(.colModel), s.t(.colLocation)], rows: rows)
        }
    }

    public static func show(_ e: Equipment, history: [HistoryEntry], department: Department?, custodian: Person?,
                            format: OutputFormat, calendar: FacilityCalendar, chinese: Bool) -> String {
        let historyJSON: [JSONValue] = history.map {
            .object([("at", .string(calendar.format($0.at, seconds: true))), ("by", .string($0.actor)),
                     ("action", .string($0.action)), ("detail", .string($0.detail))])
        }
        switch format {
        case .json:
            guard case .object(var pairs) = object(e) else { return "" }
            pairs.append(("history", .array(historyJSON)))
            return JSONValue.object(pairs).text + "\n"
        case .csv:
            return CSVWriter.document(header: ["field", "value"], rows: zip(fields, values(e).map(csvValue)).map { [$0, $1] })
        case .table:
            let s = Strings(chinese: chinese)
            var out = TextTable.render(header: [s.t(.field), s.t(.value)], rows: DeviceFields.rows(e, strings: s, department: department, custodian: custodian))
            out += "\n" + s.t(.history) + "\n"
            out += TextTable.render(header: [s.t(.colWhen), s.t(.colBy), s.t(.colAction), s.t(.colDetail)],
                                    rows: history.map { [calendar.format($0.at), $0.actor, s.historyAction($0.action), s.historyDetail($0)] })
            return out
        }
    }
}
