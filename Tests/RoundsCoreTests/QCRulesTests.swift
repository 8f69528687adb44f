import Testing
@testable import RoundsCore

/// The QC test rules with hand-computed dates (R75–R88).
struct QCRulesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    /// A complete CT status test: every status item of WS 519-2019 passes.
    func ctStatusTest(_ change: (inout QCTestRecord) -> Void = { _ in }) -> QCTestRecord {
        let items = QCStandards.ws519.groups[0].items(for: .status).map { QCItemResult(item: $0.code, outcome: .pass) }
        var t = QCTestRecord(device: "IMG-CT01", kind: .status, standard: "WS519-2019", organisation: "jl-oph",
                             testedOn: day(2026, 3, 1), instruments: ["CT 剂量仪 RTI Piranha #1234"], items: items)
        change(&t)
        return t
    }

    @Test func aCompleteTestMayBeFinalised() {
        #expect(QCCompleteness.problem(ctStatusTest(), category: "ct") == nil)
        #expect(ctStatusTest().passed)
        #expect(!ctStatusTest { $0.items[0].outcome = .fail }.passed)
    }

    /// R75: an X-ray standard on an MRI, or CT tested under WS 76-2020, is refused.
    @Test func theStandardMustApplyToTheDevice() {
        #expect(QCCompleteness.problem(ctStatusTest { $0.device = "IMG-MR01" }, category: "mri")?.en.hasPrefix("R75:") == true)
        #expect(QCCompleteness.problem(ctStatusTest { $0.standard = "WS76-2020" }, category: "ct")?.en.hasPrefix("R75:") == true)
    }

    /// R83: a missing item, an unknown item or an item twice cannot be finalised.
    @Test func everyItemMustHaveOneResult() {
        let missing = QCCompleteness.problem(ctStatusTest { $0.items.removeLast() }, category: "ct")
        #expect(missing?.en.hasPrefix("R83:") == true && missing?.en.contains("ct-number-linearity") == true)
        #expect(missing?.zh.contains("不得少测漏测") == true)
        #expect(QCCompleteness.problem(ctStatusTest { $0.items.append(QCItemResult(item: "kv-deviation", outcome: .pass)) }, category: "ct")?.en.hasPrefix("R83:") == true)
        #expect(QCCompleteness.problem(ctStatusTest { $0.items.append($0.items[0]) }, category: "ct")?.en.contains("two results") == true)
        #expect(QCCompleteness.problem(ctStatusTest { $0.instruments = [] }, category: "ct")?.en.hasPrefix("R76:") == true)
    }

    /// R82: untestable needs a detailed note in a status test, the manufacturer's confirmation and the
    /// hospital's seal in an acceptance test.
    @Test func anUntestableItemNeedsItsEvidence() {
        let bare = ctStatusTest { $0.items[9] = QCItemResult(item: "ct-number-linearity", outcome: .untestable, note: "n/a") }
        #expect(QCCompleteness.problem(bare, category: "ct")?.en.hasPrefix("R82:") == true)
        let noted = ctStatusTest { $0.items[9] = QCItemResult(item: "ct-number-linearity", outcome: .untestable, note: "设备无多种材料模体插件，无法测CT值线性") }
        #expect(QCCompleteness.problem(noted, category: "ct") == nil)
        #expect(noted.passed, "an untestable item with its evidence does not fail the test")

        let acceptanceItems = QCStandards.ws519.groups[0].items(for: .acceptance).map { QCItemResult(item: $0.code, outcome: .pass) }
        var acceptance = QCTestRecord(device: "IMG-CT01", kind: .acceptance, standard: "WS519-2019", testedOn: day(2026, 3, 1),
                                      instruments: ["剂量仪"], items: acceptanceItems)
        acceptance.items[0] = QCItemResult(item: acceptance.items[0].item, outcome: .untestable, note: "设备无定位光功能，厂方已书面确认")
        #expect(QCCompleteness.problem(acceptance, category: "ct")?.en.contains("manufacturer's written confirmation") == true)
        acceptance.items[0].manufacturerConfirmation = "scan/厂方确认函.pdf"
        #expect(QCCompleteness.problem(acceptance, category: "ct")?.en.hasPrefix("R82:") == true, "the seal too")
        acceptance.items[0].hospitalSeal = "scan/院方盖章.pdf"
        #expect(QCCompleteness.problem(acceptance, category: "ct") == nil)
    }

    /// R79: due twelve months later; a year after 29 February 2028 is 28 February 2029.
    @Test func statusTestDueDaysAndReminders() {
        #expect(StatusTestSchedule.due(after: day(2026, 3, 15)) == day(2027, 3, 15))
        #expect(StatusTestSchedule.due(after: day(2028, 2, 29)) == day(2029, 2, 28))
        #expect(StatusTestSchedule.due(after: day(2027, 2, 28)) == day(2028, 2, 28), "not 29 February: the same day of the month")
        let s = StatusTestSchedule()
        // Due 2029-02-28: 60 days before is 2028-12-30 (1 + 31 + 28 = 60 days to 2029-02-28).
        #expect(s.standing(last: day(2028, 2, 29), today: day(2028, 12, 29)).reminder == nil)
        #expect(s.standing(last: day(2028, 2, 29), today: day(2028, 12, 30)) == QCDueStanding(due: day(2029, 2, 28), daysLeft: 60, reminder: 60, overdue: false))
        // 30 days before: 2029-01-29.
        #expect(s.standing(last: day(2028, 2, 29), today: day(2029, 1, 29)).reminder == 30)
        #expect(s.standing(last: day(2028, 2, 29), today: day(2029, 1, 28)).reminder == 60)
        // 7 days before: 2029-02-21; on the due day itself still the 7-day reminder.
        #expect(s.standing(last: day(2028, 2, 29), today: day(2029, 2, 21)).reminder == 7)
        #expect(s.standing(last: day(2028, 2, 29), today: day(2029, 2, 28)) == QCDueStanding(due: day(2029, 2, 28), daysLeft: 0, reminder: 7, overdue: false))
        #expect(s.standing(last: day(2028, 2, 29), today: day(2029, 3, 1)) == QCDueStanding(due: day(2029, 2, 28), daysLeft: -1, reminder: nil, overdue: true))
        // Across the leap day: due 2028-03-01; 30 days before is 2028-01-31 (Jan 31 → Feb 29 = 29 days, → Mar 1 = 30),
        // 7 days before is 2028-02-23 (not 02-22, as it would be in a common year).
        #expect(StatusTestSchedule.due(after: day(2027, 3, 1)) == day(2028, 3, 1))
        #expect(s.standing(last: day(2027, 3, 1), today: day(2028, 1, 31)) == QCDueStanding(due: day(2028, 3, 1), daysLeft: 30, reminder: 30, overdue: false))
        #expect(s.standing(last: day(2027, 3, 1), today: day(2028, 2, 22)).reminder == 30)
        #expect(s.standing(last: day(2027, 3, 1), today: day(2028, 2, 23)) == QCDueStanding(due: day(2028, 3, 1), daysLeft: 7, reminder: 7, overdue: false))
    }

    /// R88: reports before 10 January and 10 July; the reminder runs the 30 days before.
    @Test func halfYearReportReminders() {
        #expect(HalfYear(containing: day(2026, 3, 5)) == HalfYear(year: 2026, half: 1))
        #expect(HalfYear(year: 2026, half: 2).deadline == day(2027, 1, 10))
        #expect(HalfYear(year: 2026, half: 1).last == day(2026, 6, 30))
        #expect(HalfYear(parsing: "2026-h2") == HalfYear(year: 2026, half: 2))
        #expect(HalfYear.reminder(today: day(2026, 6, 9)) == nil, "31 days before 10 July")
        #expect(HalfYear.reminder(today: day(2026, 6, 10))! == (HalfYear(year: 2026, half: 1), 30))
        #expect(HalfYear.reminder(today: day(2026, 7, 9))! == (HalfYear(year: 2026, half: 1), 1))
        #expect(HalfYear.reminder(today: day(2026, 7, 10)) == nil, "the deadline has passed")
        #expect(HalfYear.reminder(today: day(2026, 12, 11))! == (HalfYear(year: 2026, half: 2), 30))
        #expect(HalfYear.reminder(today: day(2027, 1, 5))! == (HalfYear(year: 2026, half: 2), 5))
    }

    /// R84: the latest acceptance or status test decides; a later pass lifts the restriction.
    @Test func aFailedTestRestrictsUntilAPassingRetest() {
        let failed = QCRestriction.Entry(id: 2, kind: .status, testedOn: day(2026, 3, 1), passed: false)
        let earlier = QCRestriction.Entry(id: 1, kind: .acceptance, testedOn: day(2025, 3, 1), passed: true)
        #expect(QCRestriction.failingTest(in: [earlier, failed]) == failed)
        let stability = QCRestriction.Entry(id: 3, kind: .stability, testedOn: day(2026, 3, 10), passed: true)
        #expect(QCRestriction.failingTest(in: [earlier, failed, stability]) == failed, "a stability test does not lift it")
        let retest = QCRestriction.Entry(id: 4, kind: .status, testedOn: day(2026, 3, 20), passed: true)
        #expect(QCRestriction.failingTest(in: [earlier, failed, stability, retest]) == nil)
    }

    /// R86: expired, out of scope, unpublished where required, blacklisted.
    @Test func organisationProblems() {
        let org = TestingOrganisation(code: "x", name: "某检测公司", certificate: "(吉)放卫技字[2021]第01号", scopeStandards: ["WS76-2020"],
                                      scopeKinds: [.status], validFrom: day(2021, 4, 1), validUntil: day(2026, 3, 31),
                                      publishedProvince: "吉林", publishedOn: day(2021, 5, 1), effective: day(2021, 4, 1))
        #expect(OrganisationCheck.problems(org, kind: .status, standard: "WS76-2020", on: day(2026, 3, 31), province: "吉林").isEmpty)
        #expect(OrganisationCheck.problems(org, kind: .status, standard: "WS76-2020", on: day(2026, 4, 1), province: "吉林").count == 1)
        #expect(OrganisationCheck.problems(org, kind: .acceptance, standard: "WS76-2020", on: day(2026, 3, 1), province: "").first?.en.contains("scope") == true)
        #expect(OrganisationCheck.problems(org, kind: .status, standard: "WS519-2019", on: day(2026, 3, 1), province: "").first?.en.contains("scope") == true)
        #expect(OrganisationCheck.problems(org, kind: .status, standard: "WS76-2020", on: day(2021, 4, 30), province: "吉林").first?.en.contains("not published") == true)
        var black = org
        black.blacklistedOn = day(2026, 1, 15); black.blacklistSource = "信用吉林"
        #expect(OrganisationCheck.problems(black, kind: .status, standard: "WS76-2020", on: day(2026, 1, 14), province: "").isEmpty)
        #expect(OrganisationCheck.problems(black, kind: .status, standard: "WS76-2020", on: day(2026, 1, 15), province: "").first?.zh.contains("黑名单") == true)
        #expect(OrganisationCheck.refusal([RuleText(en: "a", zh: "甲")]).en.hasPrefix("R86: a"))
    }

    /// R77: a new radiation device needs a passed acceptance test; one in service before tracking began does not.
    @Test func aNewRadiationDeviceEntersServiceOnlyAfterAcceptance() {
        let ct = Equipment(tag: "IMG-CT02", name: "CT", department: "IMG", category: "ct", radiation: true, inService: day(2026, 5, 1))
        let since = day(2026, 1, 1)
        #expect(ServiceEntryGuard.problem(device: ct, wasInService: nil, since: since, lastAcceptancePass: nil, lastMajorRepair: nil)?.en.hasPrefix("R77:") == true)
        #expect(ServiceEntryGuard.problem(device: ct, wasInService: false, since: since, lastAcceptancePass: nil, lastMajorRepair: nil)?.zh.contains("验收检测") == true)
        #expect(ServiceEntryGuard.problem(device: ct, wasInService: false, since: since, lastAcceptancePass: day(2026, 4, 28), lastMajorRepair: nil) == nil)
        var old = ct
        old.inService = day(2018, 1, 1)
        #expect(ServiceEntryGuard.problem(device: old, wasInService: nil, since: since, lastAcceptancePass: nil, lastMajorRepair: nil) == nil)
        #expect(ServiceEntryGuard.problem(device: old, wasInService: false, since: since, lastAcceptancePass: day(2026, 2, 1), lastMajorRepair: day(2026, 3, 1))?.en.contains("important part") == true)
        #expect(ServiceEntryGuard.problem(device: old, wasInService: true, since: since, lastAcceptancePass: nil, lastMajorRepair: nil) == nil, "no change of status")
        let mri = Equipment(tag: "IMG-MR01", name: "MR", department: "IMG", category: "mri", inService: day(2026, 5, 1))
        #expect(ServiceEntryGuard.problem(device: mri, wasInService: nil, since: since, lastAcceptancePass: nil, lastMajorRepair: nil) == nil)
    }
}
