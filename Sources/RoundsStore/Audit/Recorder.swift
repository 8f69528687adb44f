import GRDB
import RoundsCore

/// The one place rows are written. Every insert or update also appends the row, as it now reads in
/// the table, to the hash-chained audit log, in the same transaction.
///
/// Get one from ``Store/write(actor:at:_:)``:
///
/// ```swift
/// try store.write(actor: "wangfang", at: now) { rec in
///     try rec.upsert("departments", key: "code",
///                    ["code": "ICU", "name": "重症医学科", "name_en": "ICU", "is_key": true])
/// }
/// ```
public struct Recorder {
    /// The open write transaction, for reads made while writing.
    public let db: Database
    /// Who enters the records (the person at the keyboard).
    public let actor: String
    /// When they are entered: the audit time of every row written, and the entry time of every record
    /// of work (R4). In an evidence store it is the system clock.
    public let at: Instant
    /// The late-entry reason and the other facts about this write.
    public let options: WriteOptions
    /// How far the time of work may lie from `at` (R4).
    let workTimeRule: WorkTimeRule
    /// The store's kind and signature setting (nil while the store is being created).
    let storeSettings: StoreSettings?
    /// Signers already proven in this transaction: a step that records two events asks for the PIN once.
    let proven = ProvenSigners()
    /// What this transaction has read and may read again (people, ticket rules).
    let cache = TransactionCache()
    /// What the derived tables must follow at the end of this transaction.
    let pending = PendingDerived()

    init(db: Database, actor: String, at: Instant, options: WriteOptions = WriteOptions(),
         workTimeRule: WorkTimeRule = WorkTimeRule(), storeSettings: StoreSettings? = nil) {
        self.db = db; self.actor = actor; self.at = at; self.options = options
        self.workTimeRule = workTimeRule; self.storeSettings = storeSettings
    }

    /// The tables whose rows are recorded by a natural key column rather than by rowid.
    static let naturalKeys: [String: String] = ["departments": "code", "people": "login", "equipment": "tag", "settings": "key",
                                                       "tickets": "number", "spare_parts": "code",
                                                       "department_shifts": "department"]

    /// Inserts a new row or updates the row whose `key` column matches; records it in the audit log.
    public func upsert(_ table: String, key: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        guard let keyValue = values[key] ?? nil else { throw StoreError.refused("\(table): missing \(key)") }
        let columns = values.keys.sorted()
        let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM \(table) WHERE \(key) = ?)"),
                                       arguments: [keyValue]) ?? false
        if exists {
            let sets = columns.filter { $0 != key }.map { "\($0) = ?" }.joined(separator: ", ")
            var args = columns.filter { $0 != key }.map { values[$0] ?? nil }
            args.append(keyValue)
            try execute("UPDATE \(table) SET \(sets) WHERE \(key) = ?", StatementArguments(args))
        } else {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
                        StatementArguments(columns.map { values[$0] ?? nil }))
        }
        cache.forget(table)
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table) WHERE \(key) = ?"), arguments: [keyValue])!
        let stored = CanonicalRow.sorted(row)
        try ReadBack.check(table, written: values, sorted: stored)
        proven.wrote = true
        try AuditChain.append(db, at: at.seconds, actor: actor, action: exists ? "update" : "insert",
                              table: table, key: Self.keyText(keyValue), payload: CanonicalRow.encode(sorted: stored), head: &cache.auditHead)
        pending.upserted(table: table, key: Self.keyText(keyValue), existed: exists)
    }

    /// Runs one write through a cached statement: recording is the hot path of imports and the
    /// generators, and preparing a statement anew each time (SQLite's parser and GRDB's authorizer)
    /// cost more than the write. (setArguments, then execute: GRDB's temporary-binding path of
    /// execute(arguments:) mishandles reused statements with NULL values.)
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        try statement.execute()
    }

    static func keyText(_ v: any DatabaseValueConvertible) -> String {
        CanonicalRow.keyText(v.databaseValue)
    }

    /// Inserts a record into an insert-only table and returns its rowid; records it in the audit log.
    @discardableResult
    public func insert(_ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws -> Int64 {
        let columns = values.keys.sorted()
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
                    StatementArguments(columns.map { values[$0] ?? nil }))
        let id = db.lastInsertedRowID
        cache.forget(table)
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table) WHERE rowid = ?"), arguments: [id])!
        let stored = CanonicalRow.sorted(row)
        try ReadBack.check(table, written: values, sorted: stored)
        proven.wrote = true
        try AuditChain.append(db, at: at.seconds, actor: actor, action: "insert", table: table,
                              key: String(id), payload: CanonicalRow.encode(sorted: stored), head: &cache.auditHead)
        // Derived state follows the record in the same transaction (Derived/DerivedState.swift).
        try DerivedState.recorded(db, table: table, row: row)
        try pending.inserted(db, table: table, row: row)
        try checkWorkTime(table, id: id, values)
        return id
    }

    /// Brings the derived tables that follow a whole transaction up to date (``PendingDerived``):
    /// called by the store at the end of every write.
    func finishDerived() throws { try pending.apply(db) }
}
