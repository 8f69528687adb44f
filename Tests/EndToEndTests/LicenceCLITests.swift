import Foundation
import Testing

/// `rounds licence` and `rounds imaging` end to end on a practice store driven by --now (R65,
/// R66, R70, R90–R95), in both languages, and on an evidence store where --now is refused (R4).
struct LicenceCLITests {
    func ok(_ box: Sandbox, _ args: [String], now: String, user: String = "head") throws -> String {
        let r = try box.rounds(args, now: now, user: user)
        try #require(r.status == 0, "\(r)")
        return r.stdout
    }

    let number = "吉卫放证字〔2024〕第0012号"

    @Test func aLicenceItsTasksAndTheImagingLog() throws {
        let box = try Sandbox("licence")
        try PartsContactsScrapTests.hospital(box)
        _ = try ok(box, ["licence", "add", number, "--holder", "示范医院", "--authority", "长春市卫生健康委员会", "--issued-on", "2024-07-01",
                         "--category", "xray-imaging", "--verify-by", "2026-03-31"], now: "2026-03-02T09:00")
        // R92: the CT is in service and on no licence; R91: 29 days left, the 30-day reminder.
        var tasks = try ok(box, ["licence", "tasks", "--format", "csv"], now: "2026-03-02T09:05")
        #expect(tasks.contains("R92,not-on-licence,,IMG-CT01,,"), "\(tasks)")
        #expect(tasks.contains("R91,verification-due,\(number),,2026-03-31,"), "\(tasks)")
        let zh = try ok(box, ["licence", "tasks", "--lang", "zh"], now: "2026-03-02T09:05")
        #expect(zh.contains("IMG-CT01 是在用射线装置，但未列入任何放射诊疗许可证"), "\(zh)")
        _ = try ok(box, ["licence", "device-add", number, "--device", "IMG-CT01", "--parameters", "140 kV / 800 mA", "--on", "2026-03-02"],
                   now: "2026-03-02T09:10")
        tasks = try ok(box, ["licence", "tasks", "--format", "csv"], now: "2026-03-02T09:15")
        #expect(!tasks.contains("not-on-licence"), "\(tasks)")
        // A refusal in both languages: a change dated after today (R4).
        let future = try box.rounds(["licence", "verify", number, "--on", "2026-03-05", "--next-due", "2028-03-31"], now: "2026-03-02T09:20", user: "head")
        #expect(future.status == 1 && future.stderr.contains("R4: the verification day 2026-03-05 is after today (2026-03-02)"), "\(future)")
        let futureZh = try box.rounds(["licence", "verify", number, "--on", "2026-03-05", "--next-due", "2028-03-31", "--lang", "zh"],
                                      now: "2026-03-02T09:20", user: "head")
        #expect(futureZh.status == 1 && futureZh.stderr.contains("R4：校验日期 2026-03-05 晚于今天（2026-03-02）"), "\(futureZh)")
        // R91: overdue by one day on 1 April.
        let list = try ok(box, ["licence", "list", "--format", "json"], now: "2026-04-01T09:00")
        #expect(list.contains("\"days_left\": -1") && list.contains("\"overdue\": true"), "\(list)")

        // R66: the CT logs 1 and 3 April; on 4 April the 2nd is missing.
        for d in ["2026-04-01", "2026-04-03"] {
            _ = try ok(box, ["imaging", "log", "--device", "IMG-CT01", "--status", "normal", "--day", d, "--exams", "35"], now: d + "T18:00", user: "eng")
        }
        let missing = try ok(box, ["imaging", "missing", "--from", "2026-04-01", "--format", "csv"], now: "2026-04-04T08:00")
        #expect(missing.replacingOccurrences(of: "\r\n", with: "\n") == "device,department,day,keeper\nIMG-CT01,IMG,2026-04-02,\n", "\(missing)")
        let config = try ok(box, ["imaging", "config", "--format", "csv"], now: "2026-04-04T08:00")
        #expect(config.contains("ct-16,16-slice CT,1,,,1"), "\(config)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// R67: the CT has no dedicated person and no plan, then gets both (its maintenance person by
    /// re-import, a second-level plan) and is no longer reported.
    @Test func anImagingDeviceWithoutDedicatedPersonOrPlanIsReported() throws {
        let box = try Sandbox("imaging-upkeep")
        try PartsContactsScrapTests.hospital(box)
        var csv = try ok(box, ["imaging", "upkeep", "--format", "csv"], now: "2026-03-02T09:00")
        #expect(csv.replacingOccurrences(of: "\r\n", with: "\n").hasPrefix("device,department,person,plans,problems,text\nIMG-CT01,IMG,,,no-person;no-plan,"), "\(csv)")
        let zh = try ok(box, ["imaging", "upkeep", "--lang", "zh"], now: "2026-03-02T09:00")
        #expect(zh.contains("影像设备专职人员及校正/保养计划（R67）：1 台缺少") && zh.contains("未指定专职人员"), "\(zh)")
        _ = try ok(box, ["import", "equipment", try box.write("m.csv", "tag,name,department,category,radiation,in_service,maintainer\nIMG-CT01,CT,IMG,ct,yes,2018-01-01,eng\n")],
                   now: "2026-03-02T09:05")
        _ = try ok(box, ["maintenance", "plan", "IMG-CT01", "--tier", "second"], now: "2026-03-02T09:10")
        csv = try ok(box, ["imaging", "upkeep", "--format", "csv"], now: "2026-03-02T09:15")
        #expect(csv.contains("IMG-CT01,IMG,eng,second 90d,,"), "\(csv)")
        let json = try ok(box, ["imaging", "upkeep", "--problems", "--format", "json"], now: "2026-03-02T09:15")
        #expect(json.contains("\"lacking\": 0") && json.contains("\"count\": 0"), "\(json)")
    }

    /// R94: a radiation safety licence valid until 2026-04-30; on 2026-03-15, 46 days left (the 60-day
    /// reminder); on 2026-05-01 expired; renewed under the same number until 2031-04-30, no task.
    @Test func aRadiationSafetyLicenceItsRenewalReminderAndRenewal() throws {
        let box = try Sandbox("safety-licence")
        try PartsContactsScrapTests.hospital(box)
        let number = "国环辐证〔00123〕"
        let add = ["licence", "safety-add", number, "--holder", "示范医院", "--authority", "吉林省生态环境厅", "--scope", "使用Ⅱ类、Ⅲ类射线装置",
                   "--valid-from", "2021-05-01", "--device", "IMG-CT01"]
        #expect(try ok(box, add + ["--valid-until", "2026-04-30"], now: "2026-03-02T09:00") == "safety licence \(number)\n")
        let list = try ok(box, ["licence", "safety-list", "--format", "csv"], now: "2026-03-15T09:00").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(list == "number,holder,authority,scope,valid_from,valid_until,days_left,reminder,expired,devices\n"
                + "\(number),示范医院,吉林省生态环境厅,使用Ⅱ类、Ⅲ类射线装置,2021-05-01,2026-04-30,46,60,no,IMG-CT01\n", "\(list)")
        var tasks = try ok(box, ["licence", "tasks", "--format", "csv"], now: "2026-03-15T09:00")
        #expect(tasks.contains("R94,safety-expiring,\(number),,2026-04-30,\"radiation safety licence \(number) is valid until 2026-04-30, 46 day(s) left (reminder 60)"), "\(tasks)")
        let zh = try ok(box, ["licence", "tasks", "--lang", "zh"], now: "2026-05-01T09:00")
        #expect(zh.contains("辐射安全许可证 \(number) 已于 2026-04-30 到期（1 天前）"), "\(zh)")
        // A licence ending before it starts is refused (R94).
        let backwards = try box.rounds(add + ["--valid-until", "2020-01-01"], now: "2026-05-01T09:05", user: "head")
        #expect(backwards.status == 1 && backwards.stderr.contains("R94: the end of validity (2020-01-01) must come after its start (2021-05-01)"), "\(backwards)")
        _ = try ok(box, ["licence", "safety-add", number, "--holder", "示范医院", "--authority", "吉林省生态环境厅", "--scope", "使用Ⅱ类、Ⅲ类射线装置",
                         "--valid-from", "2026-05-01", "--valid-until", "2031-04-30", "--device", "IMG-CT01"], now: "2026-05-01T10:00")
        tasks = try ok(box, ["licence", "tasks", "--format", "csv"], now: "2026-05-01T10:05")
        #expect(!tasks.contains("R94"), "\(tasks)")
        #expect(try ok(box, ["licence", "safety-list", "--format", "json"], now: "2026-05-01T10:05").contains("\"valid_until\": \"2031-04-30\""))
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// In an evidence store the licence and the log are entered at the system clock: --now is refused (R4).
    @Test func anEvidenceStoreTakesNoNowForLicencesOrTheLog() throws {
        let box = try Sandbox("licence-evidence")
        try EvidenceStoreTests.hospital(box)
        let head = EvidenceStoreTests.osAccount
        let add = ["licence", "add", number, "--holder", "示范医院", "--authority", "长春市卫生健康委员会", "--issued-on", "2024-07-01",
                   "--category", "xray-imaging", "--verify-by", "2099-03-31"]
        let backdated = try box.rounds(add, now: "2026-03-30T10:00", user: head)
        #expect(backdated.status == 1 && backdated.stderr.contains("R4: this is an evidence store"), "\(backdated)")
        #expect(try box.rounds(add, now: nil, user: head).status == 0)
        #expect(try box.rounds(["verify"], now: nil).status == 0)
    }
}
