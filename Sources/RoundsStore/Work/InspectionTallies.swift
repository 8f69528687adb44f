import GRDB
import RoundsCore

extension Store {
    /// The current inspections of the local days `from`…`through` whose time is not after `now`
    /// (`department`: that department's devices only), by id, kind and result: read from the
    /// covering index `inspections(day, kind, result, at, device)` alone (EXPLAIN-guarded), in day
    /// order. A year of a large hospital is two hundred thousand index entries, not a pass over
    /// ten years of the table.
    static let talliesSQL = """
        SELECT i.id, i.kind, i.result FROM inspections i INDEXED BY inspections_day
        WHERE i.day >= ?1 AND i.day <= ?2 AND i.at <= ?3 AND (?4 IS NULL OR i.device IN (SELECT tag FROM equipment WHERE department = ?4))
        """

    /// How many current inspections of each kind had each result in the window: what the IPM
    /// yield counts (R98, ``IPMYield/compute(tallies:from:to:)``), without reading the records.
    public func inspectionTallies(from: Day, through: Day, now: Instant, department: String? = nil) throws -> [IPMYield.Tally] {
        try read { db in
            // Corrected records are counted through their corrections (Corrections.swift).
            let corrected = try Store.correctedIDs(db, .inspection)
            var counter = IPMYield.Counter()
            let rows = try Row.fetchCursor(db, sql: Self.talliesSQL, arguments: [from.description, through.description, now.seconds, department])
            while let r = try rows.next() {
                if !corrected.isEmpty && corrected.contains(r[0]) { continue }
                guard let kind = InspectionKind(rawValue: r[1]) else { continue }
                counter.count(kind, InspectionResult(rawValue: r[2]) ?? .ok)
            }
            return counter.tallies
        }
    }
}
