extension UptimeCalculator {
    /// Running intact rate over scheduled hours (R68; DOMAIN §4.4 "planned operating time", "only
    /// covered hours count"): the time-based rate with each device's exposure, failure downtime and
    /// planned downtime intersected with its operating calendar, then the same
    /// 1 − Σ downtime / Σ exposure. A device whose calendar has no hours in the period is left out.
    ///
    /// `operating` gives a device's calendar: its own, else its department's, else 24 × 7 (which
    /// makes this the plain time-based rate).
    ///
    /// ```swift
    /// // A CT on "mon-fri 08:00-18:00", down from Friday 2026-03-06 16:00 to Monday 2026-03-09 10:00:
    /// // 2 h on Friday + 2 h on Monday = 4 h of scheduled downtime (not 66 h), over the week of
    /// // 2026-03-02..08 plus Monday: 6 days × 10 h = 60 h → 1 − 4 / 60 = 0.933333.
    /// UptimeCalculator.scheduled(from: Day(2026, 3, 2)!, to: Day(2026, 3, 9)!, now: now, calendar: cal,
    ///                            devices: [ct]) { _ in OperatingCalendar(parsing: "mon-fri 08:00-18:00") }
    /// ```
    public static func scheduled(from: Day, to: Day, now: Instant, calendar: FacilityCalendar, devices: [DeviceExposure],
                                 operating: (DeviceExposure) -> OperatingCalendar) -> UptimeReport {
        report(.scheduled, from: from, to: to, now: now, calendar: calendar, devices: devices) { operating($0) }
    }
}
