import Testing
@testable import RoundsCore

/// R22–R23: a working day without a daily check is flagged from the next morning.
struct DailyCheckTests {
    // Thu 2026-03-12 … Tue 2026-03-17; the 14th and 15th are a weekend.
    let base = d("2026-03-12")
    let today = d("2026-03-17")
    let checks: Set<Day> = [d("2026-03-12")]

    @Test func weekdayDepartmentSkipsTheWeekend() {
        // Owed: Thu 12 (checked), Fri 13, Mon 16. Sat 14 / Sun 15 are not working days; Tue 17 is
        // today and only flagged tomorrow. Missing: Fri 13 and Mon 16.
        let missing = DailyCheckRule.missingChecks(workingDays: .weekdays, checkDays: checks, base: base, today: today)
        #expect(missing == [d("2026-03-13"), d("2026-03-16")])
    }

    @Test func allHoursDepartmentChecksEveryDay() {
        // 24 × 7 (ICU): every day from Thu 12 to Mon 16 is owed; Thu 12 was checked → 13, 14, 15, 16.
        let missing = DailyCheckRule.missingChecks(workingDays: .everyDay, checkDays: checks, base: base, today: today)
        #expect(missing == [d("2026-03-13"), d("2026-03-14"), d("2026-03-15"), d("2026-03-16")])
    }

    @Test func holidaysAndMakeUpDays() {
        // Weekday department with Fri 13 a holiday and Sat 14 a make-up working day: owed Sat 14, Mon 16.
        let cal = WorkingDays.weekdays(holidays: [d("2026-03-13")], makeUpDays: [d("2026-03-14")])
        let missing = DailyCheckRule.missingChecks(workingDays: cal, checkDays: checks, base: base, today: today)
        #expect(missing == [d("2026-03-14"), d("2026-03-16")])
    }

    @Test func nothingBeforeTheNextMorning() {
        // Base = today: nothing can be missing yet. A check recorded today changes nothing either.
        #expect(DailyCheckRule.missingChecks(workingDays: .everyDay, checkDays: [], base: today, today: today).isEmpty)
        // Base yesterday (Mon 16) with no check: Mon 16 is missing this morning.
        #expect(DailyCheckRule.missingChecks(workingDays: .everyDay, checkDays: [], base: d("2026-03-16"), today: today)
                == [d("2026-03-16")])
    }

    @Test func onlyInServiceDevicesOweChecks() {
        // B = max(in service 2026-03-16, since 2026-03-01) = Mon 16 → Mon 16 missing on Tue 17.
        let e = device("ICU-V01", inService: "2026-03-16")
        #expect(DailyCheckRule.missingChecks(device: e, since: d("2026-03-01"), workingDays: .everyDay,
                                             checkDays: [], today: today) == [d("2026-03-16")])
        for status in [EquipmentStatus.standby, .stopped, .scrapped] {
            let s = device("ICU-V01", inService: "2026-03-16", status: status)
            #expect(DailyCheckRule.missingChecks(device: s, since: d("2026-03-01"), workingDays: .everyDay,
                                                 checkDays: [], today: today).isEmpty)
        }
    }
}
