import Foundation
import Testing

/// The sample hospital's imaging centre runs 08:00–18:00 on working days (R68) and its imaging
/// devices have maintenance with start and end (R34); its operating theatres' maintenance is
/// concentrated in a window and the ICU's in rotation with a deferral (R33); a few powered tests
/// of rescue equipment are missing (R32); every imaging device of the hospital keeps the
/// running-status log, with one day missing in all (R66).
struct DemoCalendarTests {
    @Test func theDemoImagingCentreHasACalendarAndPlannedDowntime() throws {
        let box = try Sandbox("demo-calendar")
        _ = try box.rounds(["demo"], user: "demo")     // no terminal here: created, then refused
        let list = try box.rounds(["config", "calendar", "list"], user: "demo")
        #expect(list.stdout.contains("department") && list.stdout.contains("IMG") && list.stdout.contains("mon-fri 08:00-18:00"), "\(list)")
        let r = try box.rounds(["report", "uptime", "--method", "scheduled", "--department", "IMG", "--from", "2026-01-01", "--to", "2026-11-21",
                                "--format", "json"], user: "demo")
        #expect(r.status == 0 && r.stdout.contains("\"method\": \"scheduled\""), "\(r)")
        let ct = try #require(r.stdout.range(of: "{\"device\": \"IMG-CT01\"")).lowerBound
        let line = String(r.stdout[ct...].prefix(while: { $0 != "}" }))
        // Quarterly 2.5 h spans inside the working hours: some planned downtime, a multiple of 2.5 h.
        let planned = try #require(line.range(of: "\"planned_hours\": ").map { Double(line[$0.upperBound...].prefix(while: { $0 != "," })) } ?? nil)
        #expect(planned > 0 && planned.truncatingRemainder(dividingBy: 2.5) == 0, "\(line)")
        // R33: the operating theatres' second-level plans concentrated in the weekend after today,
        // the ICU's in rotation with one task deferred because its device is in use.
        let or = try box.rounds(["report", "maintenance", "--department", "OR", "--format", "json"], user: "demo")
        #expect(or.stdout.contains("\"tier\": \"second\"") && or.stdout.contains("\"mode\": \"concentrated\", \"window_from\": \""), "\(or.stdout)")
        let icu = try box.rounds(["report", "maintenance", "--department", "ICU", "--format", "json"], user: "demo")
        #expect(icu.stdout.contains("\"mode\": \"rotation\"") && icu.stdout.contains("\"deferrals\": 1}"), "\(icu.stdout)")
        // R32: a few second-level summary records of rescue equipment without the powered test.
        let duties = try box.rounds(["report", "exceptions", "--format", "csv"], user: "demo")
        #expect(duties.stdout.contains("R32,powered-test-missing,"), "\(duties.stdout)")
        // R66: the imaging centre's and the other departments' imaging devices (the cardiology DSA,
        // the wards' ultrasound, the theatre's C-arm) keep the log; the 16-slice CT's day ten days
        // ago is the one missing day of the last 30.
        let missing = try box.rounds(["imaging", "missing", "--format", "csv"], user: "demo")
        let rows = missing.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(missing.status == 0 && rows.count == 1 && rows.first?.hasPrefix("IMG-CT01,IMG,") == true, "\(missing)")
        #expect(try box.rounds(["verify"], user: "demo").status == 0)
    }
}
