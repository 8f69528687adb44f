import GRDB
import RoundsCore

/// When a piece of maintenance started and ended (R34 "start and end time"): the device is out of
/// service for it, as planned downtime (DOMAIN §4.6 "planned downtime S"), never as failure.
///
/// ```swift
/// MaintenanceSpan(from: cal.parseTime("2026-03-02T09:00")!, to: cal.parseTime("2026-03-02T11:30")!)  // 2.5 h
/// ```
public struct MaintenanceSpan: Sendable, Equatable {
    public var from: Instant
    public var to: Instant

    public init(from: Instant, to: Instant) { self.from = from; self.to = to }
}

/// The table of maintenance spans, migration "v18-operating-calendars": one row per maintenance
/// record that was given a start and an end, insert-only and audited.
///
/// A table of its own rather than two new columns of `maintenance`: a column added to a table with
/// rows would change the canonical form of every old row, and `verify` would find each one
/// "changed outside rounds" against its audit entry (DECISIONS "Maintenance spans"). A voided or
/// corrected maintenance record takes its span with it (the span is read through the record).
enum MaintenanceSpanSchema {
    static let auditedTables = ["maintenance_spans"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE maintenance_spans (
                id INTEGER PRIMARY KEY,
                maintenance INTEGER NOT NULL UNIQUE REFERENCES maintenance(id),
                device TEXT NOT NULL REFERENCES equipment(tag),
                started_at INTEGER NOT NULL,
                ended_at INTEGER NOT NULL CHECK (ended_at > started_at)
            );
            CREATE INDEX maintenance_spans_end ON maintenance_spans(ended_at, started_at);
            """)
    }
}

extension Recorder {
    /// Keeps the start and end of maintenance record `id` (R34). The maintenance must end after it
    /// starts, and no later than the time it is recorded as done (`stamp.at`, itself checked against
    /// the entry time, R4): work cannot be recorded before it is finished.
    func recordSpan(_ span: MaintenanceSpan, maintenance id: Int64, _ stamp: WorkStamp, calendar: FacilityCalendar) throws {
        guard span.from < span.to else {
            throw StoreError.refused("R34", en: "the maintenance must end after it starts (--from \(calendar.format(span.from)), --to \(calendar.format(span.to)))",
                                     zh: "保养的结束时间必须晚于开始时间（--from \(calendar.format(span.from))，--to \(calendar.format(span.to))）")
        }
        guard span.to <= stamp.at else {
            throw StoreError.refused("R34", en: "the maintenance ends at \(calendar.format(span.to)), after the time it is recorded as done (--at \(calendar.format(stamp.at)))",
                                     zh: "保养结束于 \(calendar.format(span.to))，晚于记录的完成时间（--at \(calendar.format(stamp.at))）")
        }
        try insert("maintenance_spans", ["maintenance": id, "device": stamp.device,
                                         "started_at": span.from.seconds, "ended_at": span.to.seconds])
    }
}

extension Store {
    /// The planned downtime of every device as of `now`: the spans of its current maintenance
    /// records that started by `now` (one still running at `now` runs to now). With `since`, only the
    /// spans that end after it, as ``exposures(now:department:since:)`` reads tickets.
    func plannedDowntime(now: Instant, since: Instant?) throws -> [String: [DowntimeInterval]] {
        try read { db in
            var out: [String: [DowntimeInterval]] = [:]
            for r in try Row.fetchAll(db.cachedStatement(sql: Self.plannedSQL), arguments: [now.seconds, since?.seconds ?? Int64.min]) {
                let end: Int64 = r["ended_at"]
                out[r["device"], default: []].append(DowntimeInterval(start: Instant(seconds: r["started_at"]),
                                                                      end: end <= now.seconds ? Instant(seconds: end) : nil))
            }
            return out
        }
    }

    /// The spans as of `?1` that end after `?2`, of maintenance records not voided or corrected.
    static let plannedSQL = """
        SELECT s.device, s.started_at, s.ended_at FROM maintenance_spans s
        WHERE s.ended_at > ?2 AND s.started_at <= ?1
          AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'maintenance' AND x.original = s.maintenance)
        """
}
