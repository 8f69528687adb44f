import RoundsCore

/// The benchmark's questions in plain SQL, for the `sqlite3` tool on the same file: what the
/// program's answer costs beside the database's own.
enum PlainSQL {
    /// Overdue's question: each tracked device's latest inspection of any kind and its latest
    /// quarterly one, on or before today, from the inspection records (two index seeks a device).
    static func latestInspections(today: Day) -> String {
        """
        SELECT e.tag, e.department,
               (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.day <= '\(today)') AS latest,
               (SELECT MAX(i.day) FROM inspections i WHERE i.device = e.tag AND i.kind = 'quarterly' AND i.day <= '\(today)') AS quarterly
        FROM equipment e WHERE e.status NOT IN ('stopped', 'scrapped');
        """
    }

    /// Overdue's answer read from the kept due days (the program's own table), in plain SQL: the
    /// overdue rows with their days overdue, most overdue first. For reference beside the question
    /// asked of the records above.
    static func keptOverdue(today: Day) -> String {
        """
        SELECT device, department, kind, due, julianday('\(today)') - julianday(due) AS days_overdue
        FROM due_inspections WHERE due < '\(today)' ORDER BY days_overdue DESC, device, kind;
        """
    }

    /// Uptime's question: per tracked device, exposure since the start of its in-service day and
    /// downtime of its out-of-service tickets, clipped to [from, to) (Unix seconds; the facility's
    /// UTC+8 for the in-service day). Overlapping tickets are summed, not united: a little less work
    /// than the program does.
    static func uptime(from: Int64, to: Int64) -> String {
        """
        SELECT e.tag, e.department,
               MAX(0, \(to) - MAX(\(from), CAST(strftime('%s', e.in_service) AS INTEGER) - 28800)) AS exposure,
               COALESCE(SUM(MAX(0, MIN(COALESCE(t.down_to, \(to)), \(to)) - MAX(t.down_from, \(from)))), 0) AS downtime
        FROM equipment e
        LEFT JOIN tickets t ON t.device = e.tag AND t.down_from IS NOT NULL AND t.down_from < \(to)
                            AND COALESCE(t.down_to, \(to)) > \(from)
        WHERE e.status NOT IN ('stopped', 'scrapped')
        GROUP BY e.tag;
        """
    }
}
