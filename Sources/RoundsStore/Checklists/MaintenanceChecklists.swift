import GRDB
import RoundsCore

/// What recording maintenance with its checklist created: the record, the hazard items and the
/// repair ticket its abnormal items raised.
public struct RecordedMaintenance: Sendable, Equatable {
    public var maintenance: Int64
    public var hazards: [Int64]
    public var fault: FaultReport?

    public init(maintenance: Int64, hazards: [Int64], fault: FaultReport?) {
        self.maintenance = maintenance; self.hazards = hazards; self.fault = fault
    }
}

extension Recorder {
    /// Records maintenance of a tier with its checklist answered item by item (R26–R29, R34).
    ///
    /// The device is asked its tier's template (routine R27, first-level R28, second-level R29); every
    /// item must be answered. The powered test of rescue equipment (R32) is the template's
    /// `powered-test` item: normal is a pass, abnormal a fail, which opens a repair ticket as a failed
    /// `--plug-test` does; a `plugTest` given as well must agree. Other abnormal items raise what the
    /// person chose: a hazard item each (R16), or one repair ticket (R36). Signatures as
    /// ``recordMaintenance(_:tier:with:plugTest:span:calendar:)`` (R29: second-level is signed by two).
    @discardableResult
    public func recordMaintenance(_ stamp: WorkStamp, tier: MaintenanceTier, with partner: String?, plugTest: Bool?,
                                  checklist: ChecklistInput, span: MaintenanceSpan? = nil, calendar: FacilityCalendar) throws -> RecordedMaintenance {
        let device = try workTarget(stamp)
        let kind = ChecklistKind(maintenance: tier)
        let items = ChecklistTemplates.items(kind, for: device)
        var given = checklist.given
        if checklist.restNormal { for item in items where given[item.code] == nil { given[item.code] = .normal } }
        let sheet = try ChecklistSheet.answer(kind, items: items, given: given)
        var plug = plugTest
        if let test = sheet[ChecklistItem.poweredTest] {
            let passed: Bool? = test.isNormal ? true : (test.word == "abnormal" ? false : nil)
            if let plugTest, let passed, plugTest != passed {
                throw StoreError.refused("R32", en: "--plug-test \(plugTest ? "pass" : "fail") disagrees with the checklist's powered-test item",
                                         zh: "--plug-test \(plugTest ? "pass" : "fail") 与检查表的插电测试项不一致")
            }
            plug = passed ?? plugTest
        }
        let id = try recordMaintenance(stamp, tier: tier, with: partner, plugTest: plug, span: span, calendar: calendar)
        try insert("checklist_answers", ["record_tbl": "maintenance", "record": id, "device": device.tag,
                                         "kind": kind.rawValue, "answers": ChecklistJSON.encode(sheet)])
        let hazards = try sheet.findings(.hazard).map {
            try insert("hazards", ["device": stamp.device, "note": "\($0.code): \($0.note)", "at": stamp.at.seconds, "by": stamp.by])
        }
        // A failed powered test has opened its ticket already (R32); the other ticket items join it (R103).
        let faults = sheet.findings(.ticket).filter { $0.code != ChecklistItem.poweredTest }
        let fault = faults.isEmpty ? nil
            : try reportFault(device: stamp.device, fault: faults.map { "\($0.code): \($0.note)" }.joined(separator: "; "),
                              at: stamp.at, by: stamp.by, source: .maintenance, calendar: calendar)
        return RecordedMaintenance(maintenance: id, hazards: hazards, fault: fault)
    }
}

extension Store {
    /// A maintenance record's checklist answers; nil when it was recorded without them.
    public func maintenanceAnswers(_ id: Int64) throws -> ChecklistSheet? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT answers FROM checklist_answers WHERE record_tbl = 'maintenance' AND record = ?",
                                arguments: [id]).flatMap(ChecklistJSON.decode)
        }
    }
}
