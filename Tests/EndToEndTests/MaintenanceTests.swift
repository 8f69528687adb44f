import Foundation
import Testing

/// Maintenance plans by tier (R26–R31), the powered test of rescue equipment (R32), and the
/// acceptance test a major repair of a radiation device needs before sign-back (R78).
struct MaintenanceTests {
    @Test func plansDefaultsAndTheKeyDepartmentReport() throws {
        let box = try Sandbox("maint")
        try PartsContactsScrapTests.hospital(box)
        // A ventilator's default second-level interval is 90 days (docs/rules.md).
        let plan = try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "second"], user: "head")
        #expect(plan.stdout == "ICU-V01 second every 90 days\n", "\(plan)")
        var report = try box.rounds(["report", "maintenance", "--format", "json"], now: "2026-03-15T10:00", user: "head")
        // R31: ICU is key; ICU-V02 has no second-level plan. IMG is not key.
        #expect(report.stdout.contains("\"lacking_second_level_plan\": [\"ICU-V02\"]"), "\(report.stdout)")
        // No maintenance since B = 2026-01-01: due 2026-04-01 (B + 90), not yet overdue on 2026-03-15.
        #expect(report.stdout.contains("\"due\": \"2026-04-01\", \"status\": \"ok\""), "\(report.stdout)")
        // Second-level maintenance is joint (R29): one signature alone cannot complete it…
        let single = try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--at", "2026-02-01T10:00"], user: "eng")
        #expect(single.status == 1 && single.stderr.contains("R29") && single.stderr.contains("--with"), "\(single)")
        // …and --with is another person.
        let alone = try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--with", "eng",
                                    "--at", "2026-02-01T10:00"], user: "eng")
        #expect(alone.status == 1 && alone.stderr.contains("R29"), "\(alone)")
        #expect(try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--with", "head",
                                "--at", "2026-02-01T10:00"], user: "eng").status == 0)
        report = try box.rounds(["report", "maintenance", "--format", "json"], now: "2026-03-15T10:00", user: "head")
        #expect(report.stdout.contains("\"last_done\": \"2026-02-01\", \"due\": \"2026-05-02\""), "2026-02-01 + 90 days: \(report.stdout)")
        #expect(try box.rounds(["maintenance", "plan-key"], user: "head").stdout == "second-level plans added: 1\n")
        report = try box.rounds(["report", "maintenance", "--format", "json"], now: "2026-03-15T10:00", user: "head")
        #expect(report.stdout.contains("\"lacking_second_level_plan\": []"))
    }

    @Test func aFailedPoweredTestOpensARepairTicket() throws {
        let box = try Sandbox("plug")
        try PartsContactsScrapTests.hospital(box)
        let r = try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "second", "--with", "head",
                                "--plug-test", "fail", "--note", "插电自检报警"], user: "eng")
        #expect(r.status == 0, "\(r)")
        let list = try box.rounds(["ticket", "list", "--format", "csv"], user: "head")
        #expect(list.stdout.contains("ICU-V01") && list.stdout.contains("插电自检报警"), "R32: \(list.stdout)")
    }

    @Test func aMajorRepairOfARadiationDeviceNeedsAPassedAcceptanceTestBeforeSignBack() throws {
        let box = try Sandbox("r78")
        try PartsContactsScrapTests.hospital(box)
        // The department's own technician signs the CT back (R42).
        #expect(try box.rounds(["import", "people", try box.write("tech.csv", "login,name,roles,department\ntech,技师,operator,IMG\n")], user: "head").status == 0)
        let n = try box.rounds(["ticket", "open", "--device", "IMG-CT01", "--fault", "球管打火", "--at", "2026-03-01T08:00"],
                               now: "2026-03-01T08:00", user: "nurse").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for args in [["ticket", "assign", n, "--to", "eng", "--at", "2026-03-01T08:30"],
                     ["ticket", "start", n, "--at", "2026-03-01T09:00"],
                     ["ticket", "repaired", n, "--work", "更换球管", "--cause", "component", "--major-part-replaced", "--at", "2026-03-02T16:00"]] {
            let r = try box.rounds(args, now: "2026-03-02T16:00", user: args[1] == "assign" ? "head" : "eng")
            try #require(r.status == 0, "\(r)")
        }
        let early = try box.rounds(["ticket", "return", n, "--recipient", "tech", "--at", "2026-03-02T17:00"], now: "2026-03-02T17:00", user: "head")
        #expect(early.status == 1 && early.stderr.contains("R78"), "\(early)")
        #expect(try box.rounds(["org", "add", "jl-oph", "--name", "省职业病防治院", "--certificate", "(吉)放卫技字[2021]第01号",
                                "--scope-standard", "WS519-2019", "--scope-kind", "acceptance", "--valid-from", "2021-04-01",
                                "--valid-until", "2027-03-31"], now: "2026-03-03T09:00", user: "head").status == 0)
        let qc = try box.rounds(["qc", "record", "--device", "IMG-CT01", "--kind", "acceptance", "--organisation", "jl-oph",
                                 "--instrument", "RTI Piranha", "--rest", "pass", "--tested-on", "2026-03-03"], now: "2026-03-03T10:00", user: "eng")
        #expect(qc.status == 0 && qc.stdout == "qc 1 pass\n", "\(qc)")
        let back = try box.rounds(["ticket", "return", n, "--recipient", "tech", "--at", "2026-03-03T11:00"], now: "2026-03-03T11:00", user: "head")
        #expect(back.status == 0, "\(back)")
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
