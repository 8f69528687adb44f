import Foundation
import GRDB
import RoundsCore

/// Which devices an archive query returns.
public struct EquipmentFilter: Sendable, Equatable {
    /// Matches the tag, the Chinese or English name, the model, serial, manufacturer or location:
    /// any substring, case-insensitive for ASCII, so `呼吸机` finds every ventilator.
    public var text: String = ""
    public var department: String?
    public var status: EquipmentStatus?

    public init(text: String = "", department: String? = nil, status: EquipmentStatus? = nil) {
        self.text = text; self.department = department; self.status = status
    }
}

/// One line of a device's history, oldest first.
public struct HistoryEntry: Sendable, Equatable {
    public var at: Instant
    public var actor: String
    /// What happened, e.g. `insert`, `update`, `status`.
    public var action: String
    /// The changed fields (`status: standby → in-service`), or the new status and its reason.
    public var detail: String
}

extension Store {
    public func departments() throws -> [Department] {
        try read { try Row.fetchAll($0, sql: "SELECT * FROM departments ORDER BY code").map(ArchiveRows.department) }
    }

    public func people() throws -> [Person] {
        try read { try Row.fetchAll($0, sql: "SELECT * FROM people ORDER BY login").map(ArchiveRows.person) }
    }

    public func person(_ login: String) throws -> Person? {
        try read { try Row.fetchOne($0, sql: "SELECT * FROM people WHERE login = ?", arguments: [login]).map(ArchiveRows.person) }
    }

    public func device(_ tag: String) throws -> Equipment? {
        try read { try Row.fetchOne($0, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) }
    }

    /// Devices matching a filter, ordered by department, location, then tag (the order of a round).
    public func equipment(_ filter: EquipmentFilter = EquipmentFilter()) throws -> [Equipment] {
        var clauses: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let d = filter.department { clauses.append("department = ?"); args.append(d) }
        if let s = filter.status { clauses.append("status = ?"); args.append(s.rawValue) }
        let text = filter.text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            let like = "%" + text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            let fields = ["tag", "name", "name_en", "model", "serial", "manufacturer", "location", "category"]
            clauses.append("(" + fields.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
            args.append(contentsOf: Array(repeating: like, count: fields.count))
        }
        if clauses.isEmpty { return try read { try equipmentMemo.all($0) } }
        let whereSQL = "WHERE " + clauses.joined(separator: " AND ")
        return try read {
            try EquipmentMemo.decode(Row.fetchCursor($0, sql: "\(ArchiveRows.equipmentSelect) \(whereSQL) \(EquipmentMemo.order)",
                                                    arguments: StatementArguments(args)))
        }
    }

    /// Device counts by department and status, for the dashboard.
    public func equipmentCounts() throws -> [String: [EquipmentStatus: Int]] {
        try read { db in
            var out: [String: [EquipmentStatus: Int]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT department, status, COUNT(*) AS n FROM equipment GROUP BY department, status") {
                guard let s = EquipmentStatus(rawValue: r["status"]) else { continue }
                out[r["department"], default: [:]][s] = r["n"]
            }
            return out
        }
    }

    /// The device's record history from the audit log: creation, every field change, status changes,
    /// and every correction of its records of work, naming both the original and what replaced it.
    public func history(of tag: String) throws -> [HistoryEntry] {
        var entries = try recordHistory(of: tag)
        for c in try corrections(device: tag) {
            let replaced = try c.replacement.map { try describe(c.record, $0) } ?? "void"
            entries.append(HistoryEntry(at: c.at, actor: c.by, action: "correct",
                                        detail: "\(c.record.word) \(try describe(c.record, c.original)) → \(replaced): \(c.reason)"))
        }
        return entries.sorted { $0.at < $1.at }
    }

    func recordHistory(of tag: String) throws -> [HistoryEntry] {
        try read { db in
            var entries: [HistoryEntry] = []
            var previous: [String: String] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT at, actor, action, payload FROM audit WHERE tbl = 'equipment' AND row_key = ? ORDER BY id", arguments: [tag])
            for r in rows {
                let fields = FlatJSON.parse(r["payload"])
                // A schema migration widened the row; nothing about the device changed (v17).
                if (r["action"] as String) == ArchiveFieldsSchema.migrateAction { previous = fields; continue }
                let changed = fields.keys.sorted().filter { previous[$0] != fields[$0] }
                let detail = (r["action"] as String) == "insert"
                    ? (fields["status"] ?? "")
                    : changed.map { "\($0): \(previous[$0] ?? "") -> \(fields[$0] ?? "")" }.joined(separator: "; ")
                entries.append(HistoryEntry(at: Instant(seconds: r["at"]), actor: r["actor"], action: r["action"], detail: detail))
                previous = fields
            }
            return entries
        }
    }

    /// True when the store has no people yet: imports then bootstrap without an identity.
    public func hasPeople() throws -> Bool {
        try read { try Bool.fetchOne($0, sql: "SELECT EXISTS(SELECT 1 FROM people)") ?? false }
    }
}
