import GRDB
import RoundsCore

/// What became of the ticket a non-normal result opened, when that result is found wrong.
public enum TicketOnAmendment: Sendable, Equatable {
    /// The ticket goes on: the fault is real even if this record of it was wrong.
    case keep
    /// The ticket is cancelled as a false report (R101), with the amendment's reason.
    case cancel(TicketNumber)
}

extension Recorder {
    /// A hazard, fault or problem recorded by mistake, found normal: a new normal record that
    /// corrects the earlier one (kept, with who, when and why), and the ticket it opened cancelled
    /// or kept as the person chooses — in one transaction, so it is never left dangling (issue #11).
    ///
    /// The original keeps its kind and round; the replacement is dated `stamp.at`.
    public func amendToNormal(_ record: CorrectableRecord, original: Int64, stamp: WorkStamp, reason: String,
                              ticket: TicketOnAmendment, calendar: FacilityCalendar) throws {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.ruled(RuleText(en: "a correction needs its reason: why the earlier record is wrong", zh: "更正须说明理由：原记录为何有误"))
        }
        switch record {
        case .inspection:
            guard let row = try Row.fetchOne(db, sql: "SELECT kind, round FROM inspections WHERE id = ?", arguments: [original]),
                  let kind = InspectionKind(rawValue: row["kind"]) else { throw StoreError.notFound(en: "no inspection #\(original)", zh: "没有巡检记录 #\(original)") }
            try recordInspection(stamp, kind: kind, result: .ok, calendar: calendar, round: row["round"], correcting: original,
                                 correctionReason: why)
        case .dailyCheck:
            let id = try recordDailyCheck(stamp, problem: false, calendar: calendar)
            try correct(.dailyCheck, original: original, replacement: id, reason: why)
        case .maintenance:
            throw StoreError.ruled(RuleText(en: "maintenance has no non-normal result to amend: correct it with rounds record maintenance --corrects",
                                            zh: "保养记录没有可修正的异常结果：请用 rounds record maintenance --corrects 更正"))
        }
        if case .cancel(let number) = ticket {
            try recordTicketStep(number, TicketEvent(at: stamp.at, by: stamp.by, step: .cancelled(reason: .falseReport, text: why)),
                                 calendar: calendar)
        }
    }
}

extension Store {
    /// Today's current daily check of a device (the newest, not corrected): its id and whether it
    /// found a problem.
    public func currentDailyCheck(device: String, day: Day) throws -> (id: Int64, problem: Bool)? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.id, c.result FROM daily_checks c WHERE c.device = ? AND c.day = ?
                  AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.tbl = 'daily_checks' AND x.original = c.id)
                ORDER BY c.at DESC, c.id DESC LIMIT 1
                """, arguments: [device, day.description]).map { ($0["id"], ($0["result"] as String) == "problem") }
        }
    }

    /// The ticket a daily check's problem opened (its focused inspection's), if any.
    public func ticket(openedByDailyCheck id: Int64) throws -> TicketNumber? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT ticket FROM focused_inspections WHERE daily_check = ?", arguments: [id])
                .flatMap(TicketNumber.init(parsing:))
        }
    }
}
