import Testing
@testable import RoundsCore

/// R21 / R96: due occurrences in a period, classified on time / late / missed / pending.
struct ComplianceTests {
    typealias Outcome = ComplianceWalk.Outcome

    func walk(_ kind: InspectionKind, base: String, today: String, from: String, to: String,
              _ days: [String]) -> [String] {
        ComplianceWalk.occurrences(cadence: Cadence(kind: kind), base: d(base), today: d(today), from: d(from),
                                   to: d(to), inspectionDays: days.map(d))
            .map { "\($0.due) \($0.outcome.rawValue)" + ($0.satisfiedOn.map { " \($0)" } ?? "") }
    }

    @Test func documentedMonthlyExample() {
        // B = 01-01, inspections Jan 5, Feb 10, May 15; Jan–Jun, today 07-01:
        //   Jan 31 on time (Jan 5) → next f(Jan 5) = Feb 28, on time (Feb 10) → next Mar 31;
        //   Mar 31: the first inspection moving the due beyond it is May 15, more than a month late
        //   (after f(Mar 31) = Apr 30) → missed, tick to Apr 30;
        //   Apr 30: May 15 <= f(Apr 30) = May 31 → late → next f(May 15) = Jun 30: nothing → missed.
        #expect(walk(.monthly, base: "2026-01-01", today: "2026-07-01", from: "2026-01-01", to: "2026-06-30",
                     ["2026-01-05", "2026-02-10", "2026-05-15"])
                == ["2026-01-31 on-time 2026-01-05", "2026-02-28 on-time 2026-02-10", "2026-03-31 missed",
                    "2026-04-30 late 2026-05-15", "2026-06-30 missed"])
    }

    @Test func dueTodayIsPendingNotMissed() {
        // B = 03-01 → monthly due 03-31. On 03-31 it is due today (not overdue: CONTRACT needs today > due).
        #expect(walk(.monthly, base: "2026-03-01", today: "2026-03-31", from: "2026-03-01", to: "2026-03-31", [])
                == ["2026-03-31 pending"])
        #expect(walk(.monthly, base: "2026-03-01", today: "2026-04-01", from: "2026-03-01", to: "2026-03-31", [])
                == ["2026-03-31 missed"])
        // Done early in a month not over yet: on time even though the due day is still ahead.
        #expect(walk(.monthly, base: "2026-03-01", today: "2026-03-10", from: "2026-03-01", to: "2026-03-31",
                     ["2026-03-09"]) == ["2026-03-31 on-time 2026-03-09"])
    }

    @Test func lateOnlyWithinThePeriod() {
        // Ten-day, B = 03-01 → due 03-11; checked 03-13 (2 days late). Report 03-01…03-12: the late
        // check falls after the period end → missed there; report 03-01…03-31 → late, then f(13) = 23.
        #expect(walk(.tenDay, base: "2026-03-01", today: "2026-04-01", from: "2026-03-01", to: "2026-03-12",
                     ["2026-03-13"]) == ["2026-03-11 missed"])
        #expect(walk(.tenDay, base: "2026-03-01", today: "2026-04-01", from: "2026-03-01", to: "2026-03-31",
                     ["2026-03-13", "2026-03-22"])
                == ["2026-03-11 late 2026-03-13", "2026-03-23 on-time 2026-03-22"])
    }

    /// March 2026, as of 2026-04-02; store since 2026-02-20 (so B = 02-20 for the old devices); ICU and
    /// ER are key departments.
    @Test func handComputedMonth() {
        let fleet = [
            device("ICU-V01", lifeSupport: true),                       // ten-day + monthly
            device("WARD-P01", dept: "WARD"),                           // monthly only
            device("WARD-P02", dept: "WARD", inService: "2026-03-02"),  // B = 03-02: first monthly due 04-30
            device("ICU-M03", status: .stopped),                        // untracked: nothing
            device("ER-D01", dept: "ER", emergency: true),              // ten-day + monthly, never inspected
        ]
        let records = [
            inspection("ICU-V01", .tenDay, "2026-02-25"), inspection("ICU-V01", .tenDay, "2026-03-05"),
            inspection("ICU-V01", .tenDay, "2026-03-17"), inspection("ICU-V01", .quarterly, "2026-03-20"),
            inspection("ICU-V01", .tenDay, "2026-03-28"),
            inspection("WARD-P01", .monthly, "2026-04-01"),
            inspection("ICU-M03", .monthly, "2026-03-03"),
        ]
        let r = ComplianceReport.build(devices: fleet, keyDepartments: ["ICU", "ER"], since: d("2026-02-20"),
                                       today: d("2026-04-02"), from: d("2026-03-01"), to: d("2026-03-31"),
                                       records: records)
        // ICU-V01 ten-day from B = 02-20: 03-02 on time (02-25) → f(02-25) = 03-07 on time (03-05) →
        //   03-15: first later check 03-17, within f(03-15) = 03-25 → late → f(03-17) = 03-27 on time
        //   (03-20, the quarterly record counts) → f(03-20) = 03-30 on time (03-28) → 04-07, after March.
        //   Monthly: B = 02-20 → 03-31, on time (03-05). Quarterly: B → Q2 (06-30), not in March.
        //   = 6 due: 5 on time, 1 late.
        // WARD-P01 monthly 03-31: done 04-01, after the period end → missed (1).
        // WARD-P02: nothing due in March. ICU-M03: untracked.
        // ER-D01 ten-day 03-02, 03-12, 03-22 (each tick + 10) and monthly 03-31: 4 missed.
        #expect(r.overall == ComplianceTally(onTime: 5, late: 1, missed: 5))
        #expect(r.overall.due == 11)
        #expect(r.overall.completionRate == 6.0 / 11.0)    // 0.545…
        #expect(r.overall.onTimeRate == 5.0 / 11.0)
        #expect(r.tally(kind: .tenDay) == ComplianceTally(onTime: 4, late: 1, missed: 3))
        #expect(r.tally(kind: .monthly) == ComplianceTally(onTime: 1, late: 0, missed: 2))
        #expect(r.tally(department: "WARD") == ComplianceTally(missed: 1))
        // Priority group (life support / emergency): V01 + D01 = 5 on time, 1 late, 4 missed → 0.6.
        #expect(r.priorityGroup.completionRate == 0.6)
        #expect(r.meetsOverallGoal == false && r.meetsPriorityGoal == false)
        #expect(r.misses.map { "\($0.device) \($0.kind.rawValue) \($0.due)" } == [
            "ER-D01 monthly 2026-03-31", "ER-D01 ten-day 2026-03-02", "ER-D01 ten-day 2026-03-12",
            "ER-D01 ten-day 2026-03-22", "WARD-P01 monthly 2026-03-31"])
        #expect(r.items.filter { $0.device == "ICU-V01" && $0.kind == .tenDay }.map(\.satisfiedOn)
                == [d("2026-02-25"), d("2026-03-05"), d("2026-03-17"), d("2026-03-20"), d("2026-03-28")])
    }

    @Test func goalLinesAreStrict() {
        // 9 of 10 = 90 %: not above the 90 % goal.
        let r = ComplianceReport(from: d("2026-03-01"), to: d("2026-03-31"), asOf: d("2026-04-01"), items:
            (0..<10).map { i in
                ComplianceReport.Item(device: "D\(i)", department: "W", kind: .monthly, due: d("2026-03-31"),
                                      outcome: i == 0 ? .missed : .onTime, satisfiedOn: nil, priority: false)
            })
        #expect(r.overall.completionRate == 0.9)
        #expect(r.meetsOverallGoal == false)
        #expect(r.meetsPriorityGoal == nil)   // no priority device: nothing to judge
    }

    /// The walk agrees with the overdue rule: on random histories, the due day the overdue rule shows
    /// today is an occurrence of the walk, everything from it on is missed or pending, and each
    /// inspection day credits at most one occurrence.
    @Test func walkAgreesWithDueRule() {
        var rng = SplitMix64(seed: 20260315)
        let kinds: [(InspectionKind, ScheduleRules)] = [(.tenDay, .standard), (.monthly, .standard),
                                                        (.quarterly, .standard),
                                                        (.tenDay, ScheduleRules(tenDayPeriod: .calendarXun))]
        for _ in 0..<300 {
            let (kind, rules) = kinds[Int(rng.next() % 4)]
            let cadence = Cadence(kind: kind, rules: rules)
            let base = d("2026-01-01").adding(days: Int(rng.next() % 60))
            let today = base.adding(days: Int(rng.next() % 400))
            let count = Int(rng.next() % 12)
            let days = (0..<count).map { _ in base.adding(days: Int(rng.next() % 420)) }
            let records = days.map { InspectionRecord(device: "X", kind: kind, at: Instant(seconds: 0), day: $0) }
            let latest = cadence.countingDays(records, base: base, today: today).last
            let contractDue = cadence.due(base: base, latest: latest)
            let walk = ComplianceWalk.occurrences(cadence: cadence, base: base, today: today, from: base,
                                                  to: max(contractDue, today), inspectionDays: days)
            #expect(walk.contains { $0.due == contractDue }, "due \(contractDue) not walked: \(walk)")
            #expect(walk.filter { $0.due >= contractDue }.allSatisfy { $0.outcome == .missed || $0.outcome == .pending })
            let credited = walk.compactMap(\.satisfiedOn)
            #expect(Set(credited).count == credited.count)
            #expect(walk.filter { $0.due < today }.allSatisfy { $0.outcome != .pending })
        }
    }
}
