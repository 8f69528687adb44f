import Testing
@testable import RoundsCore

/// Which items each kind of device is asked, and how a sheet is answered (R15, R18, R19, R27–R29,
/// R32, R74). Expected lists are written out by hand from the rules, not read from the table.
struct ChecklistTemplateTests {
    let bagValve = ChecklistProfile(category: "resuscitator", emergency: true, lifeSupport: false)
    let defibrillator = ChecklistProfile(category: "defibrillator", emergency: true, lifeSupport: false)
    let pump = ChecklistProfile(category: "infusion-pump", emergency: false, lifeSupport: false)

    /// R74 + R32: a bag-valve resuscitator is rescue equipment without power: the function check,
    /// never the power cord, the self-test, the alarms, the battery or the powered test.
    @Test func bagValveResuscitatorIsNotAskedAboutPower() {
        #expect(bagValve == ChecklistProfile(powered: false, optical: false, rescue: true))
        #expect(ChecklistTemplates.items(.tenDay, for: bagValve).map(\.code) == ["casing", "manual", "labels", "function-test"])
        #expect(ChecklistTemplates.items(.second, for: bagValve).map(\.code) == ["main-body", "precision", "wear-parts", "function-test"])
        for kind in ChecklistKind.allCases {
            let codes = Set(ChecklistTemplates.items(kind, for: bagValve).map(\.code))
            #expect(codes.isDisjoint(with: ["power", "selftest", "alarms", "battery", "powered-test", "sound", "temperature",
                                            "indicators", "dust-inside", "board-oxide", "components"]), "\(kind)")
        }
    }

    /// R32: the powered test is in the ten-day check and the second-level maintenance of powered
    /// rescue equipment, and not in an ordinary pump's.
    @Test func poweredTestForRescueEquipment() {
        #expect(ChecklistTemplates.items(.tenDay, for: defibrillator).map(\.code)
                == ["casing", "power", "selftest", "alarms", "labels", "battery", "powered-test"])
        #expect(ChecklistTemplates.items(.second, for: defibrillator).map(\.code).contains("powered-test"))
        #expect(ChecklistTemplates.items(.monthly, for: pump).map(\.code) == ["casing", "power", "selftest", "alarms", "labels"])
        #expect(!ChecklistTemplates.items(.second, for: pump).map(\.code).contains("powered-test"))
    }

    /// R18: sixteen mandatory quarterly items; R19: the nine environment and utility items are the room's.
    @Test func quarterlyHasTheMandatoryItemsWithTheRoomsApart() {
        let items = ChecklistTemplates.items(.quarterly, for: pump)
        #expect(items.count == 16)
        #expect(items.filter { $0.scope == .room }.map(\.code)
                == ["static", "dust", "moisture", "corrosion", "mould", "environment-other", "water", "electricity", "gas"])
        #expect(items.filter { $0.scope == .device }.count == 7)
    }

    /// R27 three routine items; R28's optical-path item only for an optical device.
    @Test func maintenanceTiers() {
        #expect(ChecklistTemplates.items(.daily, for: pump).map(\.code) == ["surface-clean", "running", "parts-complete"])
        let endoscope = ChecklistProfile(category: "endoscope", emergency: false, lifeSupport: false)
        #expect(ChecklistTemplates.items(.first, for: endoscope).last?.code == "optical-dust")
        #expect(!ChecklistTemplates.items(.first, for: pump).map(\.code).contains("optical-dust"))
    }

    /// R18: a quarterly sheet with one item blank is refused, naming the item and the rule.
    @Test func blankQuarterlyItemIsRefused() throws {
        let items = ChecklistTemplates.items(.quarterly, for: pump).filter { $0.scope == .device }
        var given = Dictionary(uniqueKeysWithValues: items.map { ($0.code, ChecklistAnswer.normal) })
        given["wear"] = nil
        let e = #expect(throws: RuleRefusal.self) { try ChecklistSheet.answer(.quarterly, items: items, given: given) }
        #expect(e?.message(chinese: false).hasPrefix("R18: checklist item 'wear' (Degree of wear) is blank") == true)
        #expect(e?.message(chinese: true).hasPrefix("R18：检查项“磨损程度”（wear）未填写") == true)
        given["wear"] = .normal
        #expect(try ChecklistSheet.answer(.quarterly, items: items, given: given).isAllNormal)
    }

    /// An answer for an item the template does not ask is refused (a bag-valve has no battery).
    @Test func unknownItemIsRefused() {
        let items = ChecklistTemplates.items(.tenDay, for: bagValve)
        var given = Dictionary(uniqueKeysWithValues: items.map { ($0.code, ChecklistAnswer.normal) })
        given["battery"] = .normal
        #expect(throws: RuleRefusal.self) { try ChecklistSheet.answer(.tenDay, items: items, given: given) }
    }

    /// The result follows the worst finding: a ticket beats a hazard beats normal (R15, R16, R36).
    @Test func resultAndFindings() throws {
        let items = ChecklistTemplates.items(.monthly, for: pump)
        var given = Dictionary(uniqueKeysWithValues: items.map { ($0.code, ChecklistAnswer.normal) })
        given["labels"] = try ChecklistAnswer(parsing: "na:计量标签由计量科统一更换")
        #expect(try ChecklistSheet.answer(.monthly, items: items, given: given).result == .ok)
        given["power"] = try ChecklistAnswer(parsing: "abnormal:电源线外皮破损")
        let hazard = try ChecklistSheet.answer(.monthly, items: items, given: given)
        #expect(hazard.result == .hazard)
        #expect(hazard.findings(.hazard).map(\.code) == ["power"])
        given["alarms"] = try ChecklistAnswer(parsing: "abnormal-ticket:报警无声")
        #expect(try ChecklistSheet.answer(.monthly, items: items, given: given).result == .fault)
    }

    @Test func answersParseAndRefuseEmptyNotes() throws {
        #expect(try ChecklistAnswer(parsing: "normal") == .normal)
        #expect(try ChecklistAnswer(parsing: "abnormal-ticket: 不开机 ") == .abnormal(note: "不开机", raises: .ticket))
        #expect(throws: RuleRefusal.self) { try ChecklistAnswer(parsing: "abnormal:") }
        #expect(throws: RuleRefusal.self) { try ChecklistAnswer(parsing: "na") }
        #expect(throws: RuleRefusal.self) { try ChecklistAnswer(parsing: "fine") }
    }

    /// All normal answers every item, one by one; the canonical JSON is exact and reads back.
    @Test func allNormalAndCanonicalJSON() throws {
        let sheet = ChecklistSheet.allNormal(ChecklistTemplates.items(.tenDay, for: bagValve))
        #expect(sheet.entries.count == 4 && sheet.isAllNormal)
        #expect(ChecklistJSON.encode(sheet) == #"[{"item":"casing","answer":"normal"},{"item":"manual","answer":"normal"},{"item":"labels","answer":"normal"},{"item":"function-test","answer":"normal"}]"#)
        let mixed = ChecklistSheet(entries: [.init(code: "power", answer: .abnormal(note: "外皮\"破\"损", raises: .hazard)),
                                             .init(code: "gas", answer: .notApplicable(reason: "无气路"))])
        #expect(ChecklistJSON.encode(mixed) == #"[{"item":"power","answer":"abnormal","raises":"hazard","note":"外皮\"破\"损"},{"item":"gas","answer":"na","reason":"无气路"}]"#)
        #expect(ChecklistJSON.decode(ChecklistJSON.encode(mixed)) == mixed)
    }

    /// R32: a failed powered test opens a repair request whatever was chosen for it.
    @Test func aFailedPoweredTestRaisesATicket() throws {
        let items = ChecklistTemplates.items(.tenDay, for: defibrillator)
        var given = Dictionary(uniqueKeysWithValues: items.map { ($0.code, ChecklistAnswer.normal) })
        given["powered-test"] = .abnormal(note: "放电无输出", raises: .hazard)
        let sheet = try ChecklistSheet.answer(.tenDay, items: items, given: given)
        #expect(sheet["powered-test"] == .abnormal(note: "放电无输出", raises: .ticket) && sheet.result == .fault)
    }
}
