import Testing
@testable import RoundsCore

/// Day arithmetic underlies every schedule rule, so each expectation is worked out by hand.
struct DayTests {
    @Test func dayNumberRoundTrips() {
        #expect(Day(1970, 1, 1)!.dayNumber == 0)
        #expect(Day(2000, 3, 1)!.dayNumber == 11_017)   // 30 years incl. 7 leap days + Jan/Feb 2000 (31+29)
        for n in stride(from: -1000, to: 40_000, by: 37) {
            #expect(Day(dayNumber: n).dayNumber == n)
        }
    }

    @Test func invalidDatesAreRefused() {
        #expect(Day(2026, 2, 29) == nil)        // 2026 is not a leap year
        #expect(Day(2028, 2, 29) != nil)        // 2028 is
        #expect(Day(2100, 2, 29) == nil)        // century not divisible by 400
        #expect(Day(parsing: "2026-02-30") == nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(parsing: "26-01-01") == nil)
    }

    @Test func parsesExcelForms() {
        #expect(Day(parsing: "2024/1/5") == Day(2024, 1, 5))
        #expect(Day(parsing: "2024-01-05") == Day(2024, 1, 5))
        #expect(Day(parsing: "2024/01/05")?.description == "2024-01-05")
    }

    @Test func monthEnds() {
        // Jan 31 → last day of February: 28 in 2026, 29 in 2028.
        #expect(Day(2026, 1, 31)!.endOfNextMonth == Day(2026, 2, 28))
        #expect(Day(2028, 1, 15)!.endOfNextMonth == Day(2028, 2, 29))
        #expect(Day(2026, 12, 3)!.endOfNextMonth == Day(2027, 1, 31))
        #expect(Day(2026, 3, 31)!.adding(days: 30) == Day(2026, 4, 30))
    }

    @Test func quarters() {
        #expect(Day(2026, 3, 31)!.quarter == 1)
        #expect(Day(2026, 4, 1)!.firstOfQuarter == Day(2026, 4, 1))
        #expect(Day(2026, 2, 10)!.endOfNextQuarter == Day(2026, 6, 30))
        #expect(Day(2026, 11, 10)!.endOfNextQuarter == Day(2027, 3, 31))
    }

    @Test func weekdayStartsMonday() {
        #expect(Day(2026, 11, 22)!.weekday == 7)   // a Sunday
        #expect(Day(2026, 11, 23)!.weekday == 1)   // Monday
    }
}

struct FacilityCalendarTests {
    let cal = FacilityCalendar.shanghai

    @Test func contractClockForms() {
        // 2026-03-15 means the end of that local day: 23:59:59 +08:00 = 15:59:59Z.
        #expect(cal.parseTime("2026-03-15")?.description == "2026-03-15T15:59:59Z")
        #expect(cal.parseTime("2026-03-15T08:30")?.description == "2026-03-15T00:30:00Z")
        #expect(cal.parseTime("2026-03-15T08:30:15Z")?.description == "2026-03-15T08:30:15Z")
        #expect(cal.parseTime("2026-03-15T08:30+01:00")?.description == "2026-03-15T07:30:00Z")
        #expect(cal.parseTime("2026-03-15T25:00") == nil)
        #expect(cal.parseTime("yesterday") == nil)
    }

    @Test func localDayOfInstant() {
        // 2026-03-14T16:00:00Z is midnight in Shanghai, so it is already the 15th there.
        let i = cal.parseTime("2026-03-14T16:00:00Z")!
        #expect(cal.day(of: i) == Day(2026, 3, 15))
        #expect(cal.day(of: i.adding(seconds: -1)) == Day(2026, 3, 14))
        #expect(cal.startOfDay(Day(2026, 3, 15)!) == i)
        #expect(cal.format(i) == "2026-03-15 00:00")
    }
}
