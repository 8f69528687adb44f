import Foundation
import Testing

/// `rounds config calendar set|list` and `report uptime --method scheduled` (R68): the worked
/// example of docs/rules.md through the command line.
struct OperatingCalendarCLITests {
    @Test func theImagingCalendarCountsOnlyScheduledHours() throws {
        let box = try Sandbox("calendar")
        try PartsContactsScrapTests.hospital(box)
        let nurse = try box.rounds(["config", "calendar", "set", "IMG", "--days", "mon-fri", "--hours", "08:00-18:00"], user: "nurse")
        #expect(nurse.status == 1, "only the equipment head sets calendars: \(nurse)")
        let set = try box.rounds(["config", "calendar", "set", "IMG", "--days", "mon-fri", "--hours", "08:00-18:00"], user: "head")
        #expect(set.stdout == "department IMG: mon-fri 08:00-18:00\n", "\(set)")
        let bad = try box.rounds(["config", "calendar", "set", "IMG", "--days", "fri-mon", "--hours", "08:00-18:00"], user: "head")
        #expect(bad.status == 1, "\(bad)")
        #expect(try box.rounds(["config", "calendar", "list"], user: "head").stdout.contains("IMG"))
        // IMG-CT01 down Friday 2026-03-06 16:00 → returned Monday 2026-03-09 10:00.
        let n = try box.rounds(["ticket", "open", "--device", "IMG-CT01", "--fault", "球管打火", "--at", "2026-03-06T16:00"],
                               user: "nurse").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.rounds(["import", "people", try box.write("tech.csv", "login,name,roles,department\ntech,技师,operator,IMG\n")], user: "head").status == 0)
        for (args, user) in [(["ticket", "assign", n, "--to", "eng", "--at", "2026-03-06T16:10"], "head"),
                             (["ticket", "start", n, "--at", "2026-03-06T16:30"], "eng"),
                             (["ticket", "repaired", n, "--work", "复位", "--cause", "component", "--at", "2026-03-09T09:30"], "eng"),
                             (["ticket", "return", n, "--recipient", "tech", "--at", "2026-03-09T10:00"], "eng")] {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
        // Maintenance Wednesday 17:00–19:00: 1 h of it inside the hours.
        #expect(try box.rounds(["record", "maintenance", "--device", "IMG-CT01", "--tier", "first",
                                "--from", "2026-03-04T17:00", "--to", "2026-03-04T19:00"], now: "2026-03-04T19:00", user: "eng").status == 0)
        let json = try box.rounds(["report", "uptime", "--method", "scheduled", "--department", "IMG", "--from", "2026-03-02", "--to", "2026-03-09",
                                   "--format", "json"], now: "2026-03-10T09:00", user: "head")
        // 60 h scheduled, 4 h down (not 66 h), 1 h planned: 1 − 4 / 60 = 0.933333.
        #expect(json.stdout.contains("\"method\": \"scheduled\""), "\(json.stdout)")
        #expect(json.stdout.contains("{\"device\": \"IMG-CT01\", \"department\": \"IMG\", \"exposure_hours\": 60.0, \"downtime_hours\": 4.0, \"planned_hours\": 1.0, \"rate\": 0.933333, \"compliant\": false}"),
                "\(json.stdout)")
        #expect(try box.rounds(["verify"], user: "head").status == 0)
    }
}
