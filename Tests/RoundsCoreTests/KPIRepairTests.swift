import Testing
@testable import RoundsCore

/// Repair KPIs (R97, DOMAIN §4.6), every number worked by hand. Window: March 2026 (31 days = 744 h),
/// Shanghai local times. r = request, s = start, e = repaired, a = sign-off.
struct KPIRepairTests {
    typealias F = KPIFixture

    // MARK: Durations

    /// A (ICU):  r 03-02 08:00, s 08:30, e 10:30, a 12:00 → response 0.5 h, repair 2 h,  downtime 4 h
    /// B (ICU):  r 03-05 09:00, s 10:00, e 11:00, a 15:00 → response 1 h,   repair 1 h,  downtime 6 h
    /// C (WARD): r 03-10 14:00, s 16:30, e 03-11 02:30, a 03-11 14:00
    ///                                                    → response 2.5 h, repair 10 h, downtime 24 h
    static let three = [
        F.repair(1, "A", r: "2026-03-02T08:00", s: "2026-03-02T08:30", e: "2026-03-02T10:30", a: "2026-03-02T12:00"),
        F.repair(2, "B", r: "2026-03-05T09:00", s: "2026-03-05T10:00", e: "2026-03-05T11:00", a: "2026-03-05T15:00"),
        F.repair(3, "C", r: "2026-03-10T14:00", s: "2026-03-10T16:30", e: "2026-03-11T02:30", a: "2026-03-11T14:00"),
    ]
    static let devices = [("A", "ICU"), ("B", "ICU"), ("C", "WARD")]

    struct DurationCase: Sendable, CustomTestStringConvertible {
        var name: String
        var stats: @Sendable (RepairKPILine) -> DurationStats
        var count: Int, total: String, mean: String, median: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        // Response s − r: 0.5 + 1 + 2.5 = 4 h over 3 → mean 1.333333 h; sorted 0.5, 1, 2.5 → median 1 h.
        DurationCase(name: "response", stats: { $0.responseTime }, count: 3, total: "4.000000", mean: "1.333333", median: "1.000000"),
        // Repair e − s: 2 + 1 + 10 = 13 h over 3 → mean 4.333333 h; sorted 1, 2, 10 → median 2 h.
        DurationCase(name: "repair", stats: { $0.repairTime }, count: 3, total: "13.000000", mean: "4.333333", median: "2.000000"),
        // Downtime a − r: 4 + 6 + 24 = 34 h over 3 → mean 11.333333 h; sorted 4, 6, 24 → median 6 h.
        DurationCase(name: "downtime", stats: { $0.downtimePerTicket }, count: 3, total: "34.000000", mean: "11.333333", median: "6.000000"),
    ])
    func fleetDurations(_ c: DurationCase) {
        let k = F.march(Self.three, devices: Self.devices)
        let s = c.stats(k.fleet)
        #expect(s.count == c.count)
        #expect(places6(s.totalHours) == c.total)
        #expect(places6(s.meanHours) == c.mean)
        #expect(places6(s.medianHours) == c.median)
    }

    @Test func mttrOnBothBases() {
        let k = F.march(Self.three, devices: Self.devices)
        // Downtime basis Σ(a − r)/n = 34 / 3 = 11.333333 h; hands-on basis Σ(e − s)/n = 13 / 3 = 4.333333 h.
        #expect(k.fleet.mttr(.downtime).basis == .downtime && places6(k.fleet.mttr(.downtime).hours) == "11.333333")
        #expect(k.fleet.mttr(.handsOn).basis == .handsOn && places6(k.fleet.mttr(.handsOn).hours) == "4.333333")
        #expect(k.fleet.mttrDowntime.count == 3 && places6(k.fleet.mttrDowntime.totalHours) == "34.000000")
        #expect(MTTRBasis.downtime.formula == "Σ(a − r) / n" && MTTRBasis.handsOn.formula == "Σ(e − s) / n")
    }

    @Test func departmentMedianOfAnEvenCount() {
        let k = F.march(Self.three, devices: Self.devices)
        #expect(k.departments.map(\.key) == ["ICU", "WARD"])
        let icu = k.departments[0]
        // ICU has A and B: responses 0.5 h and 1 h → mean 0.75 h, median (0.5 + 1) / 2 = 0.75 h;
        // repairs 2 h and 1 h → mean 1.5 h, median 1.5 h; downtimes 4 h and 6 h → mean 5 h, median 5 h.
        #expect(icu.failures == 2 && icu.level == .department)
        #expect(places6(icu.responseTime.meanHours) == "0.750000" && places6(icu.responseTime.medianHours) == "0.750000")
        #expect(places6(icu.repairTime.medianHours) == "1.500000" && places6(icu.downtimePerTicket.meanHours) == "5.000000")
        #expect(k.devices.map(\.key) == ["A", "B", "C"] && k.devices.allSatisfy { $0.failures == 1 })
        #expect(k.fleet.key == RepairKPILine.fleetKey && k.fleet.failures == 3)
    }

    @Test func offSiteRepairStartsWhenTheDeviceLeaves() {
        // r 08:00, sent off site 09:00 (s), back 03-04 09:00, repaired 03-04 10:00 (e), signed back 11:00 (a):
        // response 1 h; repair from departure 03-03 09:00 to 03-04 10:00 = 25 h; downtime 08:00 → 11:00 next day = 27 h.
        let t = F.ticket(1, "A", "2026-03-03T08:00", [
            ("2026-03-03T08:30", .approval(kind: .offSite)),
            ("2026-03-03T09:00", .sentOffSite(destination: "depot", vendor: "GE")),
            ("2026-03-04T09:00", .backOnSite(inspection: "ok")),
            ("2026-03-04T10:00", .repaired(work: "tube", cause: .wear)),
            ("2026-03-04T11:00", .returned(recipient: "nurse")),
        ])
        let f = F.march([t], devices: [("A", "ICU")]).fleet
        #expect(f.responseTime.totalSeconds == 3600 && f.repairTime.totalSeconds == 25 * 3600)
        #expect(f.downtimePerTicket.totalSeconds == 27 * 3600)
    }

    // MARK: Failures

    @Test func cancelledTicketsAreNotFailures() {
        // Four requests in March on A: #1 repaired normally, #2 cancelled as a false report, #3 cancelled
        // as a duplicate, #4 refused. Failures = #1 and #4 = 2; cancelled = 2. The false report's 1 h
        // "response" must not appear: response count 1 (#1 only: 0.5 h).
        let ts = [
            F.repair(1, "A", r: "2026-03-02T08:00", s: "2026-03-02T08:30", e: "2026-03-02T09:00", a: "2026-03-02T10:00"),
            F.ticket(2, "A", "2026-03-09T08:00", [("2026-03-09T09:00", .started),
                                                  ("2026-03-09T09:30", .cancelled(reason: .falseReport, text: "开机正常 works"))]),
            F.ticket(3, "A", "2026-03-16T08:00", [("2026-03-16T08:05", .cancelled(reason: .duplicate))]),
            F.ticket(4, "A", "2026-03-23T08:00", [("2026-03-23T10:00", .refused(reason: "beyond economic repair"))]),
        ]
        let f = F.march(ts, devices: [("A", "ICU")]).fleet
        #expect(f.failures == 2 && f.cancelled == 2)
        #expect(f.responseTime.count == 1 && f.responseTime.totalSeconds == 1800)
        #expect(f.repeatedFailures.denominator == 2)
    }

    @Test func ticketsOutsideTheWindowOrAfterNowDoNotCount() {
        // #1 requested 02-28 23:59 (before the window), #2 03-31 23:59 (inside), #3 04-01 00:00 (after
        // the window's end, which is exclusive). With now = 03-20 12:00: #2 and #3 do not exist yet, and
        // #4 (requested 03-10, repaired 03-25) counts as a failure without a repair time.
        let ts = [
            F.repair(1, "A", r: "2026-02-28T23:59"),
            F.repair(2, "A", r: "2026-03-31T23:59"),
            F.repair(3, "A", r: "2026-04-01T00:00"),
            F.repair(4, "A", r: "2026-03-10T08:00", s: "2026-03-10T09:00", e: "2026-03-25T09:00"),
        ]
        let late = F.march(ts, devices: [("A", "ICU")], now: "2026-04-02T00:00").fleet
        #expect(late.failures == 2)                         // #2 and #4
        let early = F.march(ts, devices: [("A", "ICU")], now: "2026-03-20T12:00").fleet
        #expect(early.failures == 1)                        // #4 only
        #expect(early.responseTime.count == 1 && early.repairTime.count == 0)
    }

    @Test func devicesMissingFromTheExposuresAreLeftOut() {
        // The CLI passes one department's exposures for --department: C (WARD) is not among them.
        let k = F.march(Self.three, devices: [("A", "ICU"), ("B", "ICU")])
        #expect(k.fleet.failures == 2 && k.devices.map(\.key) == ["A", "B"] && k.departments.map(\.key) == ["ICU"])
    }

    // MARK: Repeated failures

    struct RepeatCase: Sendable, CustomTestStringConvertible {
        var name: String
        var second: String
        var windowDays = 30
        var repeated: Bool
        var testDescription: String { name }
    }

    /// P on A: r 02-01 08:00, signed back 02-01 12:00. 30 × 24 h later is 03-03 12:00 (February 2026
    /// has 28 days: 02-01 + 28 d = 03-01, + 2 d = 03-03). The second failure F is in March.
    @Test(arguments: [
        RepeatCase(name: "one day after the sign-off's 30-day mark is not a repeat", second: "2026-03-04T12:00", repeated: false),
        RepeatCase(name: "exactly 30 × 24 h after the sign-off is a repeat (inclusive)", second: "2026-03-03T12:00", repeated: true),
        RepeatCase(name: "one second later is not", second: "2026-03-03T12:00:01", repeated: false),
        RepeatCase(name: "well inside the window", second: "2026-03-01T08:00", repeated: true),
        RepeatCase(name: "a 7-day window", second: "2026-03-01T08:00", windowDays: 7, repeated: false),
    ])
    func repeatWindowEdge(_ c: RepeatCase) {
        let ts = [F.repair(1, "A", r: "2026-02-01T08:00", s: "2026-02-01T09:00", e: "2026-02-01T10:00", a: "2026-02-01T12:00"),
                  F.repair(2, "A", r: c.second)]
        let f = F.march(ts, devices: [("A", "ICU")], repeatWindowDays: c.windowDays).fleet
        #expect(f.failures == 1)     // P is in February: it is history, not a March failure
        #expect(f.repeatedFailures == KPIFraction(numerator: c.repeated ? 1 : 0, denominator: 1))
    }

    @Test func repeatsNeedASignOffBeforeTheNewRequest() {
        // #1 r 03-02, signed back 03-05. #2 r 03-04 (parallel, before #1 came back): not a repeat.
        // #3 r 03-10: its previous failure is #2, never signed back → not a repeat.
        // #4 false report 03-12 (cancelled) is ignored; #5 r 03-20 after #3's sign-off 03-11: repeat.
        // #6 on B, first failure of B: not a repeat. Fleet: 1 repeat of 5 failures (#1, #2, #3, #5, #6).
        let ts = [
            F.repair(1, "A", r: "2026-03-02T08:00", a: "2026-03-05T08:00"),
            F.repair(2, "A", r: "2026-03-04T08:00"),
            F.repair(3, "A", r: "2026-03-10T08:00", a: "2026-03-11T08:00"),
            F.ticket(4, "A", "2026-03-12T08:00", [("2026-03-12T09:00", .cancelled(reason: .falseReport))]),
            F.repair(5, "A", r: "2026-03-20T08:00"),
            F.repair(6, "B", r: "2026-03-21T08:00"),
        ]
        let k = F.march(ts, devices: [("A", "ICU"), ("B", "ICU")])
        #expect(k.fleet.repeatedFailures == KPIFraction(numerator: 1, denominator: 5))
        #expect(places6(k.fleet.repeatedFailures.value) == "0.200000")
        #expect(k.devices.map(\.repeatedFailures.numerator) == [1, 0])
    }

    // MARK: Delinquent tickets

    @Test func openTicketHasNoRepairTimeAndIsDelinquentWhenOld() {
        // now = 03-31 12:00.
        // #1 r 02-20 08:00, started 09:00, never repaired: open, age 39 days 4 h (02-20 → 03-20 is 28
        //    days in 2026, → 03-31 11 more) > 30 → delinquent. Not a March failure.
        // #2 r 03-20 08:00, started, not repaired: a March failure with a response but no repair time;
        //    11 days old → not delinquent.
        // #3 r 01-10, signed back 01-12, never closed: still an open work order, 80 days old (21 days to
        //    01-31, 28 in February, 31 in March) → delinquent, as in the R97 exception list.
        // #4 r 01-05, closed: not open.
        // Delinquent = 2 of 3 open, oldest first: #3, #1.
        let ts = [
            F.repair(1, "A", r: "2026-02-20T08:00", s: "2026-02-20T09:00"),
            F.repair(2, "B", r: "2026-03-20T08:00", s: "2026-03-20T10:00"),
            F.repair(3, "C", r: "2026-01-10T08:00", s: "2026-01-10T09:00", e: "2026-01-11T09:00", a: "2026-01-12T08:00"),
            F.ticket(4, "C", "2026-01-05T08:00", [("2026-01-05T09:00", .started), ("2026-01-05T10:00", .repaired(work: "w", cause: .wear)),
                                                  ("2026-01-05T11:00", .returned(recipient: "n")), ("2026-01-06T08:00", .closed)]),
        ]
        let k = F.march(ts, devices: Self.devices, now: "2026-03-31T12:00")
        #expect(k.fleet.failures == 1)
        #expect(k.fleet.responseTime.count == 1 && k.fleet.responseTime.totalSeconds == 2 * 3600)
        #expect(k.fleet.repairTime.count == 0 && k.fleet.downtimePerTicket.count == 0)
        #expect(k.fleet.mttr(.handsOn).hours == nil)
        #expect(k.fleet.delinquent == KPIFraction(numerator: 2, denominator: 3))
        #expect(k.delinquentTickets.map(\.number.description) == ["WX-2026-000003", "WX-2026-000001"])
        #expect(k.delinquentTickets.map(\.ageDays) == [80, 39])
        #expect(k.delinquentTickets.map(\.state) == [.returned, .inRepair])
        #expect(k.delinquentTickets.map(\.department) == ["WARD", "ICU"])
        // The same tickets as the R97 exception list.
        let ctx = TicketsFixture.ctx(TicketsFixture.pump)
        let listed = ts.filter { $0.asOf(at("2026-03-31T12:00")).exceptions(now: at("2026-03-31T12:00"), context: ctx)
            .contains { $0.kind == .delinquent } }
        #expect(listed.map(\.number.sequence).sorted() == [1, 3])
        // Lines with data only: A and C (open tickets), B (a failure).
        #expect(k.devices.map(\.key) == ["A", "B", "C"])
        #expect(k.devices.map(\.delinquent.numerator) == [1, 0, 1])
    }

    @Test(arguments: [
        // now 03-31 12:00 − 30 × 24 h = 03-01 12:00. Requested exactly then: 30 days old, not more → not delinquent.
        ("2026-03-01T12:00", false),
        ("2026-03-01T11:59:59", true),
        ("2026-03-01T12:00:01", false),
    ])
    func delinquentEdge(_ r: String, _ delinquent: Bool) {
        let k = F.march([F.repair(1, "A", r: r)], devices: [("A", "ICU")], now: "2026-03-31T12:00")
        #expect(k.fleet.delinquent == KPIFraction(numerator: delinquent ? 1 : 0, denominator: 1))
    }

    @Test func delinquencyLimitIsConfigurable() {
        // 11 days old: delinquent with a 10-day limit.
        let k = F.march([F.repair(1, "A", r: "2026-03-20T08:00")], devices: [("A", "ICU")], now: "2026-03-31T12:00",
                        delinquentDays: 10)
        #expect(k.fleet.delinquent.numerator == 1 && k.delinquentDays == 10)
    }

    // MARK: MTBF

    @Test func mtbfWithZeroFailuresSaysNoFailures() {
        // A and B in service all March, no ticket: exposure 2 × 744 = 1488 h, n = 0 → no number at all.
        let k = F.march([], devices: [("A", "ICU"), ("B", "ICU")])
        #expect(k.fleet.mtbf.noFailures && k.fleet.mtbf.hours == nil)
        #expect(k.fleet.mtbf.operatingHours == 1488 && k.fleet.mtbf.failures == 0)
        #expect(k.fleet.mtbf.hours?.isInfinite != true)
        // The department line stays (its MTBF is data); no device line (no tickets).
        #expect(k.departments.map(\.key) == ["ICU"] && k.departments[0].mtbf.noFailures)
        #expect(k.devices.isEmpty && k.fleet.failures == 0 && k.fleet.responseTime.meanHours == nil)
    }

    @Test func mtbfIsOperatingHoursPerFailure() {
        // A: one failure r 03-10 08:00, signed back 03-11 08:00 (out of service 24 h).
        //    MTBF(A) = (744 − 24) / 1 = 720 h.
        // B: two failures of 2 h each (03-05 08:00–10:00, 03-20 08:00–10:00): (744 − 4) / 2 = 370 h.
        // C (WARD): none.
        // ICU = (1488 − 28) / 3 = 486.666667 h; fleet = (2232 − 28) / 3 = 734.666667 h.
        let ts = [
            F.repair(1, "A", r: "2026-03-10T08:00", s: "2026-03-10T09:00", e: "2026-03-11T07:00", a: "2026-03-11T08:00"),
            F.repair(2, "B", r: "2026-03-05T08:00", a: "2026-03-05T10:00"),
            F.repair(3, "B", r: "2026-03-20T08:00", a: "2026-03-20T10:00"),
        ]
        let k = F.march(ts, devices: Self.devices)
        #expect(k.devices.map { places6($0.mtbf.hours) } == ["720.000000", "370.000000"])
        #expect(places6(k.departments[0].mtbf.hours) == "486.666667")
        #expect(k.departments[1].mtbf.noFailures && k.departments[1].mtbf.operatingHours == 744)
        #expect(k.fleet.mtbf.exposureSeconds == 2232 * 3600 && k.fleet.mtbf.downtimeSeconds == 28 * 3600)
        #expect(places6(k.fleet.mtbf.hours) == "734.666667")
    }

    @Test func mtbfUsesTheUptimeExposure() {
        // now = 03-11 00:00: exposure = 10 days = 240 h (the window is clipped to now, as in the uptime
        // report). An open out-of-service ticket from 03-10 00:00 runs to now: 24 h down. One failure:
        // (240 − 24) / 1 = 216 h.
        let k = F.march([F.repair(1, "A", r: "2026-03-10T00:00")], devices: [("A", "ICU")], now: "2026-03-11T00:00")
        #expect(k.fleet.mtbf.exposureSeconds == 240 * 3600 && places6(k.fleet.mtbf.hours) == "216.000000")
    }

    @Test func plannedDowntimeIsNotOperatingTime() {
        // DOMAIN §4.6 MTBF = (H − U − S) / n. A in March: H = 744 h, one failure 03-10 08:00–20:00 (U = 12 h),
        // planned maintenance 03-15 08:00–16:00 (S = 8 h) → (744 − 12 − 8) / 1 = 724 h.
        let t = F.repair(1, "A", r: "2026-03-10T08:00", a: "2026-03-10T20:00")
        let e = DeviceExposure(device: "A", department: "ICU", inService: d("2025-01-01"),
                               downtime: [t.downtime!],
                               plannedDowntime: [DowntimeInterval(start: at("2026-03-15T08:00"), end: at("2026-03-15T16:00"))])
        let k = RepairKPIs.compute(tickets: [t], exposures: [e], from: d("2026-03-01"), to: d("2026-03-31"),
                                   now: at("2026-04-01T00:00"), calendar: F.cal)
        #expect(k.fleet.mtbf.plannedSeconds == 8 * 3600 && k.fleet.mtbf.operatingHours == 724)
        #expect(places6(k.fleet.mtbf.hours) == "724.000000")
    }

    @Test func untrackedDeviceHasNoMTBF() {
        // X is not tracked (e.g. scrapped since): its failure is counted, but it has no exposure, so no
        // MTBF of its own and no part in the fleet's: fleet = A's 744 h with n = 0 → no failures.
        let k = F.march([F.repair(1, "X", r: "2026-03-10T08:00")], devices: [("A", "ICU"), ("X", "ICU")], tracked: ["A"])
        #expect(k.fleet.failures == 1)
        #expect(!k.devices[0].mtbf.hasExposure && k.devices[0].mtbf.hours == nil)
        #expect(k.fleet.mtbf.failures == 0 && k.fleet.mtbf.operatingHours == 744)
    }

    // MARK: Measures

    @Test func fractionsAndStatsWithNothingToDivideBy() {
        #expect(KPIFraction(numerator: 0, denominator: 0).value == nil)
        #expect(KPIFraction(numerator: 1, denominator: 4).value == 0.25)
        let empty = DurationStats(seconds: [])
        #expect(empty.meanHours == nil && empty.medianHours == nil && empty.totalHours == 0)
        // 0.75 h + 1.5 h = 2.25 h over 2 = 1.125 h.
        #expect(MTTR(basis: .handsOn, durations: DurationStats(seconds: [5400, 2700])).hours == 1.125)
        #expect(MTBF(exposureSeconds: 720 * 3600, downtimeSeconds: 20 * 3600, failures: 2).hours == 350)
    }
}
