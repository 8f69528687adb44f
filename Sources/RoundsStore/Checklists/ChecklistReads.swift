import GRDB
import RoundsCore

/// One inspection as `rounds inspection show` prints it: the record, its device's answers, and
/// the room answers that cover it (carried by this record or by an earlier one in its round, R19).
public struct InspectionDetail: Sendable, Equatable {
    public var id: Int64
    public var device: String
    public var department: String
    public var location: String
    public var kind: InspectionKind
    public var result: InspectionResult
    public var note: String
    public var at: Instant
    public var by: String
    public var round: Int64?
    /// The device's items; nil for a summary record (no itemised checklist, DECISIONS "Checklists").
    public var answers: ChecklistSheet?
    /// The room's items and the inspection that carried them; nil when the template has none.
    public var room: (inspection: Int64, sheet: ChecklistSheet)?

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.answers == b.answers && a.room?.inspection == b.room?.inspection && a.room?.sheet == b.room?.sheet
    }
}

extension Store {
    /// One inspection with its checklist answers; nil when there is no inspection `id`.
    public func inspection(_ id: Int64) throws -> InspectionDetail? {
        try read { db in
            guard let r = try Row.fetchOne(db, sql: """
                SELECT i.*, e.department, e.location FROM inspections i JOIN equipment e ON e.tag = i.device WHERE i.id = ?
                """, arguments: [id]),
                  let kind = InspectionKind(rawValue: r["kind"]) else { return nil }
            var detail = InspectionDetail(id: id, device: r["device"], department: r["department"], location: r["location"], kind: kind,
                                          result: InspectionResult(rawValue: r["result"]) ?? .ok, note: r["note"],
                                          at: Instant(seconds: r["at"]), by: r["by"], round: r["round"])
            detail.answers = try String.fetchOne(db, sql: "SELECT answers FROM checklist_answers WHERE record_tbl = 'inspections' AND record = ?",
                                                 arguments: [id]).flatMap(ChecklistJSON.decode)
            let own = try Row.fetchOne(db, sql: "SELECT inspection, answers FROM room_checklists WHERE inspection = ?", arguments: [id])
            let scope = detail.round == nil ? "r.kind = ? AND r.day = ?" : "r.round = ?"
            let day = settings.calendar.day(of: detail.at).description
            let args: StatementArguments = detail.round.map { [detail.department, detail.location, $0] }
                ?? [detail.department, detail.location, kind.rawValue, day]
            let shared = try own ?? Row.fetchOne(db, sql: """
                SELECT r.inspection, r.answers FROM room_checklists r JOIN inspections i ON i.id = r.inspection
                WHERE r.department = ? AND r.location = ? AND \(scope) AND \(Store.current("i")) ORDER BY r.id LIMIT 1
                """, arguments: args)
            if let shared, let sheet = ChecklistJSON.decode(shared["answers"]) { detail.room = (shared["inspection"], sheet) }
            return detail
        }
    }

    /// The rooms of a department already answered in round `round` (R19: asked once per room).
    public func answeredRooms(round: Int64) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT r.location FROM room_checklists r JOIN inspections i ON i.id = r.inspection WHERE r.round = ? AND \(Store.current("i"))
                """, arguments: [round]))
        }
    }
}
