import Foundation
import Testing
@testable import RoundsCore

/// Time-based running intact rate (CONTRACT "Running intact rate"), every number worked by hand.
/// Times are Shanghai local (UTC+8, no daylight saving).
struct UptimeTests {
    let cal = FacilityCalendar.shanghai

    func down(_ start: String, _ end: String?) -> DowntimeInterval {
        DowntimeInterval(start: at(start), end: end.map(at))
    }

    func report(_ from: String, _ to: String, now: String, _ devices: [DeviceExposure]) -> UptimeReport {
        UptimeCalculator.timeBased(from: d(from), to: d(to), now: at(now), calendar: cal, devices: devices)
    }

    func six(_ x: Double) -> String { String(format: "%.6f", x) }

    @Test func contractExample() {
        // Q1 2026 = 31 + 28 + 31 = 90 days = 2160 h per device. ICU-V01 out of service from
        // 02-10 08:00 to 02-12 12:30 = 48 h + 4.5 h = 52.5 h → 1 − 52.5 / 2160 = 0.975694.
        // Fleet: three devices → 6480 h, 52.5 h down → 1 − 52.5 / 6480 = 0.991898.
        let devices = [
            DeviceExposure(device: "ICU-V01", department: "ICU", inService: d("2025-06-01"),
                           downtime: [down("2026-02-10T08:00", "2026-02-12T12:30")]),
            DeviceExposure(device: "ER-D01", department: "ER", inService: d("2024-01-01")),
            DeviceExposure(device: "RAD-CT1", department: "RAD", inService: d("2023-05-05")),
        ]
        let r = report("2026-01-01", "2026-03-31", now: "2026-04-01T09:00", devices)
        let v01 = r.devices.first { $0.key == "ICU-V01" }!
        #expect(v01.exposureHours == 2160.0 && v01.downtimeHours == 52.5)
        #expect(six(v01.rate) == "0.975694" && v01.compliant)
        #expect(r.fleet?.exposureHours == 6480.0 && r.fleet?.downtimeHours == 52.5)
        #expect(six(r.fleet!.rate) == "0.991898")
        #expect(r.method == .time)
        #expect(r.departments.map(\.key) == ["ER", "ICU", "RAD"])    // sorted by code
        #expect(r.devices.map(\.key) == ["ER-D01", "ICU-V01", "RAD-CT1"])   // sorted by tag
    }

    @Test func overlappingTicketsAreUnitedNotSummed() {
        // One day (24 h). Tickets 02:00–06:00 and 04:00–10:00 overlap: union 02:00–10:00 = 8 h (not 4 + 6 = 10).
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [down("2026-03-01T02:00", "2026-03-01T06:00"),
                                          down("2026-03-01T04:00", "2026-03-01T10:00")])
        let line = report("2026-03-01", "2026-03-01", now: "2026-04-01T00:00", [e]).devices[0]
        #expect(line.exposureHours == 24 && line.downtimeHours == 8)
        #expect(line.rate == 1 - 8.0 / 24.0)
    }

    @Test func ticketsSpanningThePeriodEdges() {
        // Period 03-01…03-02 = 48 h. A ticket from 02-28 20:00 to 03-01 02:00 counts 2 h (from 00:00);
        // one from 03-02 22:00 to 03-03 05:00 counts 2 h (to 24:00). 4 h → 1 − 4/48 = 0.916667.
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [down("2026-02-28T20:00", "2026-03-01T02:00"),
                                          down("2026-03-02T22:00", "2026-03-03T05:00")])
        let line = report("2026-03-01", "2026-03-02", now: "2026-04-01T00:00", [e]).devices[0]
        #expect(line.exposureHours == 48 && line.downtimeHours == 4)
        #expect(six(line.rate) == "0.916667")
    }

    @Test func unreturnedTicketRunsToNow() {
        // March, now = 03-10 12:00: exposure 9 days + 12 h = 228 h. A ticket opened 03-10 06:00 and not
        // returned runs to now: 6 h. rate = 1 − 6/228 = 0.973684.
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [down("2026-03-10T06:00", nil)])
        let line = report("2026-03-01", "2026-03-31", now: "2026-03-10T12:00", [e]).devices[0]
        #expect(line.exposureHours == 228 && line.downtimeHours == 6)
        #expect(six(line.rate) == "0.973684")
    }

    @Test func commissionedMidPeriod() {
        // In service 03-16: exposure from 03-16 00:00 to 04-01 00:00 = 16 days = 384 h. A ticket before
        // commissioning (03-10) is outside the exposure and does not count.
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2026-03-16"),
                               downtime: [down("2026-03-10T00:00", "2026-03-11T00:00")])
        let line = report("2026-03-01", "2026-03-31", now: "2026-04-05T00:00", [e]).devices[0]
        #expect(line.exposureHours == 384 && line.downtimeSeconds == 0 && line.rate == 1)
    }

    @Test func zeroExposureDevicesAreLeftOut() {
        // B-2 enters service after the period, C-3 is untracked, and the period of the third report
        // has not started by now: all left out, also from the department and fleet sums.
        let a = DeviceExposure(device: "A-1", department: "ICU", inService: d("2025-01-01"))
        let b = DeviceExposure(device: "B-2", department: "ER", inService: d("2026-04-01"),
                               downtime: [down("2026-03-05T00:00", nil)])
        let c = DeviceExposure(device: "C-3", department: "WARD", inService: d("2025-01-01"), isTracked: false,
                               downtime: [down("2026-03-05T00:00", nil)])
        let r = report("2026-03-01", "2026-03-31", now: "2026-04-02T00:00", [a, b, c])
        #expect(r.devices.map(\.key) == ["A-1"])
        #expect(r.departments.map(\.key) == ["ICU"])
        #expect(r.fleet?.exposureHours == 744 && r.fleet?.downtimeSeconds == 0)   // 31 × 24
        let future = report("2026-05-01", "2026-05-31", now: "2026-04-02T00:00", [a])
        #expect(future.devices.isEmpty && future.departments.isEmpty && future.fleet == nil)
    }

    @Test func exactlyNinetyFivePercentIsNotCompliant() {
        // Exposure 100 h: period March, now = 03-05 04:00 → 4 days + 4 h. Downtime exactly 5 h
        // → 1 − 5/100 = 0.95: not compliant (strictly > 95 %). One second less downtime → compliant.
        let now = "2026-03-05T04:00"
        let five = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                                  downtime: [down("2026-03-02T10:00", "2026-03-02T15:00")])
        let line = report("2026-03-01", "2026-03-31", now: now, [five]).devices[0]
        #expect(line.exposureHours == 100 && line.downtimeHours == 5)
        #expect(line.rate == 0.95 && !line.compliant && line.standing() == .nonCompliant)
        var under = five
        under.downtime = [DowntimeInterval(start: at("2026-03-02T10:00"), end: at("2026-03-02T15:00").adding(seconds: -1))]
        let better = report("2026-03-01", "2026-03-31", now: now, [under]).devices[0]
        #expect(better.compliant && better.standing() == .warning)   // 1 − 17 999 s / 360 000 s = 0.950003: above 95 %, not above 96 %
    }

    @Test func departmentIsWeightedByExposure() {
        // April = 720 h. A: all month, 36 h down → 0.95. B: in service 04-26 → 5 days = 120 h, no
        // downtime → 1.0. Mean of the rates would be 0.975 (compliant); the department's rate is
        // 1 − 36 / 840 = 0.957143 (weighted by exposure), also compliant but a different number.
        let a = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [down("2026-04-10T00:00", "2026-04-11T12:00")])
        let b = DeviceExposure(device: "B", department: "ICU", inService: d("2026-04-26"))
        let r = report("2026-04-01", "2026-04-30", now: "2026-05-01T08:00", [a, b])
        #expect(r.devices.map(\.rate) == [0.95, 1.0])
        let icu = r.departments[0]
        #expect(icu.exposureHours == 840 && icu.downtimeHours == 36)
        #expect(six(icu.rate) == "0.957143")
        #expect(icu.rate != (0.95 + 1.0) / 2)
    }

    @Test func deviceWithoutTicketsIsFullyIntact() {
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"))
        let line = report("2026-02-01", "2026-02-28", now: "2026-03-01T00:00", [e]).devices[0]
        #expect(line.exposureHours == 672 && line.rate == 1 && line.compliant)   // 28 × 24
    }

    @Test func plannedDowntimeIsSeparate() {
        // One day. Failure 08:00–10:00 (2 h). Planned maintenance 09:00–12:00 (3 h), of which 1 h is
        // already failure downtime → planned 2 h. The rate uses failure only: 1 − 2/24.
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [down("2026-03-01T08:00", "2026-03-01T10:00")],
                               plannedDowntime: [down("2026-03-01T09:00", "2026-03-01T12:00")])
        let line = report("2026-03-01", "2026-03-01", now: "2026-03-02T00:00", [e]).devices[0]
        #expect(line.downtimeHours == 2 && line.plannedHours == 2)
        #expect(line.rate == 1 - 2.0 / 24.0)
    }

    @Test(arguments: [
        (0.95, RateStanding.nonCompliant),   // the target is strict
        (0.90, .nonCompliant),
        (0.9500001, .warning),               // above 95 %, at or below 96 %
        (0.96, .warning),                    // at the warning level
        (0.975694, .compliant),
        (1.0, .compliant),
    ])
    func standing(rate: Double, expected: RateStanding) {
        #expect(RateStanding(rate: rate) == expected)
    }

    @Test func methodNames() {
        #expect(UptimeMethod.allCases.map(\.rawValue) == ["time", "snapshot", "device-day", "scheduled"])
    }
}
