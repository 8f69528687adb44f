import GRDB
import RoundsCore

/// A record of work entered long after the work was done (补录, R4), as `report late-entries` lists it.
public struct LateEntry: Sendable, Equatable {
    public var id: Int64
    /// The table and row of the record, e.g. `inspections` #812.
    public var table: String
    public var row: Int64
    /// The device or ticket the record is about ("" when neither).
    public var subject: String
    /// When the work was done, and when it was entered.
    public var workAt: Instant
    public var enteredAt: Instant
    /// Who did the work, and who entered it.
    public var by: String
    public var enteredBy: String
    public var reason: String
}

extension Recorder {
    /// The columns that hold the time a piece of work was done, in the tables of work records.
    static let workTimeColumns = ["at", "signed_at", "raised_at"]

    /// Checks the time of the work just inserted into `table` against the entry time (R4): refuses a
    /// time in the future or outside the accepted years, refuses a late entry without a reason, and
    /// lists a late entry with its reason in `late_entries`. Generated history is exempt.
    func checkWorkTime(_ table: String, id: Int64, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        guard !options.generatedHistory, table != "late_entries" else { return }
        for column in Self.workTimeColumns {
            guard let value = values[column] ?? nil, let seconds = Int64.fromDatabaseValue(value.databaseValue) else { continue }
            let work = Instant(seconds: seconds)
            let calendar = storeSettings?.calendar ?? .shanghai
            switch workTimeRule.check(work: work, entered: at) {
            case .onTime:
                continue
            case .outOfRange:
                let years = "\(Day.acceptedYears.lowerBound)–\(Day.acceptedYears.upperBound)"
                throw StoreError.refused("R4", en: "the time of the work (\(calendar.format(work))) is outside the years \(years)",
                                         zh: "工作时间（\(calendar.format(work))）不在 \(years) 年之内")
            case .future(let s):
                throw StoreError.refused("R4", en: "the work is dated \(calendar.format(work)), \(Self.duration(s)) after it is entered (\(calendar.format(at))): work cannot be recorded before it is done",
                                         zh: "工作时间为 \(calendar.format(work))，比录入时间（\(calendar.format(at))）晚 \(Self.duration(s))：工作完成之前不能记录")
            case .late(let s):
                guard let reason = options.lateReason else {
                    throw StoreError.refused("R4", en: "the work was done at \(calendar.format(work)), \(Self.duration(s)) before it is entered (\(calendar.format(at))), more than \(workTimeRule.lateEntryHours) h: a late entry (补录) needs its reason (--reason TEXT; --late-reason on ticket steps)",
                                             zh: "工作完成于 \(calendar.format(work))，比录入时间（\(calendar.format(at))）早 \(Self.duration(s))，超过 \(workTimeRule.lateEntryHours) 小时：补录须说明理由（--reason TEXT；维修单步骤用 --late-reason）")
                }
                let subject = (values["device"] ?? nil).flatMap { String.fromDatabaseValue($0.databaseValue) }
                    ?? (values["ticket"] ?? nil).flatMap { String.fromDatabaseValue($0.databaseValue) } ?? ""
                let by = ["by", "signed_by", "raised_by"].lazy.compactMap { (values[$0] ?? nil).flatMap { String.fromDatabaseValue($0.databaseValue) } }.first ?? actor
                try insert("late_entries", ["tbl": table, "row": id, "subject": subject, "work_at": work.seconds,
                                            "entered_at": at.seconds, "by": by, "entered_by": actor, "reason": reason])
            }
        }
    }

    /// `3 d 4 h`, `5 h 10 min`, `12 min`: a lag for a message.
    static func duration(_ seconds: Int64) -> String {
        let m = seconds / 60, h = m / 60, d = h / 24
        if d > 0 { return "\(d) d \(h % 24) h" }
        if h > 0 { return "\(h) h \(m % 60) min" }
        return "\(m) min"
    }
}

extension Store {
    /// Late entries whose entry time falls on the local days `from`…`to` (either may be open), oldest
    /// first.
    public func lateEntries(from: Day?, to: Day?) throws -> [LateEntry] {
        let cal = settings.calendar
        let lo = from.map { cal.startOfDay($0).seconds } ?? Int64.min
        let hi = to.map { cal.startOfDay($0.adding(days: 1)).seconds } ?? Int64.max
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM late_entries WHERE entered_at >= ? AND entered_at < ? ORDER BY entered_at, id",
                             arguments: [lo, hi]).map { r in
                LateEntry(id: r["id"], table: r["tbl"], row: r["row"], subject: r["subject"],
                          workAt: Instant(seconds: r["work_at"]), enteredAt: Instant(seconds: r["entered_at"]),
                          by: r["by"], enteredBy: r["entered_by"], reason: r["reason"])
            }
        }
    }

    /// How many inspections done on the days `from`…`to` were entered late (R4), by department and
    /// kind: `report compliance` counts them apart from those entered on time.
    public func lateInspectionCounts(from: Day, to: Day) throws -> [LateInspectionGroup: Int] {
        try read { db in
            var out: [LateInspectionGroup: Int] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT e.department AS department, i.kind AS kind, COUNT(DISTINCT i.id) AS n
                FROM late_entries l JOIN inspections i ON l.tbl = 'inspections' AND l.row = i.id
                JOIN equipment e ON e.tag = i.device
                WHERE i.day >= ? AND i.day <= ? GROUP BY e.department, i.kind
                """, arguments: [from.description, to.description]) {
                out[LateInspectionGroup(department: r["department"], kind: r["kind"])] = r["n"]
            }
            return out
        }
    }
}

/// A department and a kind of inspection, for counting late entries.
public struct LateInspectionGroup: Hashable, Sendable {
    public var department: String
    public var kind: String
    public init(department: String, kind: String) { self.department = department; self.kind = kind }
}
