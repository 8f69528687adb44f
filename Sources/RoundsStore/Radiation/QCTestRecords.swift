import GRDB
import RoundsCore

/// The equipment head's approval of a test by an organisation the registry flags (R86): who
/// approves (equipment-head role, signs with their own PIN) and why.
public struct QCOverride: Sendable, Equatable {
    public var approvedBy: String
    public var reason: String
    public init(approvedBy: String, reason: String) { self.approvedBy = approvedBy; self.reason = reason }
}

/// What finalising a test did: its id, its conclusion, and the corrective repair request a failed
/// acceptance or status test opened (R84); for a stability test each item judged against its
/// baseline and the warnings about conditions that differ from the previous test of an item (R80,
/// R81).
public struct QCTestOutcome: Sendable, Equatable {
    public var id: Int64
    public var passed: Bool
    public var ticket: FaultReport?
    public var stability: [StabilityResult] = []
    public var warnings: [RuleText] = []

    /// R81: an item beyond its limit with its cause not determined: a status test is now due.
    public var statusTestRequested: Bool { stability.contains(where: \.needsStatusTest) }
}

extension Recorder {
    /// Finalises a radiation QC test (R76, R87): checked complete (R75, R82, R83), dated no later
    /// than today (R4), by an organisation the registry lets test it or with the equipment head's
    /// signed override (R86), signed by `signer` ("I performed or witnessed this QC test"). A failed
    /// acceptance or status test opens a corrective repair request, and the device stays restricted
    /// until a later test passes (R84).
    @discardableResult
    public func recordQCTest(_ test: QCTestRecord, by signer: String, pin: String? = nil, override: QCOverride? = nil,
                             calendar: FacilityCalendar) throws -> QCTestOutcome {
        guard let device = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [test.device]).map(ArchiveRows.equipment) else {
            throw StoreError.notFound(en: "no device with tag '\(test.device)'", zh: "没有资产编号为 '\(test.device)' 的设备")
        }
        if device.status == .scrapped { throw StoreError.refused("R8", en: "device \(device.tag) is scrapped: it takes no test records", zh: "设备 \(device.tag) 已报废，不再记录检测") }
        if let problem = QCCompleteness.problem(test, category: device.category) { throw StoreError.ruled(problem) }
        try checkTestDays(test, today: calendar.day(of: at))
        let org = try checkOrganisation(test, override: override)
        let group = QCStandards.applicable(category: device.category)!.group
        var judged: [StabilityResult] = []
        if test.kind == .stability {
            switch StabilityCheck.judge(test, group: group, baselines: try Store.stabilityBaselines(db, device: device.tag, through: test.testedOn)) {
            case .refused(let why): throw StoreError.ruled(why)
            case .judged(let results): judged = results
            }
        }

        var ticket: FaultReport?
        if !test.passed && test.kind != .stability {
            let failed = test.failedItems.joined(separator: ", ")
            ticket = try reportFault(device: device.tag,
                                     fault: "\(test.kind.name.zh)不合格（\(failed)）/ failed \(test.kind.name.en) (\(failed)), R84",
                                     at: at, by: signer, source: .qcTest, calendar: calendar)
        }
        let id = try insert("qc_test_records", [
            "device": device.tag, "kind": test.kind.rawValue, "standard": QCStandards.standard(test.standard)!.code,
            "device_group": group.code, "organisation": test.organisation, "certificate": org?.certificate ?? "",
            "report_number": test.reportNumber, "tested_on": test.testedOn.description, "reported_on": test.reportedOn?.description,
            "conclusion": test.passed ? "pass" : "fail", "instruments": test.instruments.joined(separator: "\n"),
            "attachments": test.attachments.joined(separator: "\n"),
            "override_reason": override?.reason ?? "", "override_by": override?.approvedBy ?? "",
            "ticket": ticket?.number.description ?? "", "recorded_at": at.seconds, "recorded_by": actor])
        for r in test.items {
            try insert("qc_test_items", ["test": id, "item": r.item, "outcome": r.outcome.rawValue, "measured": r.measured,
                                         "requirement": r.requirement, "note": r.note,
                                         "manufacturer_confirmation": r.manufacturerConfirmation, "hospital_seal": r.hospitalSeal])
        }
        var warnings: [RuleText] = []
        if let conditions = test.stability {
            warnings = try changedConditions(test, conditions, id: id, items: judged.map(\.item))
            try recordStability(conditions, judged, test: id)
        }
        try sign("qc_test_records", row: id, by: signer, pin: pin, meaning: .performedQCTest)
        if let override { try sign("qc_test_records", row: id, by: override.approvedBy, meaning: .approved) }
        return QCTestOutcome(id: id, passed: test.passed, ticket: ticket, stability: judged, warnings: warnings)
    }

    /// R4 for the report's days: a test is not recorded before it is done, nor reported before it is tested.
    private func checkTestDays(_ test: QCTestRecord, today: Day) throws {
        if test.testedOn > today {
            throw StoreError.refused("R4", en: "the test is dated \(test.testedOn), after today (\(today)): a test cannot be recorded before it is done",
                                     zh: "检测日期 \(test.testedOn) 晚于今天（\(today)）：检测完成之前不能记录")
        }
        if let r = test.reportedOn, r < test.testedOn || r > today {
            throw StoreError.refused("R4", en: "the report day \(r) must lie between the test day \(test.testedOn) and today (\(today))",
                                     zh: "报告日期 \(r) 须在检测日期 \(test.testedOn) 与今天（\(today)）之间")
        }
    }

    /// The organisation in force on the test day, checked (R85, R86); nil for a stability test the
    /// hospital did itself.
    private func checkOrganisation(_ test: QCTestRecord, override: QCOverride?) throws -> TestingOrganisation? {
        if test.organisation.isEmpty {
            guard !test.kind.needsQualifiedOrganisation else {
                throw StoreError.refused("R85", en: "a \(test.kind.name.en) is done by a qualified testing organisation: give --organisation CODE (see `rounds org list`)",
                                         zh: "\(test.kind.name.zh)须由有资质的检测机构实施：请给出 --organisation CODE（见 `rounds org list`）")
            }
            return nil
        }
        guard let org = try Store.organisation(db, test.organisation, on: test.testedOn) else {
            throw StoreError.notFound(en: "no testing organisation '\(test.organisation)' registered on \(test.testedOn) (see `rounds org list`)",
                                      zh: "\(test.testedOn) 时没有登记检测机构“\(test.organisation)”（见 `rounds org list`）")
        }
        let province = try Store.ruleValues(db)[.qcPublicationProvince] ?? RuleSetting.qcPublicationProvince.defaultValue
        let problems = OrganisationCheck.problems(org, kind: test.kind, standard: QCStandards.standard(test.standard)!.code,
                                                  on: test.testedOn, province: province)
        guard !problems.isEmpty else { return org }
        guard let override, !override.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.ruled(OrganisationCheck.refusal(problems))
        }
        let roles = try String.fetchOne(db, sql: "SELECT roles FROM people WHERE login = ?", arguments: [override.approvedBy])
            .map { Set($0.split(separator: ";").compactMap { Role(rawValue: String($0)) }) } ?? []
        guard roles.contains(.equipmentHead) else {
            throw StoreError.refused("R86", en: "\(override.approvedBy) is not the equipment head: only the equipment head approves a test by a flagged organisation",
                                     zh: "\(override.approvedBy) 不是设备科主任：只有设备科主任可以批准资质存在问题的机构所做的检测")
        }
        return org
    }
}
