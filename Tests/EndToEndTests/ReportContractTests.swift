import Foundation
import Testing

/// The CONTRACT's machine answers, on stores built only with the command line, with hand-computed
/// expectations.
struct ReportContractTests {
    /// ICU (key) with a life-support ventilator and a standby monitor commissioned mid-February;
    /// cardiology with an ECG machine and a stopped one; tracking since 2026-01-01.
    static func hospital(_ box: Sandbox) throws {
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\nCARD,心内科,no\n")], nil),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\nli,李工,engineer;equipment-head,\nnurse,护士,operator,ICU\n")], nil),
            (["import", "equipment", try box.write("e.csv", """
                tag,name,department,life_support,in_service,status
                ICU-V01,呼吸机,ICU,yes,2025-01-01,in-service
                ICU-M01,监护仪,ICU,no,2026-02-10,standby
                CARD-E01,心电图机,CARD,no,2020-05-05,in-service
                CARD-X,旧心电图机,CARD,no,2020-05-05,stopped
                """)], "li"),
            (["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--at", "2026-03-01T09:00"], "li"),
            // Dated after --now: ignored by every report.
            (["record", "inspection", "--device", "CARD-E01", "--kind", "monthly", "--at", "2026-03-20T09:00"], "li"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, now: "2026-03-15T10:00", user: user)
            try #require(r.status == 0, "\(r)")
        }
    }

    @Test func overdueJSONIsExactlyTheContracts() throws {
        let box = try Sandbox("overdue")
        try Self.hospital(box)
        let r = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-15T10:00", user: "li")
        // CARD-E01: no inspection on/after B = 2026-01-01 → monthly due 2026-01-31; Jan 31 → Mar 15 is
        //   28 (Feb) + 15 = 43 days. Its quarterly is due 2026-03-31: not yet.
        // ICU-V01: ten-day due 2026-03-01 + 10 = 2026-03-11 → 4 days; monthly due 2026-04-30.
        // ICU-M01: B = 2026-02-10 → monthly due 2026-03-31 (first month starting on/after B); not ten-day (no flags).
        // CARD-X is stopped: nothing. The 2026-03-20 record is after --now: ignored.
        #expect(r.stdout == """
            {"practice": true, "as_of": "2026-03-15", "items": [{"device": "CARD-E01", "department": "CARD", "kind": "monthly", "due": "2026-01-31", "days_overdue": 43}, {"device": "ICU-V01", "department": "ICU", "kind": "ten-day", "due": "2026-03-11", "days_overdue": 4}]}

            """, "\(r)")
        let icu = try box.rounds(["report", "overdue", "--format", "json", "--department", "ICU"], now: "2026-03-15T10:00", user: "li")
        #expect(icu.stdout.contains("ICU-V01") && !icu.stdout.contains("CARD-E01"))
        // A day later both are one day more overdue.
        let later = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-16", user: "li")
        #expect(later.stdout.contains("\"days_overdue\": 44") && later.stdout.contains("\"days_overdue\": 5"))
    }

    @Test func theCalendarXunRuleIsConfigurable() throws {
        let box = try Sandbox("xun")
        try Self.hospital(box)
        let refused = try box.rounds(["config", "set", "rule.ten-day-period", "weekly", "--reason", "ward practice changed"], user: "li")
        #expect(refused.status == 1 && refused.stderr.contains("rolling | calendar-xun"), "\(refused)")
        #expect(try box.rounds(["config", "set", "rule.ten-day-period", "calendar-xun", "--reason", "ward practice changed"], user: "li").status == 0)
        // 旬: the 2026-03-01 inspection is in the first 旬 (1–10), so the next is due at the end of the
        // second 旬, 2026-03-20: not overdue on 2026-03-15.
        let r = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-15T10:00", user: "li")
        #expect(!r.stdout.contains("ten-day"), "\(r.stdout)")
        let nurse = try box.rounds(["config", "set", "rule.ten-day-period", "rolling", "--reason", "ward practice changed"], user: "nurse")
        #expect(nurse.status == 1, "only the equipment head changes rules")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func uptimeJSONReproducesTheContractExample() throws {
        let box = try Sandbox("uptime")
        let steps: [([String], String?, String)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil, "2026-01-01"),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\nCARD,心内科,no\nOR,手术室,yes\n")], nil, "2026-01-01"),
            (["import", "people", try box.write("p.csv", "login,name,roles,department\nli,李工,engineer;equipment-head,\nnurse,护士,operator,ICU\n")], nil, "2026-01-01"),
            (["import", "equipment", try box.write("e.csv", """
                tag,name,department,life_support,in_service
                ICU-V01,呼吸机,ICU,no,2024-01-01
                CARD-E01,心电图机,CARD,no,2024-01-01
                OR-L01,无影灯,OR,no,2024-01-01
                """)], "li", "2026-01-01"),
        ]
        for (args, user, now) in steps {
            let r = try box.rounds(args, now: now, user: user)
            try #require(r.status == 0, "\(r)")
        }
        // One ticket with the device out of service: 2026-02-01 08:00 → signed back 2026-02-03 12:30
        // = 48 h + 4.5 h = 52.5 h of downtime.
        let open = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警", "--at", "2026-02-01T08:00"], now: "2026-02-01T08:00", user: "nurse")
        let n = open.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for (args, user) in [(["ticket", "assign", n, "--to", "li", "--at", "2026-02-01T08:10"], "li"),
                             (["ticket", "start", n, "--at", "2026-02-01T09:00"], "li"),
                             (["ticket", "repaired", n, "--work", "更换传感器", "--cause", "component", "--at", "2026-02-03T10:00"], "li"),
                             (["ticket", "return", n, "--recipient", "nurse", "--at", "2026-02-03T12:30"], "li")] {
            let r = try box.rounds(args, now: "2026-02-03T12:30", user: user)
            try #require(r.status == 0, "\(r)")
        }
        let r = try box.rounds(["report", "uptime", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "json"], now: "2026-04-01T10:00", user: "li")
        // Q1 2026 = 90 days = 2160 h per device; three devices → 6480 h.
        // ICU-V01: 1 − 52.5/2160 = 0.9756944… → 0.975694; fleet: 1 − 52.5/6480 = 0.9918981… → 0.991898.
        #expect(r.stdout == """
            {"practice": true, "from": "2026-01-01", "to": "2026-03-31", "method": "time", "fleet": {"exposure_hours": 6480.0, "downtime_hours": 52.5, "rate": 0.991898, "compliant": true}, \
            "departments": [{"department": "CARD", "exposure_hours": 2160.0, "downtime_hours": 0.0, "rate": 1.0, "compliant": true}, \
            {"department": "ICU", "exposure_hours": 2160.0, "downtime_hours": 52.5, "rate": 0.975694, "compliant": true}, \
            {"department": "OR", "exposure_hours": 2160.0, "downtime_hours": 0.0, "rate": 1.0, "compliant": true}], \
            "devices": [{"device": "CARD-E01", "department": "CARD", "exposure_hours": 2160.0, "downtime_hours": 0.0, "rate": 1.0, "compliant": true}, \
            {"device": "ICU-V01", "department": "ICU", "exposure_hours": 2160.0, "downtime_hours": 52.5, "rate": 0.975694, "compliant": true}, \
            {"device": "OR-L01", "department": "OR", "exposure_hours": 2160.0, "downtime_hours": 0.0, "rate": 1.0, "compliant": true}]}

            """, "\(r)")
        // As of 2026-02-02 the ticket is still open: downtime runs to now (Feb 1 08:00 → Feb 2 08:00 = 24 h).
        let asOf = try box.rounds(["report", "uptime", "--from", "2026-02-01", "--to", "2026-02-02", "--format", "csv", "--department", "ICU"], now: "2026-02-02T08:00", user: "li")
        #expect(asOf.stdout.contains("device,ICU-V01,ICU,32.000000,24.000000"), "exposure Feb 1 00:00 → Feb 2 08:00 = 32 h: \(asOf.stdout)")
    }
}
