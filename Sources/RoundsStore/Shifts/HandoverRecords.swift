import Foundation
import GRDB
import RoundsCore

/// A signed handover (交接班, R25): the sheet as signed, who signed it and when, and the incoming
/// person's acknowledgement if there is one yet.
public struct HandoverRecord: Sendable, Equatable {
    public var id: Int64
    public var department: String
    public var sheet: HandoverSheet
    public var signedBy: String
    public var signedAt: Instant
    public var acknowledgedBy: String?
    public var acknowledgedAt: Instant?
    /// Who was at the keyboard when it was acknowledged (the incoming person proves who they are
    /// with their PIN; the session may be the outgoing person's, R2).
    public var acknowledgedAtKeyboardOf: String?

    public var shift: ShiftSlot { sheet.shift }
    public var isAcknowledged: Bool { acknowledgedBy != nil }

    /// Unacknowledged more than `HandoverRules.graceMinutes` after its signature.
    public func isFlagged(now: Instant) -> Bool {
        HandoverRules.isUnacknowledged(signedAt: signedAt, acknowledged: isAcknowledged, now: now)
    }
}

extension Recorder {
    static let sheetEncoder: JSONEncoder = {
        let e = JSONEncoder(); e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]; return e
    }()

    /// The outgoing person (the recorder's actor, R2: nobody signs in another's name) signs `sheet`.
    /// The signer's PIN is needed when the store requires PINs or the signer has one. One signed
    /// handover per department and shift. Returns the handover's id.
    @discardableResult
    public func signHandover(_ sheet: HandoverSheet, pin: String?, requirePIN: Bool) throws -> Int64 {
        let signer = actor
        if let other = try Row.fetchOne(db, sql: "SELECT id, signed_by FROM handovers WHERE department = ? AND shift_start = ?",
                                        arguments: [sheet.department, sheet.shift.start.seconds]) {
            let earlier: String = other["signed_by"], id: Int64 = other["id"]
            throw StoreError.refused("R25", en: "the handover of \(sheet.department) for shift \(sheet.shift) was already signed by \(earlier) (#\(id))",
                                     zh: "\(sheet.department) \(sheet.shift) 班次的交接班已由 \(earlier) 签署（#\(id)）")
        }
        try prove(signer, pin: pin, meaning: .handedOver)
        let json = String(decoding: try Self.sheetEncoder.encode(sheet), as: UTF8.self)
        let id = try insert("handovers", [
            "department": sheet.department, "shift_day": sheet.shift.day.description, "shift_start": sheet.shift.start.seconds,
            "shift_end": sheet.shift.end.seconds, "sheet": json, "note": sheet.note, "signed_by": signer,
            "signed_at": at.seconds, "recorded_at": at.seconds,
        ])
        try sign("handovers", row: id, by: signer, meaning: .handedOver)
        return id
    }

    /// The incoming person — the recorder's actor — acknowledges handover `id` with their own PIN
    /// (always required, R2). `keyboard` is whose session it is (kept with the acknowledgement).
    /// Refuses the person who signed it, a second acknowledgement, and a missing or wrong PIN.
    public func acknowledgeHandover(_ id: Int64, pin: String?, keyboard: String) throws {
        guard let h = try Row.fetchOne(db, sql: "SELECT signed_by, signed_at FROM handovers WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(en: "no handover #\(id)", zh: "没有交接班记录 #\(id)")
        }
        let ackBy = try String.fetchOne(db, sql: "SELECT by FROM handover_acks WHERE handover = ?", arguments: [id])
        if let why = HandoverRules.refusal(toAcknowledge: id, signedBy: h["signed_by"], by: actor, acknowledgedBy: ackBy) {
            throw StoreError.ruled(why)
        }
        // The incoming person proves themselves even in a practice store: the acknowledgement is the
        // point of the handover (R25). The OS account at the keyboard is proven by the OS.
        if actor != options.osAccount && !options.generatedHistory {
            try checkPIN(pin, of: actor, required: true, for: RuleText(en: "acknowledging a handover", zh: "确认交接班"))
            proven.proofs[actor] = .pin
        }
        guard at >= Instant(seconds: h["signed_at"]) else {
            throw StoreError.refused("R25", en: "handover #\(id) is signed after this time", zh: "交接班 #\(id) 的签署时间晚于此时间")
        }
        let ack = try insert("handover_acks", ["handover": id, "by": actor, "at": at.seconds, "recorded_at": at.seconds, "recorded_by": keyboard])
        try sign("handover_acks", row: ack, by: actor, meaning: .receivedHandover)
    }
}

/// Which handovers a list shows.
public struct HandoverFilter: Sendable, Equatable {
    public var department: String?
    /// Any substring of the sheet (devices, names, notes), the signer or the acknowledger.
    public var text: String = ""
    public var unacknowledgedOnly = false

    public init(department: String? = nil, text: String = "", unacknowledgedOnly: Bool = false) {
        self.department = department; self.text = text; self.unacknowledgedOnly = unacknowledgedOnly
    }
}

extension Store {
    static let sheetDecoder = JSONDecoder()

    static func handover(_ r: Row) throws -> HandoverRecord {
        let sheet = try sheetDecoder.decode(HandoverSheet.self, from: Data((r["sheet"] as String).utf8))
        return HandoverRecord(id: r["id"], department: r["department"], sheet: sheet, signedBy: r["signed_by"],
                              signedAt: Instant(seconds: r["signed_at"]), acknowledgedBy: r["ack_by"],
                              acknowledgedAt: (r["ack_at"] as Int64?).map(Instant.init(seconds:)),
                              acknowledgedAtKeyboardOf: r["ack_keyboard"])
    }

    static let handoverSelect = """
        SELECT h.*, a.by AS ack_by, a.at AS ack_at, a.recorded_by AS ack_keyboard FROM handovers h
        LEFT JOIN handover_acks a ON a.handover = h.id AND a.at <= ?
        """

    /// Signed handovers as of `now`, newest first.
    public func handovers(_ filter: HandoverFilter = HandoverFilter(), now: Instant) throws -> [HandoverRecord] {
        try read { db in
            var sql = Self.handoverSelect + " WHERE h.signed_at <= ?"
            var args: [any DatabaseValueConvertible] = [now.seconds, now.seconds]
            if let d = filter.department { sql += " AND h.department = ?"; args.append(d) }
            if filter.unacknowledgedOnly { sql += " AND a.id IS NULL" }
            let text = filter.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                let like = "%" + text.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                // People by login and by name as the screens show them (`/郑丽` finds zhengli's handovers).
                let byName = "(SELECT login FROM people WHERE name LIKE ? ESCAPE '\\')"
                let fields = ["h.sheet", "h.signed_by", "COALESCE(a.by, '')", "h.shift_day"]
                sql += " AND (h.signed_by IN \(byName) OR COALESCE(a.by, '') IN \(byName) OR "
                    + fields.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")"
                args += Array(repeating: like, count: fields.count + 2)
            }
            sql += " ORDER BY h.shift_start DESC, h.id DESC"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(Self.handover)
        }
    }

    public func handover(_ id: Int64, now: Instant) throws -> HandoverRecord? {
        try read { db in
            try Row.fetchOne(db, sql: Self.handoverSelect + " WHERE h.id = ? AND h.signed_at <= ?", arguments: [now.seconds, id, now.seconds])
                .map(Self.handover)
        }
    }

    /// The signed handover of a department's shift, if there is one.
    public func handover(department: String, shift: ShiftSlot, now: Instant) throws -> HandoverRecord? {
        try read { db in
            try Row.fetchOne(db, sql: Self.handoverSelect + " WHERE h.department = ? AND h.shift_start = ? AND h.signed_at <= ?",
                             arguments: [now.seconds, department, shift.start.seconds, now.seconds]).map(Self.handover)
        }
    }

    /// The shift a handover signed now would be for (`ShiftSchedule.handoverSlot`).
    public func handoverSlot(department: String, now: Instant) throws -> ShiftSlot {
        let signed = try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT shift_start FROM handovers WHERE department = ? AND signed_at <= ? AND shift_start >= ?",
                                   arguments: [department, now.seconds, now.seconds - 2 * 86_400]))
        }
        return try shiftSchedule(department: department).handoverSlot(at: now, calendar: settings.calendar) { signed.contains($0.start.seconds) }
    }

    /// The department's newest signed handover as of `now`.
    public func latestHandover(department: String, now: Instant) throws -> HandoverRecord? {
        try read { db in
            try Row.fetchOne(db, sql: Self.handoverSelect + " WHERE h.department = ? AND h.signed_at <= ? ORDER BY h.shift_start DESC, h.id DESC LIMIT 1",
                             arguments: [now.seconds, department, now.seconds]).map(Self.handover)
        }
    }

    /// Handovers unacknowledged more than `HandoverRules.graceMinutes` after their signature.
    public func flaggedHandovers(department: String? = nil, now: Instant) throws -> [HandoverRecord] {
        try handovers(HandoverFilter(department: department, unacknowledgedOnly: true), now: now).filter { $0.isFlagged(now: now) }
    }

    /// The handover sheet of a department as the records stand at `now`, for the shift a handover
    /// signed now would be for (``handoverSlot(department:now:)``).
    public func handoverSheet(department code: String, now: Instant, note: String = "") throws -> HandoverSheet {
        guard let department = try departments().first(where: { $0.code == code }) else {
            throw StoreError.notFound(en: "no department '\(code)'", zh: "没有科室 '\(code)'")
        }
        let calendar = settings.calendar
        let today = calendar.day(of: now)
        let shift = try handoverSlot(department: code, now: now)
        let devices = try equipment(EquipmentFilter(department: code))
        // Every hazard still open, however old; a resolved or converted one drops off (R16).
        let hazards = try hazards(HazardFilter(openOnly: true, department: code), asOf: now).map {
            HandoverSheet.HazardLine(device: $0.device, note: $0.note, at: $0.foundAt, by: $0.foundBy, state: $0.state)
        }
        let yesterday = today.adding(days: -1)
        let missing = try missingChecks(from: yesterday, through: yesterday, today: today, department: code).map(\.device)
        return HandoverSheet.build(department: department, shift: shift, at: now, calendar: calendar, devices: devices,
                                   checks: try dailyChecks(department: code, day: today, now: now),
                                   tickets: try tickets(TicketFilter(department: code)), hazards: hazards,
                                   problems: try focusedInspections(department: code, raisedFrom: calendar.startOfDay(today), now: now).map(\.sheetLine),
                                   missingYesterday: missing, note: note)
    }
}
