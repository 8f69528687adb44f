import Foundation
import Testing

/// R33 on the command line: a concentrated plan with its window, a rotation plan deferred because
/// the device is in use, the deferrals in `report maintenance` and `report kpi`.
struct MaintenanceModeCLITests {
    /// ICU (key) with a ventilator, OR (key) with two anaesthesia machines; second-level every 90
    /// days from 2026-01-01, so every plan is due 2026-04-01 (due soon from 03-25, 7 days).
    static func hospital(_ box: Sandbox) throws {
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\nOR,手术室,yes\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\neng,工程师,engineer,\nhead,设备科主任,equipment-head;engineer,\n")], nil),
            (["import", "equipment", try box.write("e.csv", """
                tag,name,department,category,life_support,in_service
                ICU-V01,呼吸机,ICU,ventilator,yes,2020-01-01
                OR-A01,麻醉机,OR,anaesthesia,yes,2020-01-01
                OR-A02,麻醉机,OR,anaesthesia,yes,2020-01-01
                """)], "head"),
            (["maintenance", "plan", "ICU-V01", "OR-A01", "OR-A02", "--tier", "second"], "head"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
    }

    @Test func aConcentratedWindowAndRotationDeferralsAreShownAndCounted() throws {
        let box = try Sandbox("maint-modes")
        try Self.hospital(box)
        // The operating theatres' plans in one weekend window, by department.
        let window = try box.rounds(["maintenance", "schedule", "--department", "OR", "--tier", "second", "--mode", "concentrated",
                                     "--window-from", "2026-03-28", "--window-to", "2026-03-29"], now: "2026-03-20T09:00", user: "head")
        try #require(window.status == 0, "\(window)")
        #expect(window.stdout == "OR-A01 second concentrated 2026-03-28..2026-03-29\nOR-A02 second concentrated 2026-03-28..2026-03-29\n")
        #expect(try box.rounds(["maintenance", "schedule", "ICU-V01", "--tier", "second", "--mode", "rotation"], now: "2026-03-20T09:00", user: "head").status == 0)

        // 03-20: due 04-01 is 12 days away, not offered yet: nothing to defer (R33).
        let early = try box.rounds(["maintenance", "defer", "--device", "ICU-V01", "--tier", "second", "--reason", "device-in-use"], now: "2026-03-20T10:00", user: "eng")
        #expect(early.status == 1 && early.stderr.contains("R33"), "\(early)")
        // 03-25 and 03-26 (due soon): deferred twice; the task stays due.
        #expect(try box.rounds(["maintenance", "defer", "--device", "ICU-V01", "--tier", "second", "--reason", "device-in-use"], now: "2026-03-25T10:00", user: "eng").stdout
                == "ICU-V01 second deferred (device in use): 1 for this task\n")
        #expect(try box.rounds(["maintenance", "defer", "--device", "ICU-V01", "--tier", "second", "--reason", "device-in-use", "--note", "患者使用中"],
                               now: "2026-03-26T10:00", user: "eng").status == 0)
        // Only the one reason R33 gives, and only a rotation plan.
        let other = try box.rounds(["maintenance", "defer", "--device", "ICU-V01", "--tier", "second", "--reason", "busy"], now: "2026-03-26T11:00", user: "eng")
        #expect(other.status == 1 && other.stderr.contains("R33"), "\(other)")
        let concentrated = try box.rounds(["maintenance", "defer", "--device", "OR-A01", "--tier", "second", "--reason", "device-in-use"], now: "2026-03-26T11:00", user: "eng")
        #expect(concentrated.status == 1 && concentrated.stderr.contains("R33") && concentrated.stderr.contains("concentrated"), "\(concentrated)")
        // A concentrated plan needs its window; a window without concentrated mode is refused.
        let noWindow = try box.rounds(["maintenance", "schedule", "OR-A01", "--tier", "second", "--mode", "concentrated"], now: "2026-03-26T11:00", user: "head")
        #expect(noWindow.status == 1 && noWindow.stderr.contains("R33"), "\(noWindow)")

        // 03-27: re-offered — still due 04-01, with 2 deferrals; the OR plans show their window.
        let due = try box.rounds(["report", "maintenance", "--format", "json"], now: "2026-03-27", user: "eng")
        #expect(due.stdout.contains("{\"device\": \"ICU-V01\", \"department\": \"ICU\", \"tier\": \"second\", \"interval_days\": 90, \"last_done\": null, \"due\": \"2026-04-01\", \"status\": \"due-soon\", \"mode\": \"rotation\", \"window_from\": null, \"window_to\": null, \"deferrals\": 2}"), "\(due.stdout)")
        #expect(due.stdout.contains("\"device\": \"OR-A01\", \"department\": \"OR\", \"tier\": \"second\", \"interval_days\": 90, \"last_done\": null, \"due\": \"2026-04-01\", \"status\": \"due-soon\", \"mode\": \"concentrated\", \"window_from\": \"2026-03-28\", \"window_to\": \"2026-03-29\", \"deferrals\": 0"), "\(due.stdout)")
        let table = try box.rounds(["report", "maintenance", "--lang", "zh"], now: "2026-03-27", user: "eng")
        #expect(table.stdout.contains("轮转") && table.stdout.contains("集中") && table.stdout.contains("2026-03-28..2026-03-29"), "\(table.stdout)")

        // Done on 03-28: the next task (due 06-26) starts with no deferral; the two stay in March's KPI.
        #expect(try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--with", "head", "--at", "2026-03-28T12:00"], user: "eng").status == 0)
        let after = try box.rounds(["report", "maintenance", "--format", "csv"], now: "2026-03-29", user: "eng")
        #expect(after.stdout.contains("ICU-V01,ICU,second,90,2026-03-28,2026-06-26,ok,rotation,,,0"), "\(after.stdout)")
        let kpi = try box.rounds(["report", "kpi", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"], now: "2026-04-30", user: "eng")
        #expect(kpi.stdout.contains("\"deferrals\": 2, \"deferrals_by_plan\": [{\"device\": \"ICU-V01\", \"tier\": \"second\", \"department\": \"ICU\", \"count\": 2}]"), "\(kpi.stdout)")
        let kpiTable = try box.rounds(["report", "kpi", "--from", "2026-03-01", "--to", "2026-03-31"], now: "2026-04-30", user: "eng")
        #expect(kpiTable.stdout.contains("Rotation maintenance deferred, device in use (R33): 2"), "\(kpiTable.stdout)")
        // April's window holds no deferral.
        let april = try box.rounds(["report", "kpi", "--from", "2026-04-01", "--to", "2026-04-30", "--format", "json"], now: "2026-04-30", user: "eng")
        #expect(april.stdout.contains("\"deferrals\": 0, \"deferrals_by_plan\": []"), "\(april.stdout)")
        // Both tables are audited: verify passes.
        #expect(try box.rounds(["verify"], now: "2026-04-30").status == 0)
    }
}
