import Foundation
import Testing

/// Checklists on the command line, on a practice store driven by `--now` (R14–R19, R32, R74):
/// `record inspection --item/--all-normal`, `checklist show`, `inspection show`. The ticket tests'
/// hospital plus a bag-valve resuscitator ICU-B01; local times in Asia/Shanghai, 2 March 2026.
@Suite struct ChecklistCLITests {
    static let at = ["--at", "2026-03-02T10:00", "--now", "2026-03-02T10:00"]

    func sandbox() throws -> TicketCLISandbox {
        let s = try TicketCLISandbox()
        try s.hospital()
        try s.ok(["import", "equipment", try s.file("more.csv", """
            tag,name,department,category,emergency,in_service,location
            ICU-B01,简易呼吸器,ICU,resuscitator,yes,2024-01-01,ICU 01床

            """), "--now", "2026-03-01T07:00"])
        return s
    }

    /// R18: a quarterly record with only "running" answered is refused naming the first blank item:
    /// the device's items come first (running, wear, …), then the room's nine, so "wear" and
    /// 16 − 2 = 14 more; in English and in Chinese; nothing is written.
    @Test func aQuarterlyRecordWithABlankItemIsRefused() throws {
        let s = try sandbox()
        let args = ["record", "inspection", "--device", "ICU-P01", "--kind", "quarterly", "--item", "running=normal", "--by", "engineer"] + Self.at
        try s.refused(args, "R18: checklist item 'wear' (Degree of wear) is blank and 14 more")
        try s.refused(args + ["--lang", "zh"], "R18：检查项“磨损程度”（wear）未填写，另有 14 项未填写")
        try s.refused(["record", "inspection", "--device", "ICU-P01", "--kind", "monthly", "--item", "power"] + Self.at, "--item 'power' must be CODE=ANSWER")
        try s.refused(["inspection", "show", "1", "--now", "2026-03-02T11:00"], "no inspection 1")
    }

    /// R16 + R32: all normal but the power cord, which raises one hazard; the answers are in
    /// `inspection show --format json`, all seven of the ventilator's ten-day items.
    @Test func allNormalWithOneAbnormalItemRaisesAHazard() throws {
        let s = try sandbox()
        let r = try s.ok(["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--all-normal",
                          "--item", "power=abnormal:电源线外皮破损", "--by", "engineer"] + Self.at)
        #expect(r.stdout == "inspection 1 hazard 1\n")
        let json = try s.ok(["inspection", "show", "1", "--format", "json", "--now", "2026-03-02T11:00"]).json()
        #expect(json["result"] as? String == "hazard")
        let answers = try #require(json["answers"] as? [[String: Any]])
        #expect(answers.map { $0["item"] as? String ?? "" } == ["casing", "power", "selftest", "alarms", "labels", "battery", "powered-test"])
        #expect(answers[1]["answer"] as? String == "abnormal" && answers[1]["note"] as? String == "电源线外皮破损")
        #expect(answers.filter { $0["answer"] as? String == "normal" }.count == 6)
        let hazard = try s.ok(["hazard", "show", "1", "--format", "json", "--now", "2026-03-02T11:00"]).json()
        #expect(hazard["note"] as? String == "power: 电源线外皮破损")
        // The result must agree with the items when given.
        try s.refused(["record", "inspection", "--device", "ICU-P01", "--kind", "monthly", "--all-normal", "--result", "fault", "--by", "engineer"] + Self.at,
                      "--result fault disagrees with the checklist, whose items make it ok")
        try s.verify()
    }

    /// CONTRACT: `record inspection` without items still records the summary result; its show says so.
    @Test func noItemsIsTheContractsSummaryRecord() throws {
        let s = try sandbox()
        #expect(try s.ok(["record", "inspection", "--device", "ICU-P01", "--kind", "monthly", "--by", "engineer"] + Self.at).stdout == "inspection 1\n")
        let json = try s.ok(["inspection", "show", "1", "--format", "json", "--now", "2026-03-02T11:00"]).json()
        #expect(json["result"] as? String == "ok" && json["answers"] is NSNull)
        #expect(try s.ok(["inspection", "show", "1", "--now", "2026-03-02T11:00"]).stdout.contains("no itemised checklist"))
        // Not yet recorded as of the morning.
        try s.refused(["inspection", "show", "1", "--now", "2026-03-02T09:00"], "no inspection 1")
    }

    /// R74: the bag-valve resuscitator's ten-day template has the function check and no power items.
    @Test func theBagValveTemplateHasNoPowerItems() throws {
        let s = try sandbox()
        let json = try s.ok(["checklist", "show", "--category", "resuscitator", "--kind", "ten-day", "--format", "json"]).json()
        #expect(json["powered"] as? Bool == false && json["rescue"] as? Bool == true)
        let codes = (json["items"] as? [[String: Any]] ?? []).map { $0["code"] as? String ?? "" }
        #expect(codes == ["casing", "manual", "labels", "function-test"])
        try s.refused(["record", "inspection", "--device", "ICU-B01", "--kind", "ten-day", "--all-normal", "--item", "battery=normal"] + Self.at,
                      "R15: 'battery' is not an item of this ten-day checklist")
        #expect(try s.ok(["record", "inspection", "--device", "ICU-B01", "--kind", "ten-day", "--all-normal", "--by", "engineer"] + Self.at).stdout == "inspection 1\n")
        let csv = try s.ok(["checklist", "show", "--kind", "daily", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("kind,code,scope,when,zh,en\r\ndaily,surface-clean,device,all,机器表面污渍已清洁,Surface stains cleaned"))
        // The Chinese table's scope column is headed 范围 (scope), above 每台设备 / 每房间一次.
        let zh = try s.ok(["checklist", "show", "--kind", "quarterly", "--lang", "zh"]).stdout
        #expect(zh.contains("范围") && !zh.contains("回答") && zh.contains("每台设备"), "\(zh)")
    }

    /// R19 + corrections: a quarterly record of ICU-B01 (room ICU 01床) answers the room; its
    /// correction answers the room again itself (the original no longer counts), so the room's
    /// items are asked, and the corrected record shows the room answered by itself.
    @Test func aCorrectionAnswersTheRoomAgain() throws {
        let s = try sandbox()
        let base = ["record", "inspection", "--device", "ICU-B01", "--kind", "quarterly", "--by", "engineer"] + Self.at
        #expect(try s.ok(base + ["--all-normal"]).stdout == "inspection 1\n")
        try s.refused(base + ["--all-normal", "--corrects", "1"], "--corrects needs --reason")
        #expect(try s.ok(base + ["--all-normal", "--item", "gas=na:本室无气路", "--corrects", "1", "--reason", "气路项应为不适用"]).stdout == "inspection 2\n")
        let json = try s.ok(["inspection", "show", "2", "--format", "json", "--now", "2026-03-02T11:00"]).json()
        #expect(json["room_answered_by"] as? Int == 2)
        let gas = (json["answers"] as? [[String: Any]] ?? []).first { $0["item"] as? String == "gas" }
        #expect(gas?["scope"] as? String == "room" && gas?["reason"] as? String == "本室无气路")
        try s.verify()
    }
}
