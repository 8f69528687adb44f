import GRDB

/// Checks that a store's schema is exactly the one the migrations make (R3).
///
/// The audit chain vouches for rows, not for the schema around them, and a schema object can change
/// rows without leaving an audit entry: a trigger planted with the `sqlite3` tool
/// (`CREATE TRIGGER … AFTER INSERT ON hazards BEGIN UPDATE hazards SET note = '' …; END`) rewrites
/// every new hazard as it is written; a view can stand in for a table a script reads. So `verify`
/// migrates a fresh in-memory database with the same ``Migrations/migrator`` and compares
/// `sqlite_master` — every object's type, name, table and `CREATE` text, byte for byte — with the
/// store's. Only `sqlite_stat*` (statistics `ANALYZE` may write) is ignored.
///
/// ```swift
/// try SchemaCheck.problem(db)   // "schema: trigger hazards_blank on hazards was not made by the migrations: …"
/// ```
enum SchemaCheck {
    /// One row of `sqlite_master`, and a table's column names (to say which column was added).
    struct Object: Sendable {
        var type: String
        var name: String
        var table: String
        var sql: String?
        var columns: [String]

        var label: String { type == "table" ? "table \(name)" : "\(type) \(name) on \(table)" }
    }

    /// The schema the migrations make, computed once per process (a migration of an empty database
    /// in memory, a few milliseconds).
    static let expected: Result<[Object], any Error> = Result(catching: {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        return try queue.read(objects)
    })

    static func objects(_ db: Database) throws -> [Object] {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").compactMap { r in
            let name: String = r["name"]
            if name.hasPrefix("sqlite_stat") { return nil }
            let type: String = r["type"]
            let columns = type == "table" ? try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quotedDatabaseIdentifier))").map { $0["name"] as String } : []
            return Object(type: type, name: name, table: r["tbl_name"], sql: r["sql"], columns: columns)
        }
    }

    /// The first difference between the store's schema and the migrations', naming the object; nil
    /// when they are the same.
    static func problem(_ db: Database) throws -> String? {
        let want = try expected.get()
        let have = try objects(db)
        func key(_ o: Object) -> [UInt8] { Array((o.type + "\u{0}" + o.name).utf8) }
        let wanted = Dictionary(want.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let found = Dictionary(have.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for o in have {
            guard let w = wanted[key(o)] else {
                return "schema: \(o.label) was not made by the migrations: it was added outside rounds (\(oneLine(o.sql)))"
            }
            if !ByteText.equal(w.table, o.table) || !ByteText.equal(w.sql ?? "", o.sql ?? "") || (w.sql == nil) != (o.sql == nil) {
                let added = o.columns.filter { c in !w.columns.contains { ByteText.equal($0, c) } }
                let removed = w.columns.filter { c in !o.columns.contains { ByteText.equal($0, c) } }
                var what = "it was changed outside rounds"
                if let c = added.first { what = "column \(o.name).\(c) was added outside rounds" }
                else if let c = removed.first { what = "column \(o.name).\(c) was removed outside rounds" }
                return "schema: \(o.label) is not as the migrations made it: \(what)"
            }
        }
        for w in want where found[key(w)] == nil {
            return "schema: \(w.label) is missing: the migrations made it and it was dropped outside rounds"
        }
        return nil
    }

    static func oneLine(_ sql: String?) -> String {
        let flat = (sql ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .unicodeScalars.filter { $0.properties.generalCategory != .control }.map(String.init).joined()
        return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
    }
}
