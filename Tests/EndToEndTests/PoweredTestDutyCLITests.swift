import Foundation
import Testing

/// R32: the powered test of rescue equipment is mandatory in second-level maintenance and in the
/// ten-day check. The contract keeps `--plug-test` optional on a summary record, so the record is
/// accepted and the missing test is a missed duty in `report exceptions` (DECISIONS).
struct PoweredTestDutyCLITests {
    /// ICU (key): a defibrillator (rescue, powered) and a patient monitor (not rescue).
    func hospital() throws -> Sandbox {
        let box = try Sandbox("powered-test")
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\neng,工程师,engineer,\nhead,设备科主任,equipment-head;engineer,\n")], nil),
            (["import", "equipment", try box.write("e.csv", """
                tag,name,department,category,emergency,in_service
                ICU-D01,除颤仪,ICU,defibrillator,yes,2020-01-01
                ICU-M01,监护仪,ICU,monitor,no,2020-01-01
                """)], "head"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
        return box
    }

    func duties(_ box: Sandbox, now: String) throws -> [[String: Any]] {
        let r = try box.rounds(["report", "exceptions", "--format", "json"], now: now, user: "eng")
        try #require(r.status == 0, "\(r)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
        return try #require(json["items"] as? [[String: Any]]).filter { $0["kind"] as? String == "powered-test-missing" }
    }

    @Test func aSecondLevelSummaryWithoutThePlugTestIsAcceptedAndListedUntilTheNextOneHasIt() throws {
        let box = try hospital()
        // Accepted: the contract's summary record keeps --plug-test optional.
        for tag in ["ICU-D01", "ICU-M01"] {
            let r = try box.rounds(["record", "maintenance", "--device", tag, "--tier", "second", "--with", "head", "--at", "2026-03-10T10:00"], user: "eng")
            try #require(r.status == 0, "\(r)")
            // The defibrillator's record says on stderr that its powered test is missing; the monitor's says nothing.
            #expect(r.stderr.contains("rounds: warning: R32: ICU-D01 is rescue equipment") == (tag == "ICU-D01"), "\(r)")
        }
        // 03-12: the defibrillator's record is 2 days old (03-12 − 03-10), under the 3 days of
        // rule.escalate-inspection-days; the monitor is not rescue equipment and is not asked.
        var listed = try duties(box, now: "2026-03-12T09:00")
        #expect(listed.count == 1, "\(listed)")
        let duty = try #require(listed.first)
        #expect(duty["rule"] as? String == "R32" && duty["subject"] as? String == "ICU-D01", "\(duty)")
        #expect(duty["days_overdue"] as? Int == 2 && duty["escalated"] as? Bool == false, "\(duty)")
        #expect(duty["since"] as? String == "2026-03-10T10:00:00+08:00", "\(duty)")
        #expect((duty["detail"] as? String ?? "").contains("second-level maintenance #1 of 2026-03-10 has no powered test result"), "\(duty)")
        // 03-13: 3 days, to the equipment head.
        listed = try duties(box, now: "2026-03-13T09:00")
        #expect(listed.first?["escalated"] as? Bool == true, "\(listed)")
        let zh = try box.rounds(["report", "exceptions", "--lang", "zh"], now: "2026-03-13T09:00", user: "eng")
        #expect(zh.stdout.contains("插电测试未记录") && zh.stdout.contains("R32"), "\(zh.stdout)")

        // The next second-level maintenance with its test clears it; a failed one opens a repair ticket instead.
        #expect(try box.rounds(["record", "maintenance", "--device", "ICU-D01", "--tier", "second", "--with", "head", "--plug-test", "pass",
                                "--at", "2026-03-14T10:00"], user: "eng").status == 0)
        #expect(try duties(box, now: "2026-03-14T11:00").isEmpty)
        // As of 03-13 (before it) the missing test is still listed: records after --now are ignored.
        #expect(try duties(box, now: "2026-03-13T09:00").count == 1)
    }

    @Test func aTenDaySummaryCheckOfRescueEquipmentIsListedAndAnItemisedOneClearsIt() throws {
        let box = try hospital()
        let summary = try box.rounds(["record", "inspection", "--device", "ICU-D01", "--kind", "ten-day", "--at", "2026-03-10T10:00", "--lang", "zh"], user: "eng")
        #expect(summary.status == 0 && summary.stderr.contains("R32：ICU-D01 为抢救设备，本次十天检查未记录插电测试"), "\(summary)")
        var listed = try duties(box, now: "2026-03-11T09:00")
        #expect(listed.count == 1 && (listed.first?["detail"] as? String ?? "").contains("ten-day check (inspection #1) of 2026-03-10"), "\(listed)")
        #expect(listed.first?["days_overdue"] as? Int == 1, "\(listed)")
        // A monthly record is not the ten-day check: still listed.
        #expect(try box.rounds(["record", "inspection", "--device", "ICU-D01", "--kind", "monthly", "--at", "2026-03-11T10:00"], user: "eng").status == 0)
        #expect(try duties(box, now: "2026-03-11T11:00").count == 1)
        // An itemised ten-day check answers the powered-test item (normal = pass): cleared.
        #expect(try box.rounds(["record", "inspection", "--device", "ICU-D01", "--kind", "ten-day", "--all-normal", "--at", "2026-03-12T10:00"], user: "eng").status == 0)
        listed = try duties(box, now: "2026-03-12T11:00")
        #expect(listed.isEmpty, "\(listed)")
    }
}
