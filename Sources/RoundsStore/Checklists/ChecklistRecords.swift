import GRDB
import RoundsCore

/// How an inspection's checklist is answered: answers `given` by item code, and whether every item
/// not given is normal.
///
/// Round mode's one key and `--all-normal` are ``allNormal``; `--item CODE=…` and the checklist
/// screen give each item (``items(_:)``, refused with one blank); `--all-normal --item power=…`
/// gives the exceptions and the rest normal.
public struct ChecklistInput: Sendable, Equatable {
    public var given: [String: ChecklistAnswer]
    public var restNormal: Bool

    public init(given: [String: ChecklistAnswer], restNormal: Bool) { self.given = given; self.restNormal = restNormal }

    public static let allNormal = ChecklistInput(given: [:], restNormal: true)
    public static func items(_ given: [String: ChecklistAnswer]) -> ChecklistInput { ChecklistInput(given: given, restNormal: false) }
}

extension Recorder {
    /// Records an inspection with its checklist answered item by item (R14, R15, R18, R19).
    ///
    /// The device is asked its template's device items and, when its room has not been answered in
    /// this round yet (outside a round: on this day), the room's environment items (R19); every one
    /// must be answered (R18, refused naming the blank item). The answers are written in this same
    /// audited transaction as the record (`checklist_answers`, and the room's in `room_checklists`).
    /// Each abnormal item raises what the person chose: a hazard item each (R16), or one repair
    /// ticket for the device with every such item in its fault text (R36, R103). The record's result
    /// is the worst of them (``ChecklistSheet/result``).
    @discardableResult
    public func recordInspection(_ stamp: WorkStamp, kind: InspectionKind, checklist: ChecklistInput,
                                 calendar: FacilityCalendar, round: Int64? = nil, correcting: Int64? = nil,
                                 correctionReason: String? = nil) throws -> RecordedInspection {
        let device = try workTarget(stamp)
        let checklistKind = ChecklistKind(inspection: kind)
        let day = calendar.day(of: stamp.at)
        let roomItems = ChecklistTemplates.items(checklistKind, for: device, scope: .room)
        let roomDone = roomItems.isEmpty ? nil : try roomAnswered(device, kind: kind, day: day, round: round, excluding: correcting)
        let asked = ChecklistTemplates.items(checklistKind, for: device, scope: .device) + (roomDone == nil ? roomItems : [])
        if let done = roomDone, let code = roomItems.map(\.code).first(where: { checklist.given[$0] != nil }) {
            throw StoreError.refused("R19", en: "'\(code)' is an item of the room \(device.location), already answered in this round with inspection \(done): a room's environment is answered once",
                                     zh: "'\(code)' 是房间 \(device.location) 的检查项，本轮已随巡检 \(done) 回答：房间环境只回答一次")
        }
        var given = checklist.given
        if checklist.restNormal { for item in asked where given[item.code] == nil { given[item.code] = .normal } }
        let sheet = try ChecklistSheet.answer(checklistKind, items: asked, given: given)
        let id = try insertInspection(stamp, kind: kind, result: sheet.result, calendar: calendar, round: round,
                                      correcting: correcting, correctionReason: correctionReason)
        let roomCodes = Set(roomItems.map(\.code))
        let own = ChecklistSheet(entries: sheet.entries.filter { !roomCodes.contains($0.code) })
        let room = ChecklistSheet(entries: sheet.entries.filter { roomCodes.contains($0.code) })
        try insert("checklist_answers", ["record_tbl": "inspections", "record": id, "device": device.tag,
                                         "kind": checklistKind.rawValue, "answers": ChecklistJSON.encode(own)])
        if !room.entries.isEmpty {
            try insert("room_checklists", ["inspection": id, "round": round, "department": device.department, "location": device.location,
                                           "kind": kind.rawValue, "day": day.description, "answers": ChecklistJSON.encode(room)])
        }
        let hazards = try sheet.findings(.hazard).map { try raiseHazard(stamp, inspection: id, note: "\($0.code): \($0.note)") }
        let faults = sheet.findings(.ticket)
        let fault = faults.isEmpty ? nil
            : try raiseFault(stamp, text: faults.map { "\($0.code): \($0.note)" }.joined(separator: "; "), calendar: calendar)
        return RecordedInspection(inspection: id, hazard: hazards.first, fault: fault, hazards: hazards)
    }

    /// The inspection that answered the device's room in this round (outside a round: the room's
    /// inspections of `kind` on `day`), if a current one did; a device without a location has no
    /// room to share.
    func roomAnswered(_ device: Equipment, kind: InspectionKind, day: Day, round: Int64?, excluding: Int64?) throws -> Int64? {
        guard !device.location.isEmpty else { return nil }
        let scope = round == nil ? "r.kind = ? AND r.day = ?" : "r.round = ?"
        var arguments: StatementArguments = [device.department, device.location]
        if let round { arguments += [round] } else { arguments += [kind.rawValue, day.description] }
        arguments += [excluding]
        return try Int64.fetchOne(db, sql: """
            SELECT r.inspection FROM room_checklists r JOIN inspections i ON i.id = r.inspection
            WHERE r.department = ? AND r.location = ? AND \(scope) AND r.inspection IS NOT ? AND \(Store.current("i")) LIMIT 1
            """, arguments: arguments)
    }
}
