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
    /// The unfinished round of this kind in this department, if someone left one, with its outcomes.
    public func openRound(kind: InspectionKind, department: String) throws -> RoundRecord? {
        try read { db in
            guard let r = try Row.fetchOne(db, sql: """
                SELECT * FROM rounds WHERE kind = ? AND department = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [kind.rawValue, department]) else { return nil }
            let id: Int64 = r["id"]
            var outcomes: [String: RoundOutcome] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT device, result FROM inspections i WHERE round = ? AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'inspections' AND x.original = i.id) ORDER BY id", arguments: [id]) {
                outcomes[row["device"]] = .inspected(InspectionResult(rawValue: row["result"]) ?? .ok)
            }
            for row in try Row.fetchAll(db, sql: "SELECT device, reason FROM round_skips WHERE round = ? ORDER BY id", arguments: [id]) {
                outcomes[row["device"]] = .skipped(SkipReason(rawValue: row["reason"]) ?? .other)
            }
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
