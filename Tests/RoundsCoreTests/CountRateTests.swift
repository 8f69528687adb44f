import Testing
@testable import RoundsCore

/// Count-based snapshot and device-day intact rates (DOMAIN §4.2, §4.3).
struct CountRateTests {
    let cal = FacilityCalendar.shanghai

    @Test func snapshotCountsIntactTrackedDevices() {
        // At 2026-03-15 10:00: ICU-A is out of service (ticket open since 08:00) → not intact;
        // ICU-B is in planned maintenance → intact (planned is not failure); ICU-C's ticket ended at
        // exactly 10:00 → intact ([start, end) is half-open); ER-D enters service the next day → not
        // counted; WARD-E is stopped → not counted. ICU: 2 / 3; fleet 2 / 3 = 0.666667.
        let t = at("2026-03-15T10:00")
        let devices = [
            DeviceExposure(device: "ICU-A", department: "ICU", inService: d("2025-01-01"),
                           downtime: [DowntimeInterval(start: at("2026-03-15T08:00"), end: nil)]),
            DeviceExposure(device: "ICU-B", department: "ICU", inService: d("2025-01-01"),
                           plannedDowntime: [DowntimeInterval(start: at("2026-03-15T09:00"), end: at("2026-03-15T11:00"))]),
            DeviceExposure(device: "ICU-C", department: "ICU", inService: d("2025-01-01"),
                           downtime: [DowntimeInterval(start: at("2026-03-15T07:00"), end: t)]),
            DeviceExposure(device: "ER-D", department: "ER", inService: d("2026-03-16")),
            DeviceExposure(device: "WARD-E", department: "WARD", inService: d("2025-01-01"), isTracked: false),
        ]
        let r = UptimeCalculator.snapshot(at: t, calendar: cal, devices: devices)
        #expect(r.method == .snapshot && r.at == t && r.from == d("2026-03-15"))
        #expect(r.devices.map { "\($0.key) \($0.intactUnits)/\($0.units)" } == ["ICU-A 0/1", "ICU-B 1/1", "ICU-C 1/1"])
        #expect(r.departments.map(\.key) == ["ICU"])
        #expect(r.fleet?.units == 3 && r.fleet?.intactUnits == 2 && r.fleet?.compliant == false)
    }

    @Test func deviceDayRate() {
        // March 2026, now 03-31 12:00 (the 31st has begun, so it counts).
        // A: in service all month (31 device-days); down 03-10 09:00 → 03-11 08:00 spoils the 10th and
        //    11th → 29 / 31.
        // B: in service 03-30 (2 device-days); a ticket 03-30 23:00 → 03-31 01:00 touches both → 0 / 2.
        // C: in service 04-02, after the period → left out.
        // ICU (A + B): 29 / 33.
        let devices = [
            DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                           downtime: [DowntimeInterval(start: at("2026-03-10T09:00"), end: at("2026-03-11T08:00"))]),
            DeviceExposure(device: "B", department: "ICU", inService: d("2026-03-30"),
                           downtime: [DowntimeInterval(start: at("2026-03-30T23:00"), end: at("2026-03-31T01:00"))]),
            DeviceExposure(device: "C", department: "ICU", inService: d("2026-04-02")),
        ]
        let r = UptimeCalculator.deviceDay(from: d("2026-03-01"), to: d("2026-03-31"), now: at("2026-03-31T12:00"),
                                           calendar: cal, devices: devices)
        #expect(r.method == .deviceDay)
        #expect(r.devices.map { "\($0.key) \($0.intactUnits)/\($0.units)" } == ["A 29/31", "B 0/2"])
        #expect(r.departments[0].units == 33 && r.departments[0].intactUnits == 29)
        // Mid-month: now 03-10 12:00 → days 1…10 exist for A; the ticket from 09:00 on the 10th spoils
        // the 10th → 9 / 10. The 11th has not begun and is not counted.
        let mid = UptimeCalculator.deviceDay(from: d("2026-03-01"), to: d("2026-03-31"), now: at("2026-03-10T12:00"),
                                             calendar: cal, devices: [devices[0]])
        #expect(mid.devices[0].units == 10 && mid.devices[0].intactUnits == 9)
    }

    @Test func countLineIsStrictToo() {
        // 19 of 20 = 95 %: not compliant; 20 of 20 compliant.
        #expect(!CountLine(key: "x", department: "x", units: 20, intactUnits: 19).compliant)
        #expect(CountLine(key: "x", department: "x", units: 20, intactUnits: 20).compliant)
        #expect(CountLine(key: "x", department: "x", units: 100, intactUnits: 96).standing() == .warning)
    }
}
