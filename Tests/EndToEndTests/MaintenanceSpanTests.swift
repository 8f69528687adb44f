import Foundation
import Testing

/// Maintenance with its start and end (R34): the device is out for it as planned downtime, which
/// `report uptime` shows beside failure downtime and never counts in the rate (DOMAIN §4.4, §4.6).
struct MaintenanceSpanTests {
    @Test func aSpanIsPlannedDowntimeBesideTheRateNotInIt() throws {
        let box = try Sandbox("span")
        try PartsContactsScrapTests.hospital(box)
        // First-level maintenance of ICU-V01 on 2026-03-02 from 09:00 to 11:30: 2.5 h planned downtime.
        let made = try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "first",
                                   "--from", "2026-03-02T09:00", "--to", "2026-03-02T11:30"], now: "2026-03-02T12:00", user: "eng")
        #expect(made.status == 0 && made.stdout == "maintenance 1\n", "\(made)")
        // The same with --start / --end on the other ventilator, 10:00 to 10:45 (0.75 h).
        let alias = try box.rounds(["record", "maintenance", "--device", "ICU-V02", "--tier", "first",
                                    "--start", "2026-03-02T10:00", "--end", "2026-03-02T10:45"], now: "2026-03-02T12:00", user: "eng")
        #expect(alias.status == 0, "\(alias)")
        // 2026-03-02 is 24 h per device; nothing failed: rate 1, planned 2.5 h and 0.75 h, ICU 3.25 h.
        let csv = try box.rounds(["report", "uptime", "--from", "2026-03-02", "--to", "2026-03-02", "--format", "csv"],
                                 now: "2026-03-03T08:00", user: "head")
        #expect(csv.stdout.contains("device,ICU-V01,ICU,24.000000,0.000000,2.500000,1.000000,yes"), "\(csv.stdout)")
        #expect(csv.stdout.contains("device,ICU-V02,ICU,24.000000,0.000000,0.750000,1.000000,yes"), "\(csv.stdout)")
        #expect(csv.stdout.contains("department,ICU,ICU,48.000000,0.000000,3.250000,1.000000,yes"), "\(csv.stdout)")
        // The contract's JSON keeps exactly its keys.
        let json = try box.rounds(["report", "uptime", "--from", "2026-03-02", "--to", "2026-03-02", "--format", "json"],
                                  now: "2026-03-03T08:00", user: "head")
        #expect(json.status == 0 && !json.stdout.contains("planned"), "\(json.stdout)")
        // The device file says when the maintenance started and ended (R9, R34).
        let file = try box.rounds(["equipment", "file", "ICU-V01"], now: "2026-03-03T08:00", user: "head")
        #expect(file.stdout.contains("first from 2026-03-02 09:00 to 11:30"), "\(file.stdout)")
        // A voided record takes its span with it.
        #expect(try box.rounds(["record", "void", "maintenance", "1", "--reason", "录错设备"], now: "2026-03-03T08:00", user: "head").status == 0)
        let after = try box.rounds(["report", "uptime", "--from", "2026-03-02", "--to", "2026-03-02", "--format", "csv"],
                                   now: "2026-03-03T08:00", user: "head")
        #expect(after.stdout.contains("device,ICU-V01,ICU,24.000000,0.000000,0.000000,1.000000,yes"), "\(after.stdout)")
        #expect(try box.rounds(["verify"], user: "head").status == 0)
    }

    @Test func aSpanIsRefusedWhenItIsHalfGivenBackwardsOrEndsAfterItIsDone() throws {
        let box = try Sandbox("span-refused")
        try PartsContactsScrapTests.hospital(box)
        func record(_ extra: [String]) throws -> RunResult {
            try box.rounds(["record", "maintenance", "--device", "ICU-V01", "--tier", "first"] + extra, now: "2026-03-02T12:00", user: "eng")
        }
        let half = try record(["--from", "2026-03-02T09:00"])
        #expect(half.status == 1 && half.stderr.contains("--to"), "\(half)")
        let backwards = try record(["--from", "2026-03-02T11:00", "--to", "2026-03-02T09:00"])
        #expect(backwards.status == 1 && backwards.stderr.contains("R34"), "\(backwards)")
        let late = try record(["--from", "2026-03-02T09:00", "--to", "2026-03-02T11:00", "--at", "2026-03-02T10:00"])
        #expect(late.status == 1 && late.stderr.contains("R34"), "\(late)")
        // Nothing was written.
        let csv = try box.rounds(["report", "uptime", "--from", "2026-03-02", "--to", "2026-03-02", "--format", "csv"],
                                 now: "2026-03-03T08:00", user: "head")
        #expect(csv.stdout.contains("device,ICU-V01,ICU,24.000000,0.000000,0.000000,1.000000,yes"), "\(csv.stdout)")
    }
}
