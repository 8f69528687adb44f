import Testing
@testable import RoundsCore

/// Due days of each cadence, worked out by hand (CONTRACT "Which inspections are due").
struct CadenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: InspectionKind
        let xun: Bool
        let from: String
        let expected: String
        let why: String
        init(_ kind: InspectionKind, _ from: String, _ expected: String, xun: Bool = false, _ why: String) {
            self.kind = kind; self.from = from; self.expected = expected; self.xun = xun; self.why = why
        }
        var rules: ScheduleRules { ScheduleRules(tenDayPeriod: xun ? .calendarXun : .rolling) }
        var testDescription: String { "\(kind.rawValue)\(xun ? "/旬" : "") \(from) → \(expected): \(why)" }
    }

    /// After an inspection on `from`, the next due day.
    static let afterInspection: [Case] = [
        Case(.monthly, "2026-01-31", "2026-02-28", "month end: Jan 31 → last day of February (28 in 2026)"),
        Case(.monthly, "2028-01-31", "2028-02-29", "2028 is a leap year: February has 29 days"),
        Case(.monthly, "2026-03-31", "2026-04-30", "31st → 30th: April has 30 days"),
        Case(.monthly, "2026-03-01", "2026-04-30", "any day of March → end of April"),
        Case(.monthly, "2026-12-15", "2027-01-31", "December → January of the next year"),
        Case(.quarterly, "2026-03-31", "2026-06-30", "last day of Q1 → end of Q2"),
        Case(.quarterly, "2026-04-01", "2026-09-30", "first day of Q2 → end of Q3"),
        Case(.quarterly, "2026-11-10", "2027-03-31", "Q4 → end of Q1 next year"),
        Case(.tenDay, "2026-03-01", "2026-03-11", "rolling: + 10 days"),
        Case(.tenDay, "2026-02-25", "2026-03-07", "rolling across a short February: Feb has 28 days, 25 + 10 = Mar 7"),
        Case(.tenDay, "2026-03-05", "2026-03-20", xun: true, "旬: 上旬 (1–10) → end of 中旬, the 20th"),
        Case(.tenDay, "2026-03-15", "2026-03-31", xun: true, "旬: 中旬 → end of 下旬, the month's last day"),
        Case(.tenDay, "2026-02-25", "2026-03-10", xun: true, "旬: 下旬 of February → end of March's 上旬"),
        Case(.tenDay, "2026-01-31", "2026-02-10", xun: true, "旬: Jan 31 is in 下旬 → Feb 10"),
    ]

    @Test(arguments: afterInspection)
    func dueAfterInspection(_ c: Case) {
        #expect(Cadence(kind: c.kind, rules: c.rules).due(afterInspectionOn: d(c.from)) == d(c.expected))
    }

    /// With no inspection on or after B, the first due day from B.
    static let fromBase: [Case] = [
        Case(.monthly, "2026-03-01", "2026-03-31", "B on the 1st: March is the first month starting on/after B"),
        Case(.monthly, "2026-03-02", "2026-04-30", "commissioned mid-month: April is the first month starting after B"),
        Case(.monthly, "2026-01-31", "2026-02-28", "B on Jan 31: February is the first full month"),
        Case(.quarterly, "2026-04-01", "2026-06-30", "B on a quarter's first day: that quarter"),
        Case(.quarterly, "2026-04-02", "2026-09-30", "B a day later: the next quarter, Q3"),
        Case(.quarterly, "2026-03-31", "2026-06-30", "B on Q1's last day: Q2 is the first quarter starting after B"),
        Case(.tenDay, "2026-03-02", "2026-03-12", "rolling: B + 10"),
        Case(.tenDay, "2026-03-11", "2026-03-20", xun: true, "旬: 中旬 starts on B itself → ends the 20th"),
        Case(.tenDay, "2026-03-12", "2026-03-31", xun: true, "旬: B inside 中旬 → the first 旬 starting after B is 下旬"),
        Case(.tenDay, "2026-03-25", "2026-04-10", xun: true, "旬: B inside 下旬 → April's 上旬"),
    ]

    @Test(arguments: fromBase)
    func initialDue(_ c: Case) {
        #expect(Cadence(kind: c.kind, rules: c.rules).initialDue(base: d(c.from)) == d(c.expected))
    }

    @Test func rollingMonthlyAlternative() {
        // R12 alternative: 30 rolling days. 2026-01-31 + 30 = 2026-03-02 (Feb has 28 days).
        let c = Cadence(kind: .monthly, rules: ScheduleRules(monthlyPeriod: .rolling))
        #expect(c.due(afterInspectionOn: d("2026-01-31")) == d("2026-03-02"))
        #expect(c.initialDue(base: d("2026-03-02")) == d("2026-04-01"))
    }

    @Test func whichRecordsCount() {
        let standard = ScheduleRules.standard
        // CONTRACT: any kind counts for ten-day and monthly; only quarterly for quarterly.
        for k in InspectionKind.allCases {
            #expect(Cadence(kind: .tenDay, rules: standard).counts(k))
            #expect(Cadence(kind: .monthly, rules: standard).counts(k))
            #expect(Cadence(kind: .quarterly, rules: standard).counts(k) == (k == .quarterly))
        }
        // monthlyCountsAnyKind off: only monthly records satisfy the monthly round.
        let strict = Cadence(kind: .monthly, rules: ScheduleRules(monthlyCountsAnyKind: false))
        #expect(strict.counts(.monthly) && !strict.counts(.tenDay) && !strict.counts(.quarterly))
    }

    @Test func xunBoundaries() {
        #expect(d("2026-02-21").lastOfXun == d("2026-02-28"))   // 下旬 of Feb 2026: 8 days
        #expect(d("2028-02-21").lastOfXun == d("2028-02-29"))   // leap year: 9 days
        #expect(d("2026-03-31").xunIndex == 2)                  // the 31st is still 下旬
        #expect(d("2026-03-10").xunIndex == 0 && d("2026-03-11").xunIndex == 1)
        #expect(d("2026-03-20").firstOfXun == d("2026-03-11"))
    }
}
