import Testing
@testable import RoundsCore

/// The compliance walk resumed at a mark (its position at a quarter's first day) gives exactly the
/// occurrences of the full walk from the base: what lets the store answer a month's compliance from
/// months of records instead of ten years.
struct ComplianceMarkTests {
    func d(_ s: String) -> Day { Day(parsing: s)! }

    /// A worked case. Monthly, B = 2026-01-01, inspections Jan 5, Feb 10, May 15 (the type's own
    /// example): the walk visits Jan 31, Feb 28, Mar 31 (missed), Apr 30 (late), Jun 30, Jul 31, …
    /// At 2026-04-01 it stands on Apr 30; at 2026-07-01 on Jul 31 (Jun 30 missed, then it ticks on).
    @Test func marksOfTheDocumentedExample() {
        let days = ["2026-01-05", "2026-02-10", "2026-05-15"].map(d)
        let marks = ComplianceWalk.marks(cadence: Cadence(kind: .monthly), base: d("2026-01-01"), sortedDays: days,
                                         at: [d("2026-01-01"), d("2026-04-01"), d("2026-07-01")])
        #expect(marks == [d("2026-01-31"), d("2026-04-30"), d("2026-07-31")])
        // Resumed at the April mark, with only the days from 184 days before it on: April–June as
        // the full walk has them (Apr 30 late on May 15, Jun 30 missed).
        let resumed = ComplianceWalk.occurrences(cadence: Cadence(kind: .monthly), startingAt: marks[1], today: d("2026-07-01"),
                                                 from: d("2026-04-01"), to: d("2026-06-30"), sortedDays: [d("2026-05-15")])
        #expect(resumed.map { "\($0.due) \($0.outcome.rawValue)" } == ["2026-04-30 late", "2026-06-30 missed"])
    }

    /// Random histories, rules and questions: wherever a mark is valid (the question's today is at
    /// least the longest step after it, or no counting day lies between that today and that day),
    /// resuming there with the days from the longest step before it equals the full walk.
    @Test func resumingAtAMarkEqualsTheFullWalk() {
        var rng = SplitMix64(seed: 20261201)
        let variants: [(InspectionKind, ScheduleRules)] = [
            (.tenDay, .standard), (.monthly, .standard), (.quarterly, .standard),
            (.tenDay, ScheduleRules(tenDayPeriod: .calendarXun)), (.monthly, ScheduleRules(monthlyPeriod: .rolling)),
        ]
        var compared = 0
        for _ in 0..<400 {
            let (kind, rules) = variants[Int(rng.next() % UInt64(variants.count))]
            let cadence = Cadence(kind: kind, rules: rules)
            let base = d("2024-01-01").adding(days: Int(rng.next() % 120))
            let days = (0..<Int(rng.next() % 40)).map { _ in base.adding(days: Int(rng.next() % 900)) }.sorted()
            var points: [Day] = []
            var q = base.firstOfNextQuarter
            while q <= base.adding(days: 900) { points.append(q); q = q.firstOfNextQuarter }
            let marks = ComplianceWalk.marks(cadence: cadence, base: base, sortedDays: days, at: points)
            for _ in 0..<5 {
                let i = Int(rng.next() % UInt64(points.count))
                let from = points[i].adding(days: Int(rng.next() % 120)), to = from.adding(days: Int(rng.next() % 200))
                let today = from.adding(days: Int(rng.next() % 300)) // sometimes before the longest step
                let horizon = points[i].adding(days: cadence.longestStep)
                guard today >= horizon || !days.contains(where: { $0 > today && $0 <= horizon }) else { continue }
                let full = ComplianceWalk.occurrences(cadence: cadence, base: base, today: today, from: from, to: to, inspectionDays: days)
                let window = days.filter { $0 >= points[i].adding(days: -cadence.longestStep) && $0 <= today }
                let resumed = ComplianceWalk.occurrences(cadence: cadence, startingAt: marks[i], today: today, from: from, to: to,
                                                         sortedDays: window)
                #expect(resumed == full, "\(kind) base \(base) mark \(points[i]) → \(marks[i]), \(from)…\(to) today \(today)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
