import Foundation
import Testing
@testable import RoundsCore

/// Stability tests' rules with hand-computed values (R80, R81).
struct StabilityRulesTests {
    let ct = QCStandards.ws519.groups[0]
    let accepted = StabilityBaseline(value: 1.0, test: 1, kind: .acceptance, testedOn: Day(2026, 1, 10)!)

    func test(_ items: [QCItemResult], causes: [String: String] = [:], geometry: String = "head phantom 20 cm") -> QCTestRecord {
        QCTestRecord(device: "CT-1", kind: .stability, standard: "WS519-2019", testedOn: Day(2026, 3, 10)!, instruments: ["Catphan 500"],
                     items: items, stability: StabilityConditions(exposure: "120 kV, 200 mAs", geometry: geometry, causes: causes))
    }

    /// A month after the 31st is the month's last day; a quarter after 30 November is 28 February;
    /// half a year after 31 August is 28 February.
    @Test func periodsAddCalendarMonths() {
        #expect(StabilityPeriod.monthly.due(after: Day(2026, 1, 31)!) == Day(2026, 2, 28)!)
        #expect(StabilityPeriod.monthly.due(after: Day(2026, 12, 15)!) == Day(2027, 1, 15)!)
        #expect(StabilityPeriod.quarterly.due(after: Day(2025, 11, 30)!) == Day(2026, 2, 28)!)
        #expect(StabilityPeriod.halfYearly.due(after: Day(2027, 8, 31)!) == Day(2028, 2, 29)!)
    }

    /// ±10 % of 0.40 is 0.04: 0.44 is on the limit (within), 0.45 beyond; ±4 HU around 1: 5 within, 5.5 beyond.
    @Test func limitsAreAShareOrAnAmount() throws {
        let share = try #require(StabilityLimit(parsing: "10%")), amount = try #require(StabilityLimit(parsing: "±4"))
        #expect(share == .percent(10) && amount == .absolute(4) && share.description == "10%" && amount.description == "4")
        #expect(share.allows(0.44, baseline: 0.40) && !share.allows(0.45, baseline: 0.40) && share.allows(0.36, baseline: 0.40))
        #expect(amount.allows(5, baseline: 1) && amount.allows(-3, baseline: 1) && !amount.allows(5.5, baseline: 1))
        #expect(StabilityLimit(parsing: "-2") == nil && StabilityLimit(parsing: "ten") == nil)
    }

    @Test func aMeasuredValueIsTheNumberItBeginsWith() {
        #expect(StabilityResult.number(in: "4.2 HU") == 4.2)
        #expect(StabilityResult.number(in: " -3") == -3)
        #expect(StabilityResult.number(in: "0.40%") == 0.4)
        #expect(StabilityResult.number(in: "≈4") == nil && StabilityResult.number(in: "") == nil)
    }

    /// Water 6.0 against the acceptance test's 1.0 is +5, beyond ±4: as fail with cause
    /// not-determined it asks for a status test (R81); noise 0.43 has no baseline: recorded, not judged.
    @Test func beyondTheLimitWithItsCauseNotDeterminedAsksForAStatusTest() throws {
        let items = [QCItemResult(item: "ct-number-water", outcome: .fail, measured: "6.0 HU"), QCItemResult(item: "noise", outcome: .pass, measured: "0.43")]
        guard case .judged(let results) = StabilityCheck.judge(test(items, causes: ["ct-number-water": "not-determined"]), group: ct,
                                                               baselines: ["ct-number-water": accepted]) else { Issue.record("refused"); return }
        #expect(results.map(\.item) == ["ct-number-water", "noise"])
        #expect(results[0].deviation == 5 && results[0].withinLimit == false && results[0].needsStatusTest)
        #expect(results[1].baseline == nil && results[1].withinLimit == nil && !results[1].needsStatusTest)
        // A cause found (the phantom was misplaced) asks for no status test.
        guard case .judged(let found) = StabilityCheck.judge(test(items, causes: ["ct-number-water": "模体摆位偏移"]), group: ct,
                                                             baselines: ["ct-number-water": accepted]) else { Issue.record("refused"); return }
        #expect(found[0].withinLimit == false && !found[0].needsStatusTest)
    }

    @Test func aTestIsRefusedWithoutConditionsANumberACauseOrWithAPassBeyondTheLimit() {
        func refusal(_ t: QCTestRecord) -> String? {
            if case .refused(let why) = StabilityCheck.judge(t, group: ct, baselines: ["ct-number-water": accepted]) { return why.en }
            return nil
        }
        let beyond = QCItemResult(item: "ct-number-water", outcome: .fail, measured: "6.0")
        #expect(refusal(test([beyond], geometry: " "))?.hasPrefix("R80: a stability test records the exposure parameters and the geometry") == true)
        #expect(refusal(test([QCItemResult(item: "ct-number-water", outcome: .pass, measured: "about four")]))?.hasPrefix("R80: item 'ct-number-water'") == true)
        #expect(refusal(test([beyond]))?.contains("beyond the control limit ±4: give its cause with --cause ct-number-water=TEXT") == true)
        var passing = beyond
        passing.outcome = .pass
        #expect(refusal(test([passing], causes: ["ct-number-water": "not-determined"]))?.contains("it cannot pass") == true)
        // An untestable item needs no number.
        #expect(refusal(test([QCItemResult(item: "noise", outcome: .untestable, note: "模体损坏，已送厂家维修更换")])) == nil)
    }

    /// R80: the geometry changed, the instruments listed in another order did not.
    @Test func changedConditionsAreNamed() {
        let before = StabilityConditions(exposure: "120 kV, 200 mAs", geometry: "head phantom 20 cm")
        let now = StabilityConditions(exposure: "120 kV, 200 mAs ", geometry: "body phantom 32 cm")
        #expect(now.changes(instruments: ["B", "A"], from: before, previousInstruments: ["A", "B"]) == [.geometry])
        #expect(now.changes(instruments: ["C"], from: now, previousInstruments: ["A"]) == [.instrument])
    }

    /// Data/qc-stability.csv is the table the program applies, and every item a standard lists for
    /// stability tests has exactly one row.
    @Test func theTableEqualsTheDataFileAndCoversEveryStabilityItem() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/qc-stability.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "standard,group,item,period,limit")
        let fromCode = QCStabilityItems.all.map { "\($0.standard),\($0.group),\($0.item),\($0.period.rawValue),\($0.limit)" }
        #expect(Array(lines.dropFirst()) == fromCode)
        for s in QCStandards.all {
            for g in s.groups {
                #expect(QCStabilityItems.rules(standard: s.code, group: g).map(\.item) == g.items(for: .stability).map(\.code), "\(s.code) \(g.code)")
            }
        }
        #expect(Set(fromCode).count == fromCode.count)
    }
}
