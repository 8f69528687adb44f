import Foundation
import Testing

/// `rounds qc` and `rounds org` end to end on a practice store driven by --now (R75–R88): the
/// organisation registry, a test refused for a blacklisted organisation and accepted with the
/// equipment head's approval, a failed status test restricting the CT until a retest, the due list
/// with its reminders, the half-year list, and R77 where a device is put in service. In both languages.
struct QCCLITests {
    func ok(_ box: Sandbox, _ args: [String], now: String, user: String = "head") throws -> String {
        let r = try box.rounds(args, now: now, user: user)
        try #require(r.status == 0, "\(r)")
        return r.stdout
    }

    func hospital() throws -> Sandbox {
        let box = try Sandbox("qc")
        try PartsContactsScrapTests.hospital(box)
        for args in [["org", "add", "jl-oph", "--name", "吉林省职业病防治院", "--certificate", "(吉)放卫技字[2021]第01号",
                      "--scope-standard", "WS519-2019", "--scope-standard", "WS 76-2020", "--scope-kind", "acceptance", "--scope-kind", "status",
                      "--valid-from", "2021-04-01", "--valid-until", "2027-03-31"],
                     ["org", "add", "bad", "--name", "某检测公司", "--certificate", "X-1", "--scope-standard", "WS519-2019",
                      "--scope-kind", "status", "--valid-from", "2021-04-01", "--valid-until", "2027-03-31"],
                     ["org", "blacklist", "bad", "--on", "2026-02-01", "--source", "信用吉林"]] {
            _ = try ok(box, args, now: "2026-02-01T09:00")
        }
        return box
    }

    func statusTest(_ org: String, on day: String, _ extra: [String] = []) -> [String] {
        ["qc", "record", "--device", "IMG-CT01", "--kind", "status", "--organisation", org, "--report", "JL-\(day)",
         "--tested-on", day, "--instrument", "RTI Piranha 657", "--rest", "pass"] + extra
    }

    @Test func registryRefusalsRestrictionAndTheDueList() throws {
        let box = try hospital()
        let list = try ok(box, ["org", "list", "--format", "csv"], now: "2026-02-02T09:00")
        #expect(list.contains("bad,某检测公司,,X-1,WS519-2019,status,2021-04-01,2027-03-31,,,2026-02-01,信用吉林,2026-02-01"), "\(list)")
        #expect(try ok(box, ["org", "show", "bad", "--format", "csv"], now: "2026-02-02T09:00").contains(",blacklisted"))

        // R86: the blacklisted organisation is refused, in English and in Chinese, and nothing is written.
        let en = try box.rounds(statusTest("bad", on: "2026-03-02"), now: "2026-03-03T09:00", user: "eng")
        #expect(en.status == 1 && en.stderr.contains("R86: 某检测公司 is blacklisted since 2026-02-01 (信用吉林)"), "\(en)")
        let zh = try box.rounds(statusTest("bad", on: "2026-03-02") + ["--lang", "zh"], now: "2026-03-03T09:00", user: "eng")
        #expect(zh.status == 1 && zh.stderr.contains("R86：某检测公司 自 2026-02-01 起被纳入黑名单（信用吉林）"), "\(zh)")
        let notHead = try box.rounds(statusTest("bad", on: "2026-03-02", ["--approved-by", "eng", "--override-reason", "急需"]),
                                     now: "2026-03-03T09:00", user: "eng")
        #expect(notHead.status == 1 && notHead.stderr.contains("not the equipment head"), "\(notHead)")

        // A failed status test (noise) restricts the CT and opens a repair ticket (R84).
        let failed = try box.rounds(statusTest("jl-oph", on: "2026-03-02", ["--item", "noise=fail", "--measured", "noise=0.52%",
                                                                             "--requirement", "noise=≤0.45%"]), now: "2026-03-03T09:00", user: "eng")
        #expect(failed.status == 0 && failed.stdout == "qc 1 fail\n" && failed.stderr.contains("restricted"), "\(failed)")
        #expect(try ok(box, ["ticket", "list", "--format", "csv"], now: "2026-03-03T09:05").contains("IMG-CT01"))
        var due = try ok(box, ["qc", "due", "--format", "json"], now: "2026-03-03T10:00")
        #expect(due.contains("\"device\": \"IMG-CT01\"") && due.contains("\"restricted\": true") && due.contains("\"restricted_by_test\": 1"), "\(due)")
        #expect(try ok(box, ["report", "qc", "--format", "json"], now: "2026-03-03T10:00") == due, "report qc is qc due")
        #expect(try ok(box, ["equipment", "show", "IMG-CT01"], now: "2026-03-03T10:00").contains("QC: RESTRICTED"))
        #expect(try ok(box, ["equipment", "show", "IMG-CT01", "--lang", "zh"], now: "2026-03-03T10:00").contains("质控：限制使用"))

        // The retest passes: no longer restricted; next due 2027-03-10, reminder at 60 days from 2027-01-09.
        #expect(try ok(box, statusTest("jl-oph", on: "2026-03-10"), now: "2026-03-10T16:00", user: "eng") == "qc 2 pass\n")
        due = try ok(box, ["qc", "due", "--format", "csv"], now: "2026-03-10T17:00")
        #expect(!due.contains("IMG-CT01"), "not due within 60 days and not restricted: \(due)")
        due = try ok(box, ["qc", "due", "--format", "csv"], now: "2027-01-09T09:00")
        #expect(due.contains("IMG-CT01,IMG,ct,WS519-2019,2026-03-10,2027-03-10,60,60,no,no,"), "\(due)")
        // The half-year reminder (R88) shows from 11 December: 30 days before 10 January.
        due = try ok(box, ["qc", "due", "--format", "json"], now: "2026-12-11T09:00")
        #expect(due.contains("\"half_year_report\": {\"period\": \"2026-H2\", \"deadline\": \"2027-01-10\", \"days_left\": 30}"), "\(due)")
        #expect(try ok(box, ["qc", "due", "--format", "json"], now: "2026-12-10T09:00").contains("\"half_year_report\": null"))
        let half = try ok(box, ["qc", "list", "--half-year", "2026-H1", "--format", "csv"], now: "2026-07-01T09:00")
        #expect(half.split(whereSeparator: \.isNewline).count == 3, "header and the two March tests: \(half)")

        // The equipment head approves the blacklisted organisation's test with a reason: recorded with both signatures.
        let approved = try box.rounds(statusTest("bad", on: "2026-03-11", ["--approved-by", "head", "--override-reason", "省防治院排期已满，临时委托"]),
                                      now: "2026-03-11T16:00", user: "eng")
        #expect(approved.status == 0 && approved.stdout == "qc 3 pass\n", "\(approved)")
        let shown = try ok(box, ["qc", "show", "3", "--format", "json"], now: "2026-03-11T17:00")
        #expect(shown.contains("\"override_by\": \"head\"") && shown.contains("\"meaning\": \"approved\""), "\(shown)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func untestableItemsAndTheServiceEntryGate() throws {
        let box = try hospital()
        // R82: a status test's untestable item needs a detailed note.
        let bare = try box.rounds(statusTest("jl-oph", on: "2026-03-02", ["--item", "ct-number-linearity=untestable"]), now: "2026-03-03T09:00", user: "eng")
        #expect(bare.status == 1 && bare.stderr.contains("R82: item 'ct-number-linearity' could not be tested"), "\(bare)")
        #expect(try ok(box, statusTest("jl-oph", on: "2026-03-02", ["--item", "ct-number-linearity=untestable",
                                                                     "--note", "ct-number-linearity=设备未配多材料模体插件，无法测CT值线性"]),
                       now: "2026-03-03T09:00", user: "eng") == "qc 1 pass\n")
        // A note for an item the test has no result for is a typo, refused before anything is written.
        let typo = try box.rounds(statusTest("jl-oph", on: "2026-03-02", ["--note", "nosie=噪声超标原因未明"]), now: "2026-03-03T09:00", user: "eng")
        #expect(typo.status == 1 && typo.stderr.contains("no result for item 'nosie'"), "\(typo)")
        // R83: without --rest every item must be named.
        let partial = try box.rounds(["qc", "record", "--device", "IMG-CT01", "--kind", "status", "--organisation", "jl-oph",
                                      "--instrument", "x", "--item", "noise=pass", "--lang", "zh"], now: "2026-03-03T09:00", user: "eng")
        #expect(partial.status == 1 && partial.stderr.contains("R83：") && partial.stderr.contains("不得少测漏测"), "\(partial)")

        // R77: a new CT is imported stopped, cannot be put in service before its acceptance test, then can.
        try box.write("ct2.csv", "tag,name,department,category,radiation,in_service,status\nIMG-CT02,CT,IMG,ct,yes,2026-03-01,stopped\n")
        _ = try ok(box, ["import", "equipment", box.path("ct2.csv")], now: "2026-03-03T09:00")
        let early = try box.rounds(["equipment", "status", "IMG-CT02", "in-service", "--reason", "新装机", "--lang", "zh"], now: "2026-03-03T10:00", user: "head")
        #expect(early.status == 1 && early.stderr.contains("R77：射线装置 IMG-CT02 没有合格的验收检测"), "\(early)")
        _ = try ok(box, ["qc", "record", "--device", "IMG-CT02", "--kind", "acceptance", "--organisation", "jl-oph", "--instrument", "x",
                         "--rest", "pass", "--tested-on", "2026-03-04"], now: "2026-03-04T16:00", user: "eng")
        #expect(try ok(box, ["equipment", "status", "IMG-CT02", "in-service", "--reason", "验收合格"], now: "2026-03-04T17:00") == "IMG-CT02 in-service\n")
        // R75: the standards list; an MRI-category device is not covered.
        // (CSV lines end in CRLF.)
        let standards = try ok(box, ["qc", "standards", "--standard", "WS818-2023", "--format", "csv"], now: "2026-03-04T17:00")
            .replacingOccurrences(of: "\r\n", with: "\n")
        #expect(standards.hasPrefix("standard,group,categories,item,kinds,name\nWS818-2023,cbct,cbct;dental-cbct,kv-deviation,acceptance;status,"), "\(standards)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// In an evidence store the entry time of a test and of the registry is the system clock:
    /// --now is refused (R4), the test day is the report's (not after today), and the entry is proven.
    @Test func anEvidenceStoreTakesNoNowForTestsOrOrganisations() throws {
        let box = try Sandbox("qc-evidence")
        try EvidenceStoreTests.hospital(box)
        let head = EvidenceStoreTests.osAccount
        try box.write("ct.csv", "tag,name,department,category,radiation,in_service\nICU-CT01,移动CT,ICU,ct,yes,2020-01-01\n")
        #expect(try box.rounds(["import", "equipment", box.path("ct.csv")], now: nil, user: head).status == 0)
        let org = ["org", "add", "jl-oph", "--name", "吉林省职业病防治院", "--certificate", "C-1", "--scope-standard", "WS519-2019",
                   "--scope-kind", "status", "--valid-from", "2021-04-01", "--valid-until", "2099-12-31"]
        let backdated = try box.rounds(org, now: "2026-03-30T10:00", user: head)
        #expect(backdated.status == 1 && backdated.stderr.contains("R4: this is an evidence store"), "\(backdated)")
        #expect(try box.rounds(org, now: nil, user: head).status == 0)
        let test = ["qc", "record", "--device", "ICU-CT01", "--kind", "status", "--organisation", "jl-oph", "--instrument", "x", "--rest", "pass"]
        let withNow = try box.rounds(test, now: "2026-03-30T10:00", user: head)
        #expect(withNow.status == 1 && withNow.stderr.contains("R4"), "\(withNow)")
        let recorded = try box.rounds(test, now: nil, user: head)
        #expect(recorded.status == 0 && recorded.stdout == "qc 1 pass\n", "\(recorded)")
        #expect(try box.rounds(test + ["--tested-on", "2099-01-01"], now: nil, user: head).stderr.contains("R4: the test is dated 2099-01-01, after today"))
        let shown = try box.rounds(["qc", "show", "1", "--format", "json"], now: nil, user: head)
        #expect(shown.stdout.contains("\"proof\": \"os\""), "\(shown)")
        #expect(try box.rounds(["verify"], now: nil).status == 0)
    }
}
