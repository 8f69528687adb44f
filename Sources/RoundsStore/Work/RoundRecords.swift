import GRDB
import RoundsCore

/// Why a device was left out of a round; WHO counts these as equipment in use and not located.
public enum SkipReason: String, CaseIterable, Sendable {
    case inUse = "in-use"
    case notFound = "not-found"
    case other
}

/// What has happened to each device in a round so far.
public enum RoundOutcome: Sendable, Equatable {
    case inspected(InspectionResult)
    case skipped(SkipReason)
}

/// A round in the store: which kind, which department, and the outcomes recorded in it.
public struct RoundRecord: Sendable, Equatable {
    public var id: Int64
    public var kind: InspectionKind
    public var department: String
    public var startedAt: Instant
    public var startedBy: String
    public var finishedAt: Instant?
    public var outcomes: [String: RoundOutcome]

    public init(id: Int64, kind: InspectionKind, department: String, startedAt: Instant, startedBy: String,
                finishedAt: Instant?, outcomes: [String: RoundOutcome]) {
        self.id = id; self.kind = kind; self.department = department; self.startedAt = startedAt
        self.startedBy = startedBy; self.finishedAt = finishedAt; self.outcomes = outcomes
    }
}

extension Recorder {
    /// Starts a round of `kind` in `department`.
    public func startRound(kind: InspectionKind, department: String) throws -> Int64 {
        try insert("rounds", ["kind": kind.rawValue, "department": department, "started_at": at.seconds,
                              "started_by": actor, "finished_at": nil])
    }

    /// Marks a round finished (every device inspected or skipped).
    public func finishRound(_ id: Int64) throws {
        try upsert("rounds", key: "id", ["id": id, "finished_at": at.seconds])
    }

    /// Records that a device was skipped in a round, and why.
    public func recordSkip(round: Int64, device: String, reason: SkipReason, note: String = "") throws {
        try insert("round_skips", ["round": round, "device": device, "reason": reason.rawValue, "note": note,
                                   "at": at.seconds, "by": actor])
    }
}

extension Store {
    /// What has been recorded in round `id` so far, by anyone: the screen of a second person walking
    /// the same round re-reads it when the store changes (issue: two people in one round).
    public func roundOutcomes(_ id: Int64) throws -> [String: RoundOutcome] {
        try read { try Store.roundOutcomes($0, id) }
    }

    /// The current (uncorrected) inspection of `device` in round `id` and who made it, if any.
    public func roundInspection(_ id: Int64, device: String) throws -> (Int64, String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT i.id, i.by FROM inspections i WHERE i.round = ? AND i.device = ? AND \(Store.current("i")) ORDER BY i.id DESC LIMIT 1",
                             arguments: [id, device]).map { ($0["id"], $0["by"]) }
        }
    }

    /// Inspections and skips in the order they were made (a later one wins for its device).
    static func roundOutcomes(_ db: Database, _ id: Int64) throws -> [String: RoundOutcome] {
        var outcomes: [String: RoundOutcome] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT device, result AS what, 'inspected' AS source, at, id FROM inspections i
            WHERE round = ?1 AND \(Store.current("i"))
            UNION ALL SELECT device, reason AS what, 'skipped' AS source, at, id FROM round_skips WHERE round = ?1
            ORDER BY at, id
            """, arguments: [id])
        for row in rows {
            let what: String = row["what"]
            outcomes[row["device"]] = (row["source"] as String) == "inspected"
                ? .inspected(InspectionResult(rawValue: what) ?? .ok) : .skipped(SkipReason(rawValue: what) ?? .other)
        }
        return outcomes
    }

    /// The unfinished round of this kind in this department, if someone left one, with its outcomes.
    public func openRound(kind: InspectionKind, department: String) throws -> RoundRecord? {
        try read { db in
            guard let r = try Row.fetchOne(db, sql: """
                SELECT * FROM rounds WHERE kind = ? AND department = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [kind.rawValue, department]) else { return nil }
            let id: Int64 = r["id"]
            let outcomes = try Store.roundOutcomes(db, id)
            return RoundRecord(id: id, kind: kind, department: department, startedAt: Instant(seconds: r["started_at"]),
                               startedBy: r["started_by"], finishedAt: nil, outcomes: outcomes)
        }
    }

    /// The day of each device's latest inspection (any kind), for "last inspected" in round mode.
    public func lastInspectionDays(department: String) throws -> [String: Day] {
        try read { db in
            var out: [String: Day] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT i.device, MAX(i.day) AS day FROM inspections i JOIN equipment e ON e.tag = i.device
                WHERE e.department = ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'inspections' AND x.original = i.id) GROUP BY i.device
                """, arguments: [department]) {
                out[r["device"]] = Day(parsing: r["day"])
            }
            return out
        }
    }
}
