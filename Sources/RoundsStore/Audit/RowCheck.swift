import GRDB

/// Step 4 of ``Verifier``: every row of an audited table against its last audit entry, in one
/// stream and in constant memory.
///
/// The audit entries of a table are read in the order of the index `audit(tbl, row_key)`, which
/// holds each key's entries together and in id order, so the last of a run is the key's last
/// entry; the row with that key is then read by its key (one seek) and encoded as the recorder
/// encoded it. Nothing is sorted and nothing is kept: a ten-year store's two million inspections
/// cost one pass over the index and one seek each, not a sort of every payload and a table of
/// digests. A row whose entry has gone was deleted outside rounds; when every entry has its row
/// and the table still holds more rows than keys were seen, a row was added outside rounds, and
/// only then the table is read again to name it.
///
/// Text is compared byte for byte (Swift's `==` treats a name in NFC and in NFD as equal).
enum RowCheck {
    static func problem(_ db: Database, table: String, rowsChecked: inout Int) throws -> String? {
        let keyColumn = Recorder.naturalKeys[table] ?? "rowid"
        let entries = try Row.fetchCursor(db, sql: """
            SELECT id, row_key, payload FROM audit INDEXED BY audit_row WHERE tbl = ? ORDER BY row_key, id
            """, arguments: [table])
        let byKey = try db.makeStatement(sql: "SELECT * FROM \(table) WHERE \(keyColumn) = ?")
        var keys = 0
        var pending: (id: Int64, key: String, payload: String)?

        /// Checks the row of a key's last entry; the problem, if any.
        func check(_ last: (id: Int64, key: String, payload: String)) throws -> String? {
            keys += 1
            let key: DatabaseValue = keyColumn == "rowid" ? (Int64(last.key).map(\.databaseValue) ?? last.key.databaseValue) : last.key.databaseValue
            // The row straight from the statement, not a copy: it is encoded while the cursor holds
            // the statement on it, and let go.
            let cursor = try Row.fetchCursor(byKey, arguments: [key])
            guard let row = try cursor.next() else {
                return "\(table) row \(last.key) (audit entry #\(last.id)) is missing: it was deleted outside rounds"
            }
            rowsChecked += 1
            let found = CanonicalRow.encode(row)
            guard ByteText.equal(found, last.payload) else {
                return "\(table) row \(last.key) does not match audit entry #\(last.id): it was changed outside rounds"
                    + Verifier.difference(last.payload, found)
            }
            return nil
        }

        while let r = try entries.next() {
            let entry = (id: r[0] as Int64, key: r[1] as String, payload: r[2] as String)
            if let p = pending, !ByteText.equal(p.key, entry.key), let problem = try check(p) { return problem }
            pending = entry
        }
        if let p = pending, let problem = try check(p) { return problem }

        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        guard count > keys else { return nil }
        // More rows than recorded keys: name the first row (in key order) that no entry records.
        let rows = try Row.fetchCursor(db, sql: "SELECT \(keyColumn) FROM \(table) ORDER BY \(keyColumn)")
        let recorded = try db.makeStatement(sql: "SELECT EXISTS(SELECT 1 FROM audit WHERE tbl = ? AND row_key = ?)")
        while let r = try rows.next() {
            let k = CanonicalRow.keyText(r[0] as DatabaseValue)
            if try Bool.fetchOne(recorded, arguments: [table, k]) != true {
                return "\(table) row \(k) has no audit entry: it was added outside rounds"
            }
        }
        return "\(table) holds \(count) rows but the audit log records \(keys): rows were added outside rounds"
    }
}
