import Foundation
import Testing

/// `rounds report exceptions` end to end (R100): the CT's failed status test of 2026-03-02 (R84)
/// is listed from that day with its age in days, and goes to the equipment head once
/// `rule.escalate-qc-days` days have passed; the same list in the three formats and in Chinese.
struct ExceptionsCLITests {
    func duties(_ box: Sandbox, now: String) throws -> [[String: Any]] {
        let out = try QCCLITests().ok(box, ["report", "exceptions", "--format", "json"], now: now)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "\(out)")
        return try #require(json["items"] as? [[String: Any]], "\(out)")
    }

    @Test func aFailedQCTestEscalatesAfterItsThreshold() throws {
        let t = QCCLITests()
        let box = try t.hospital()
        let failed = try box.rounds(t.statusTest("jl-oph", on: "2026-03-02", ["--item", "noise=fail"]), now: "2026-03-03T09:00", user: "eng")
        try #require(failed.status == 0, "\(failed)")

        // 2026-03-05 is 3 days after the test day: under the default 7 days, not escalated.
        var qc = try #require(try duties(box, now: "2026-03-05T10:00").first { $0["kind"] as? String == "qc-failed" })
        #expect(qc["rule"] as? String == "R84" && qc["subject"] as? String == "IMG-CT01")
        #expect(qc["days_overdue"] as? Int == 3 && qc["escalated"] as? Bool == false, "\(qc)")
        #expect(qc["since"] as? String == "2026-03-02T00:00:00+08:00", "\(qc)")
        // 2026-03-09: 7 days, escalated.
        qc = try #require(try duties(box, now: "2026-03-09T10:00").first { $0["kind"] as? String == "qc-failed" })
        #expect(qc["days_overdue"] as? Int == 7 && qc["escalated"] as? Bool == true, "\(qc)")

        // As docs/cli.md shows it: 3 days and 10 hours after midnight of the test day, 82 hours.
        let before = try t.ok(box, ["report", "exceptions", "--format", "csv"], now: "2026-03-05T10:00")
        #expect(before.contains("R84,qc-failed,IMG-CT01,IMG-CT01,IMG,2026-03-02T00:00:00+08:00,82,3,no,status test #1 failed on 2026-03-02; restricted until a passing retest"), "\(before)")

        // A two-day threshold escalates it on 2026-03-05 already.
        _ = try t.ok(box, ["config", "set", "escalate-qc-days", "2", "--reason", "the radiation safety committee wants failed tests on the head's desk sooner"], now: "2026-03-05T09:00")
        qc = try #require(try duties(box, now: "2026-03-05T10:00").first { $0["kind"] as? String == "qc-failed" })
        #expect(qc["escalated"] as? Bool == true, "\(qc)")

        let csv = try t.ok(box, ["report", "exceptions", "--format", "csv"], now: "2026-03-05T10:00")
        #expect(csv.contains("rule,kind,subject,device,department,since,age_hours,days_overdue,escalated,detail"), "\(csv)")
        #expect(csv.contains("R84,qc-failed,IMG-CT01,IMG-CT01,"), "\(csv)")
        let table = try t.ok(box, ["report", "exceptions"], now: "2026-03-05T10:00")
        #expect(table.contains("radiation QC failed") && table.contains("TO HEAD") && table.contains("3d"), "\(table)")
        let zh = try t.ok(box, ["report", "exceptions", "--lang", "zh"], now: "2026-03-05T10:00")
        #expect(zh.contains("放射质控检测不合格") && zh.contains("报主任") && zh.contains("3天"), "\(zh)")
    }
}
