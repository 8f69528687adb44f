import Foundation
import Testing
@testable import RoundsCore

/// Uptime over scheduled hours (R68, `--method scheduled`), the worked example of docs/rules.md by
/// hand. Shanghai local time; 2026-03-02 is a Monday.
struct ScheduledUptimeTests {
    let cal = FacilityCalendar.shanghai
    let imaging = OperatingCalendar(parsing: "mon-fri 08:00-18:00")!

    /// IMG-CT01 down from Friday 2026-03-06 16:00 to Monday 2026-03-09 10:00 (66 h on the clock);
    /// maintained Wednesday 17:00–19:00 and Saturday 09:00–12:00.
    var ct: DeviceExposure {
        DeviceExposure(device: "IMG-CT01", department: "IMG", inService: d("2020-01-01"),
                       downtime: [DowntimeInterval(start: at("2026-03-06T16:00"), end: at("2026-03-09T10:00"))],
                       plannedDowntime: [DowntimeInterval(start: at("2026-03-04T17:00"), end: at("2026-03-04T19:00")),
                                         DowntimeInterval(start: at("2026-03-07T09:00"), end: at("2026-03-07T12:00"))])
    }

    @Test func theCTsWeekendFailureCountsOnlyItsScheduledHours() {
        // Mon 03-02 … Mon 03-09: six working days × 10 h = 60 h scheduled.
        // Down: Friday 16:00–18:00 (2 h) + Monday 08:00–10:00 (2 h) = 4 h, not 66 h.
        // Planned: Wednesday 17:00–18:00 (1 h; 18:00–19:00 is outside), Saturday none.
        // Rate 1 − 4 / 60 = 0.933333…: not compliant.
        let r = UptimeCalculator.scheduled(from: d("2026-03-02"), to: d("2026-03-09"), now: at("2026-03-10T09:00"),
                                           calendar: cal, devices: [ct]) { _ in imaging }
        let line = r.devices[0]
        #expect(r.method == .scheduled)
        #expect(line.exposureSeconds == 60 * 3600)
        #expect(line.downtimeSeconds == 4 * 3600)
        #expect(line.plannedSeconds == 1 * 3600)
        #expect(String(format: "%.6f", line.rate) == "0.933333")
        #expect(!line.compliant)
        #expect(r.fleet == UptimeLine(key: UptimeLine.fleetKey, department: "", exposureSeconds: 60 * 3600,
                                      downtimeSeconds: 4 * 3600, plannedSeconds: 3600))
    }

    @Test func roundTheClockIsTheTimeBasedRate() {
        // 8 days = 192 h, 66 h down, 2 h planned (Wednesday; Saturday's 3 h lie inside the failure and
        // count once, as failure): the same lines as `timeBased`.
        let scheduled = UptimeCalculator.scheduled(from: d("2026-03-02"), to: d("2026-03-09"), now: at("2026-03-10T09:00"),
                                                   calendar: cal, devices: [ct]) { _ in .allHours }
        let time = UptimeCalculator.timeBased(from: d("2026-03-02"), to: d("2026-03-09"), now: at("2026-03-10T09:00"),
                                              calendar: cal, devices: [ct])
        #expect(scheduled.devices == time.devices)
        #expect(time.devices[0].downtimeSeconds == 66 * 3600 && time.devices[0].plannedSeconds == 2 * 3600)
    }

    @Test func aDeviceWithNoScheduledHoursInThePeriodIsLeftOut() {
        // Saturday and Sunday only: the imaging calendar has no hours.
        let r = UptimeCalculator.scheduled(from: d("2026-03-07"), to: d("2026-03-08"), now: at("2026-03-10T09:00"),
                                           calendar: cal, devices: [ct]) { _ in imaging }
        #expect(r.devices.isEmpty && r.fleet == nil)
    }

    @Test func calendarsParseAndPrintOneWay() {
        #expect(OperatingCalendar(parsing: "mon-fri 08:00-18:00; sat 08:00-12:00")?.text == "mon-fri 08:00-18:00; sat 08:00-12:00")
        #expect(OperatingCalendar(parsing: "MON,tue,wed,thu,fri 08:00-18:00")?.text == "mon-fri 08:00-18:00")
        #expect(OperatingCalendar.allHours.text == "mon-sun 00:00-24:00")
        #expect(OperatingCalendar(parsing: "mon,wed 00:00-24:00")?.windows[0].weekdays == [1, 3])
        for bad in ["", "mon-fri", "fri-mon 08:00-18:00", "mon 18:00-08:00", "mon 8:00-18:00", "mon 08:00-24:30", "xyz 08:00-09:00"] {
            #expect(OperatingCalendar(parsing: bad) == nil, "\(bad)")
        }
    }
}
