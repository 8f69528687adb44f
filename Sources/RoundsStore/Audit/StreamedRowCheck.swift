import GRDB

/// Step 4 of ``Verifier`` for the tables keyed by rowid, done during the chain pass of step 2: the
/// chain reads every entry in id order anyway, and a table written only by inserts holds its rows
/// in the same order (each insert takes the next rowid and appends the next audit entry). So each
/// such table is read once, in rowid order, beside the chain, and row n is compared with the entry
/// that recorded it: two sequential reads instead of a walk of the index `audit(tbl, row_key)`
/// with a seek for each entry's payload and another for its row (the two million inspections of a
/// ten-year store were two thirds of `verify`).
///
/// The shortcut holds only while a table's entries come one per row, in rising rowid order, and
/// say what its rows say. The first entry that does not fit (a second entry for a row, as a round
/// updated; a row missing, added or changed outside rounds), or a row left over at the end, hands
/// the table to ``RowCheck``, which checks it from the start and names the problem as it always has.
final class StreamedRowCheck {
    /// One table's place in the merge.
    private struct Place {
        var rows: RowCursor
        /// The order of the table's columns after the rowid read beside them.
        var layout: CanonicalRow.Layout
        var lastKey: Int64 = 0
        var checked = 0
    }

    private let db: Database
    /// The tables the merge may take on: audited, keyed by rowid.
    private let tables: Set<String>
    private var places: [String: Place] = [:]
    /// Tables handed back to ``RowCheck``.
    private(set) var handedBack: Set<String> = []

    init(_ db: Database, tables: [String]) {
        self.db = db
        self.tables = Set(tables.filter { Recorder.naturalKeys[$0] == nil })
    }

    /// Takes the next audit entry of the chain.
    func entry(table: String, key: String, payload: String) throws {
        guard tables.contains(table), !handedBack.contains(table) else { return }
        guard let id = Int64(key) else { handedBack.insert(table); return }
        if places[table] == nil {
            let statement = try db.makeStatement(sql: "SELECT rowid, * FROM \(table) ORDER BY rowid")
            places[table] = Place(rows: try Row.fetchCursor(statement), layout: CanonicalRow.Layout(columns: statement.columnNames, skipping: 1))
        }
        guard id > places[table]!.lastKey, let row = try places[table]!.rows.next(),
              (row[0] as Int64) == id,
              ByteText.equal(places[table]!.layout.encode(row), payload) else {
            hand(table)
            return
        }
        places[table]!.lastKey = id
        places[table]!.checked += 1
    }

    /// After the last entry: the tables whose every row matched its entry, with how many rows each.
    func finish() throws -> [String: Int] {
        var matched: [String: Int] = [:]
        for (table, var place) in places where !handedBack.contains(table) {
            if try place.rows.next() != nil { hand(table) } else { matched[table] = place.checked }
        }
        return matched
    }

    private func hand(_ table: String) {
        handedBack.insert(table)
        places[table] = nil
    }
}
