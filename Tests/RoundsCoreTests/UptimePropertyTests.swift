import Testing
@testable import RoundsCore

/// A second, independent computation of the time-based rate by sampling every minute: on random small
/// histories (seeded, deterministic) it must agree with the interval arithmetic to the second.
struct UptimePropertyTests {
    /// Everything is aligned to whole minutes, so minute [m, m+60) is either all in or all out.
    struct History {
        var from: Day
        var to: Day
        var now: Int64
        var devices: [DeviceExposure]
    }

    /// Shanghai is UTC+8 all year: local midnight of a day, computed without FacilityCalendar.
    static func midnight(_ day: Day) -> Int64 { Int64(day.dayNumber) * 86_400 - 8 * 3600 }

    static func generate(_ rng: inout SplitMix64) -> History {
        func r(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let from = Day(2026, 3, 1)!.adding(days: r(20))
        let days = 1 + r(3)                                 // 1–3 days
        let to = from.adding(days: days - 1)
        let start = midnight(from)
        let span = Int64(days) * 1440                       // minutes in the period
        // now: from a day before the period to a day after it.
        let now = start + (Int64(r(Int(span) + 2880)) - 1440) * 60
        let devices = (0..<(1 + r(4))).map { i -> DeviceExposure in
            let inService = from.adding(days: r(6) - 3)     // up to 3 days before or 2 after `from`
            let tickets = (0..<r(5)).map { _ -> DowntimeInterval in
                let s = start + (Int64(r(Int(span) + 2880)) - 1440) * 60
                let open = r(5) == 0                        // one in five still open
                return DowntimeInterval(start: Instant(seconds: s),
                                        end: open ? nil : Instant(seconds: s + Int64(r(2 * 1440)) * 60))
            }
            return DeviceExposure(device: "D\(i)", department: i % 2 == 0 ? "ICU" : "ER", inService: inService,
                                  isTracked: r(8) != 0, downtime: tickets)
        }
        return History(from: from, to: to, now: now, devices: devices)
    }

    /// (exposure, downtime) seconds of one device by looking at every minute of the period.
    static func sample(_ h: History, _ e: DeviceExposure) -> (Int64, Int64) {
        guard e.isTracked else { return (0, 0) }
        var exposed: Int64 = 0, down: Int64 = 0
        let service = midnight(e.inService)
        var m = midnight(h.from)
        while m < midnight(h.to.adding(days: 1)) {
            if m >= service && m < h.now {
                exposed += 60
                if e.downtime.contains(where: { $0.start.seconds <= m && m < ($0.end?.seconds ?? h.now) }) { down += 60 }
            }
            m += 60
        }
        return (exposed, down)
    }

    @Test func intervalsAgreeWithMinuteSampling() {
        var rng = SplitMix64(seed: 0x5EED_2026)
        var partlyDown = 0   // lines with some but not all of their exposure down: the test is not vacuous
        for _ in 0..<200 {
            let h = Self.generate(&rng)
            let report = UptimeCalculator.timeBased(from: h.from, to: h.to, now: Instant(seconds: h.now),
                                                    calendar: .shanghai, devices: h.devices)
            var expectedDevices: [String: (Int64, Int64)] = [:]
            var byDept: [String: (Int64, Int64)] = [:]
            for e in h.devices {
                let (x, dn) = Self.sample(h, e)
                guard x > 0 else { continue }   // zero exposure: left out
                expectedDevices[e.device] = (x, dn)
                let sum = byDept[e.department] ?? (0, 0)
                byDept[e.department] = (sum.0 + x, sum.1 + dn)
            }
            #expect(report.devices.map(\.key) == expectedDevices.keys.sorted())
            for line in report.devices {
                let (x, dn) = expectedDevices[line.key]!
                #expect(line.exposureSeconds == x && line.downtimeSeconds == dn, "\(line.key) in \(h)")
                #expect(line.rate == 1 - Double(dn) / Double(x))
                #expect(line.compliant == (1 - Double(dn) / Double(x) > 0.95))
                if dn > 0 && dn < x { partlyDown += 1 }
            }
            #expect(report.departments.map(\.key) == byDept.keys.sorted())
            for line in report.departments {
                #expect(line.exposureSeconds == byDept[line.key]!.0 && line.downtimeSeconds == byDept[line.key]!.1)
            }
            let total = byDept.values.reduce((Int64(0), Int64(0))) { ($0.0 + $1.0, $0.1 + $1.1) }
            #expect(report.fleet?.exposureSeconds == (total.0 > 0 ? total.0 : nil))
            #expect(report.fleet?.downtimeSeconds == (total.0 > 0 ? total.1 : nil))
        }
        #expect(partlyDown > 50)
    }
}

/// The dashboard's trend asks several periods at once (``UptimeCalculator/timeBasedTotals``): on
/// random histories each period's department and fleet lines must be exactly those of
/// ``UptimeCalculator/timeBased`` for that period alone.
struct UptimeTotalsTests {
    @Test func severalPeriodsAtOnceEqualEachPeriodAlone() {
        var rng = SplitMix64(seed: 0x70_7A15)
        let cal = FacilityCalendar.shanghai
        var compared = 0
        for _ in 0..<200 {
            let h = UptimePropertyTests.generate(&rng)
            // The period itself, the day before it, and a period that starts inside it.
            let periods = [(from: h.from, to: h.to), (from: h.from.adding(days: -1), to: h.from.adding(days: -1)),
                           (from: h.to, to: h.to.adding(days: 2))]
            let now = Instant(seconds: h.now)
            let together = UptimeCalculator.timeBasedTotals(periods: periods, now: now, calendar: cal, devices: h.devices)
            for (i, p) in periods.enumerated() {
                let alone = UptimeCalculator.timeBased(from: p.from, to: p.to, now: now, calendar: cal, devices: h.devices)
                #expect(together[i].departments == alone.departments)
                #expect(together[i].fleet == alone.fleet)
                #expect(together[i].devices.isEmpty)
                if alone.fleet != nil { compared += 1 }
            }
        }
        #expect(compared > 200)   // most periods had exposure: the comparison is not vacuous
    }
}
