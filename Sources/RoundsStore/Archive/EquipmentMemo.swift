import Foundation
import GRDB
import RoundsCore

/// The whole archive as last decoded, with the audit head it was read at.
///
/// The dashboard, the overdue board, the uptime board and the reports each start from every
/// device; at 15,000 devices decoding the archive is a good part of each answer. Every write of
/// rounds appends to the audit chain in the same transaction as its rows, so the newest audit id
/// read *in the same read transaction* says whether the archive can have changed since: the same
/// id, the same rows. One memo per ``Store`` (per process); a changed archive is read again.
final class EquipmentMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var mark: Int64 = -1
    private var devices: [Equipment] = []

    /// The archive's list order.
    static let order = "ORDER BY department, location, tag"

    /// Decodes each row where SQLite holds it (a cursor): no copy of every column first.
    static func decode(_ cursor: RowCursor) throws -> [Equipment] {
        var out: [Equipment] = []
        while let row = try cursor.next() { out.append(ArchiveRows.equipment(row)) }
        return out
    }

    /// The archive in its list order (department, location, tag) as of this read transaction.
    func all(_ db: Database) throws -> [Equipment] {
        let head = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM audit")) ?? 0
        lock.lock()
        if head == mark { defer { lock.unlock() }; return devices }
        lock.unlock()
        let fresh = try Self.decode(Row.fetchCursor(db.cachedStatement(sql: "\(ArchiveRows.equipmentSelect) \(Self.order)")))
        lock.lock(); mark = head; devices = fresh; lock.unlock()
        return fresh
    }
}
