import GRDB
import RoundsCore

/// The records of work that can be corrected, by table (CONTRACT: "No record is ever lost or silently
/// altered; corrections are new records with who, when and why").
public enum CorrectableRecord: String, CaseIterable, Sendable {
    case inspection = "inspections"
    case dailyCheck = "daily_checks"
    case maintenance = "maintenance"

    /// The word the command line uses: `inspection`, `daily-check`, `maintenance`.
    public var word: String {
        switch self {
        case .inspection: return "inspection"
        case .dailyCheck: return "daily-check"
        case .maintenance: return "maintenance"
        }
    }

    public init?(word: String) {
        guard let r = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = r
    }
}

/// One correction: the record it corrects, the record that replaces it (nil: the original should
/// never have been recorded — void), why, who and when.
public struct Correction: Sendable, Equatable {
    public var id: Int64
    public var record: CorrectableRecord
    public var original: Int64
    public var replacement: Int64?
    public var reason: String
    public var at: Instant
    public var by: String
}

extension Recorder {
    /// Records that `replacement` (a record just written to the same table, or nil to void) corrects
    /// `original`. The original stays as it was, shown with its correction; reports read the
    /// replacement. A record is corrected once: to correct a correction, correct its replacement.
    public func correct(_ record: CorrectableRecord, original: Int64, replacement: Int64?, reason: String) throws {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.ruled(RuleText(en: "a correction needs its reason (--reason TEXT): who corrects what, and why, is kept with it",
                                            zh: "更正须说明理由（--reason TEXT）：谁更正了什么、为什么更正，都随记录保存"))
        }
        let table = record.rawValue
        guard let device = try String.fetchOne(db, sql: "SELECT device FROM \(table) WHERE id = ?", arguments: [original]) else {
            throw StoreError.notFound(en: "no \(record.word) #\(original)", zh: "没有 \(record.word) 记录 #\(original)")
        }
        if let earlier = try Row.fetchOne(db, sql: "SELECT replacement FROM corrections WHERE tbl = ? AND original = ?", arguments: [table, original]) {
            let by: Int64? = earlier["replacement"]
            throw StoreError.ruled(RuleText(en: "\(record.word) #\(original) was already corrected" + (by.map { " by #\($0): correct that one instead" } ?? " (voided)"),
                                            zh: "\(record.word) #\(original) 已被更正" + (by.map { "（由 #\($0) 更正）：请更正那一条" } ?? "（已作废）")))
        }
        if let replacement {
            let other = try String.fetchOne(db, sql: "SELECT device FROM \(table) WHERE id = ?", arguments: [replacement])
            guard other == device else {
                throw StoreError.ruled(RuleText(en: "a correction is for the same device (\(device)); a record of the wrong device is voided (rounds record void \(record.word) \(original) --reason …) and recorded anew",
                                                zh: "更正只能针对同一设备（\(device)）；设备记错的记录应作废（rounds record void \(record.word) \(original) --reason …）后重新记录"))
            }
        }
        try insert("corrections", ["tbl": table, "original": original, "replacement": replacement, "reason": why,
                                   "at": at.seconds, "by": actor])
    }
}

extension Store {
    /// The ids of the records of `record`'s table that a correction replaced or voided.
    public func correctedIDs(_ record: CorrectableRecord) throws -> Set<Int64> {
        try read { try Store.correctedIDs($0, record) }
    }

    static func correctedIDs(_ db: Database, _ record: CorrectableRecord) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT original FROM corrections WHERE tbl = ?"), arguments: [record.rawValue]))
    }

    /// The corrections of one device's records, oldest first.
    public func corrections(device tag: String) throws -> [Correction] {
        try read { db in
            var out: [Correction] = []
            for record in CorrectableRecord.allCases {
                for r in try Row.fetchAll(db, sql: """
                    SELECT c.* FROM corrections c JOIN \(record.rawValue) t ON t.id = c.original
                    WHERE c.tbl = ? AND t.device = ? ORDER BY c.id
                    """, arguments: [record.rawValue, tag]) {
                    out.append(Correction(id: r["id"], record: record, original: r["original"], replacement: r["replacement"],
                                          reason: r["reason"], at: Instant(seconds: r["at"]), by: r["by"]))
                }
            }
            return out.sorted { $0.id < $1.id }
        }
    }

    /// `monthly ok 2026-03-01 09:00 liming "…"`: one record of work in a line, for histories.
    public func describe(_ record: CorrectableRecord, _ id: Int64) throws -> String {
        try read { db in
            guard let r = try Row.fetchOne(db, sql: "SELECT * FROM \(record.rawValue) WHERE id = ?", arguments: [id]) else { return "#\(id)" }
            let when = settings.calendar.format(Instant(seconds: r["at"]))
            let what: String
            switch record {
            case .inspection: what = "\(r["kind"] as String) \(r["result"] as String)"
            case .dailyCheck: what = r["result"] as String
            case .maintenance: what = "\(r["tier"] as String)"
            }
            let note: String = r["note"]
            return "#\(id) \(what) \(when) \(r["by"] as String)" + (note.isEmpty ? "" : " “\(note)”")
        }
    }
}
