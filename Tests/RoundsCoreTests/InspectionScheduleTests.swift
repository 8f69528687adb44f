import Testing
@testable import RoundsCore

/// Requirements of one device (CONTRACT "Which inspections are due"), each expectation worked by hand.
struct InspectionScheduleTests {
    let since = d("2026-01-01")

    /// The due days by kind, for compact expectations.
    func dues(_ e: Equipment, key: Bool = true, since: Day? = nil, today: String,
              _ records: [InspectionRecord] = [], rules: ScheduleRules = .standard) -> [InspectionKind: Day] {
        let rs = InspectionSchedule.requirements(for: e, departmentIsKey: key, since: since ?? self.since,
                                                 today: d(today), records: records, rules: rules)
        return Dictionary(uniqueKeysWithValues: rs.map { ($0.kind, $0.due) })
    }

    @Test func contractExample() {
        // ICU-V01: ventilator in the key ICU, last inspected 2026-03-01 → ten-day due 03-11;
        // on 2026-03-15 it is 15 − 11 = 4 days overdue (the CONTRACT's JSON example).
        let v01 = device("ICU-V01", lifeSupport: true)
        let rs = InspectionSchedule.requirements(for: v01, departmentIsKey: true, since: since, today: d("2026-03-15"),
                                                 records: [inspection("ICU-V01", .tenDay, "2026-03-01")])
        let tenDay = rs.first { $0.kind == .tenDay }!
        #expect(tenDay.due == d("2026-03-11"))
        #expect(tenDay.lastInspection == d("2026-03-01"))
        #expect(tenDay.status(today: d("2026-03-15")) == .overdue(daysOverdue: 4))
    }

    @Test func commissionedMidMonth() {
        // in service 2026-03-02 (after since 01-01) → B = 03-02. No inspections.
        // monthly: first month starting on/after B is April → 04-30.
        // quarterly: first quarter starting on/after B is Q2 → 06-30. ten-day: B + 10 = 03-12.
        let e = device("ER-D01", dept: "ER", inService: "2026-03-02", emergency: true)
        #expect(dues(e, today: "2026-03-15") == [.tenDay: d("2026-03-12"), .monthly: d("2026-04-30"),
                                                .quarterly: d("2026-06-30")])
    }

    @Test func sinceLaterThanInService() {
        // in service 2020-05-05, store since 2026-03-01 → B = 03-01 (the later). An inspection on
        // 02-20 is before B and ignored. monthly: March starts on B → 03-31; quarterly: Mar 1 is not a
        // quarter's first day → Q2 → 06-30; ten-day: 03-01 + 10 = 03-11.
        let e = device("ICU-V02", inService: "2020-05-05", lifeSupport: true)
        let got = dues(e, since: d("2026-03-01"), today: "2026-03-05", [inspection("ICU-V02", .quarterly, "2026-02-20")])
        #expect(got == [.tenDay: d("2026-03-11"), .monthly: d("2026-03-31"), .quarterly: d("2026-06-30")])
    }

    @Test func tenDayRecordSatisfiesMonthly() {
        // A ten-day check on 03-05 (R15): ten-day 03-15, monthly end of April 04-30; quarterly
        // ignores it and stays on B = 2026-01-01 (a quarter's first day) → 03-31.
        let e = device("ICU-V01", lifeSupport: true)
        let got = dues(e, today: "2026-03-06", [inspection("ICU-V01", .tenDay, "2026-03-05")])
        #expect(got == [.tenDay: d("2026-03-15"), .monthly: d("2026-04-30"), .quarterly: d("2026-03-31")])
    }

    @Test func quarterlyRecordSatisfiesAllThree() {
        // A quarterly inspection on 03-31: ten-day 04-10, monthly 04-30, quarterly 06-30.
        let e = device("ICU-V01", lifeSupport: true)
        let got = dues(e, today: "2026-04-01", [inspection("ICU-V01", .quarterly, "2026-03-31")])
        #expect(got == [.tenDay: d("2026-04-10"), .monthly: d("2026-04-30"), .quarterly: d("2026-06-30")])
    }

    @Test func monthlyCountsOnlyMonthlyWhenConfigured() {
        // monthlyCountsAnyKind = false: the ten-day check of 03-05 no longer counts for the monthly
        // round, which stays on B = 01-01 → 01-31.
        let e = device("ICU-V01", lifeSupport: true)
        let rules = ScheduleRules(monthlyCountsAnyKind: false)
        let got = dues(e, today: "2026-03-06", [inspection("ICU-V01", .tenDay, "2026-03-05")], rules: rules)
        #expect(got[.monthly] == d("2026-01-31"))
        #expect(got[.tenDay] == d("2026-03-15"))
    }

    @Test func latestInspectionWins() {
        // Inspections 01-10, 02-27, 02-03 (out of order): the latest, 02-27, gives monthly 03-31.
        let e = device("GEN-1")
        let rs = [inspection("GEN-1", .monthly, "2026-01-10"), inspection("GEN-1", .monthly, "2026-02-27"),
                  inspection("GEN-1", .monthly, "2026-02-03")]
        #expect(dues(e, today: "2026-03-01", rs)[.monthly] == d("2026-03-31"))
    }

    @Test func recordsAfterTodayIgnored() {
        // today 03-15; an inspection dated 03-20 does not exist yet → monthly stays on B = 01-01 → 01-31.
        let e = device("GEN-1")
        #expect(dues(e, today: "2026-03-15", [inspection("GEN-1", .monthly, "2026-03-20")])[.monthly] == d("2026-01-31"))
        // On 03-20 itself it counts: end of April.
        #expect(dues(e, today: "2026-03-20", [inspection("GEN-1", .monthly, "2026-03-20")])[.monthly] == d("2026-04-30"))
    }

    @Test func recordsOfOtherDevicesIgnored() {
        let e = device("GEN-1")
        #expect(dues(e, today: "2026-03-15", [inspection("GEN-2", .monthly, "2026-03-01")])[.monthly] == d("2026-01-31"))
    }

    @Test(arguments: [
        (EquipmentStatus.inService, 3), (.standby, 3),           // tracked: ten-day, monthly, quarterly
        (.stopped, 0), (.awaitingScrap, 0), (.scrapped, 0),    // untracked: nothing is due
    ])
    func untrackedDevicesOweNothing(status: EquipmentStatus, count: Int) {
        let e = device("ICU-V09", lifeSupport: true, status: status)
        #expect(dues(e, today: "2026-03-15").count == count)
    }

    struct TenDayCase: Sendable, CustomTestStringConvertible {
        let key: Bool, lifeSupport: Bool, emergency: Bool, tenDay: Bool
        var testDescription: String { "key \(key) life \(lifeSupport) emergency \(emergency) → ten-day \(tenDay)" }
    }

    @Test(arguments: [
        TenDayCase(key: true, lifeSupport: true, emergency: false, tenDay: true),
        TenDayCase(key: true, lifeSupport: false, emergency: true, tenDay: true),
        TenDayCase(key: true, lifeSupport: true, emergency: true, tenDay: true),
        TenDayCase(key: true, lifeSupport: false, emergency: false, tenDay: false),   // ordinary device in ICU
        TenDayCase(key: false, lifeSupport: true, emergency: false, tenDay: false),   // ventilator on a general ward
        TenDayCase(key: false, lifeSupport: false, emergency: true, tenDay: false),
    ])
    func tenDayOnlyForKeyLifeSupportOrEmergency(_ c: TenDayCase) {
        let e = device("X", lifeSupport: c.lifeSupport, emergency: c.emergency)
        let kinds = InspectionSchedule.applicableKinds(for: e, departmentIsKey: c.key)
        #expect(kinds.contains(.tenDay) == c.tenDay)
        #expect(kinds.contains(.monthly) && kinds.contains(.quarterly))
    }

    @Test func calendarXunVariant() {
        // 旬 rules: last check 03-15 (中旬) → due end of 下旬 03-31; with no check and B = 03-12
        // (inside 中旬) → due end of the first 旬 starting after B, 下旬 → 03-31 too; B = 03-21 → 03-31.
        let rules = ScheduleRules(tenDayPeriod: .calendarXun)
        let e = device("ICU-V01", lifeSupport: true)
        #expect(dues(e, today: "2026-03-16", [inspection("ICU-V01", .monthly, "2026-03-15")], rules: rules)[.tenDay] == d("2026-03-31"))
        #expect(dues(e, since: d("2026-03-12"), today: "2026-03-16", rules: rules)[.tenDay] == d("2026-03-31"))
        #expect(dues(e, since: d("2026-03-21"), today: "2026-03-22", rules: rules)[.tenDay] == d("2026-03-31"))
        #expect(dues(e, since: d("2026-03-22"), today: "2026-03-22", rules: rules)[.tenDay] == d("2026-04-10"))
    }

    @Test(arguments: [
        ("2026-03-15", DueStatus.overdue(daysOverdue: 4)),   // 15 − 11
        ("2026-03-12", .overdue(daysOverdue: 1)),            // the day after the due day
        ("2026-03-11", .dueSoon(daysLeft: 0)),               // due today: not overdue yet
        ("2026-03-04", .dueSoon(daysLeft: 7)),               // 7 days left: inside the 7-day window
        ("2026-03-03", .ok),                                 // 8 days left
    ])
    func status(today: String, expected: DueStatus) {
        let r = Requirement(device: "ICU-V01", department: "ICU", kind: .tenDay, due: d("2026-03-11"))
        #expect(r.status(today: d(today)) == expected)
    }
}
