import Foundation
import GRDB
import RoundsCore

/// What an import did (or, with `--dry-run`, would do).
public struct ImportSummary: Sendable, Equatable {
    public var kind: ImportKind
    public var encoding: ImportEncoding
    public var rows = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var dryRun = false
}

/// Imports departments, people or equipment from a CSV file, all or nothing.
///
/// Every row is checked before anything is written; any problem refuses the whole file with one
/// `FILE:LINE: column: message` line per problem, and the store is unchanged. A row whose key exists
/// updates that record (the columns the file leaves out keep their values), audited like any write.
public struct Importer {
    public let store: Store
    public let actor: String
    public let at: Instant
    /// After the bootstrap only an equipment head imports, in person: her PIN is in `options.pins`
    /// unless she is the OS account (R2).
    public var options: WriteOptions

    public init(store: Store, actor: String, at: Instant, options: WriteOptions = WriteOptions()) {
        self.store = store; self.actor = actor; self.at = at; self.options = options
    }

    public func run(_ kind: ImportKind, file: String, encoding: ImportEncoding? = nil, dryRun: Bool = false) throws -> ImportSummary {
        let name = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            throw StoreError.notFound(en: "\(file): cannot read the file", zh: "\(file)：无法读取该文件")
        }
        guard let (text, used) = ImportEncoding.decode(data, forced: encoding) else {
            throw StoreError.importRejected(["\(name):1: file: not UTF-8 or GB18030 text"])
        }
        let records: [CSVRecord]
        do { records = try CSVReader.parse(text) } catch {
            throw StoreError.importRejected(["\(name):\(error.line): csv: \(error.message)"])
        }
        guard let header = records.first else { throw StoreError.importRejected(["\(name):1: file: empty (no header row)"]) }

        var problems: [String] = []
        var columnAt: [Int: ImportKind.Column] = [:]
        var seenColumns = Set<String>()
        for (i, cell) in header.fields.enumerated() {
            guard let col = kind.column(named: cell) else {
                let expected = kind.columns.map(\.name).joined(separator: ", ")
                problems.append("\(name):\(header.line): \(cell.trimmingCharacters(in: .whitespaces)): unknown column (expected some of: \(expected))")
                continue
            }
            if !seenColumns.insert(col.name).inserted {
                problems.append("\(name):\(header.line): \(col.name): column given twice")
            }
            columnAt[i] = col
        }
        for col in kind.columns where col.required && !seenColumns.contains(col.name) {
            problems.append("\(name):\(header.line): \(col.name): required column is missing")
        }
        if !problems.isEmpty { throw StoreError.importRejected(problems) }

        let context = try ImportContext.load(store)
        var rows: [ImportRow] = []
        var keysSeen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problems.append("\(name):\(record.line): row: has \(record.fields.count) fields, the header has \(header.fields.count)")
                continue
            }
            var values: [String: String] = [:]
            for (i, v) in record.fields.enumerated() { if let c = columnAt[i] { values[c.name] = SpreadsheetCell.restored(v.trimmingWhitespace) } }
            let row = ImportRow(file: name, line: record.line, values: values)
            let key = values[kind.keyColumn] ?? ""
            if !key.isEmpty, let first = keysSeen[key] {
                problems.append("\(name):\(record.line): \(kind.keyColumn): \(key) is already on line \(first)")
            } else if !key.isEmpty {
                keysSeen[key] = record.line
            }
            rows.append(row)
        }

        var summary = ImportSummary(kind: kind, encoding: used, dryRun: dryRun)
        let validator = ImportValidator(context: context, file: name)
        var plan: [ImportValidator.Planned] = []
        for row in rows {
            switch validator.check(kind, row) {
            case .success(let p): plan.append(p)
            case .failure(let errs): problems.append(contentsOf: errs.messages)
            }
        }
        if !problems.isEmpty { throw StoreError.importRejected(problems) }

        summary.rows = plan.count
        for p in plan {
            switch p.change {
            case .added: summary.added += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            }
        }
        if dryRun { return summary }
        try store.write(actor: actor, at: at, options: options) { rec in
            try rec.requireAdministrator(doing: RuleText(en: "importing \(kind.rawValue)", zh: "导入 \(kind.rawValue)"))
            for p in plan where p.change != .unchanged {
                switch p.record {
                case .department(let d): try rec.save(d)
                case .person(let person):
                    if let before = context.people[person.login],
                       let problem = Permissions.roleChangeProblem(login: person.login, before: before.roles, after: person.roles, actor: actor) {
                        throw StoreError.ruled(problem)
                    }
                    try rec.save(person)
                case .equipment(let e): try rec.save(e, reason: "import \(name):\(p.line)")
                }
            }
        }
        return summary
    }
}

/// One data row of the file, values by column name.
struct ImportRow {
    let file: String
    let line: Int
    let values: [String: String]

    func has(_ column: String) -> Bool { values[column] != nil }
    func text(_ column: String) -> String { values[column] ?? "" }
}

/// What the store already holds, read once before the rows are checked.
struct ImportContext {
    var departments: [String: Department]
    var people: [String: Person]
    var equipment: [String: Equipment]

    static func load(_ store: Store) throws -> ImportContext {
        ImportContext(departments: Dictionary(uniqueKeysWithValues: try store.departments().map { ($0.code, $0) }),
                      people: Dictionary(uniqueKeysWithValues: try store.people().map { ($0.login, $0) }),
                      equipment: Dictionary(uniqueKeysWithValues: try store.equipment().map { ($0.tag, $0) }))
    }
}
