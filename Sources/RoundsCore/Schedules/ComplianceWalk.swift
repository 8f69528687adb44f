/// The due occurrences of one device and kind in a period, each classified on time, late, missed or
/// pending (R21, R96; WHO 5.4.1). The building block of `ComplianceReport`.
///
/// Definition. Let f be the cadence's "due after an inspection on day x" (`Cadence.due(afterInspectionOn:)`)
/// and consider only the counting inspections with B <= day <= today. An inspection on day x
/// *satisfies* a due day D when f(x) > D, i.e. it moves the next due beyond D (monthly: any inspection
/// in D's month or later; rolling ten-day: any inspection after D − 10). Walk from B:
///
/// 1. The first occurrence is D = `initialDue(base: B)`.
/// 2. For each D, let S = the first satisfying inspection.
///    - **on time** if S <= D; the next occurrence is f(latest inspection on or before D), exactly the
///      due day the overdue rule shows the day after D;
///    - **pending** if D is today or later and S has not come yet: not overdue yet (the overdue rule
///      needs today > D), so it is left out of the rates;
///    - **late** if D < S <= f(D) and S <= min(period end, today): done within one cycle after D;
///      the next occurrence is f(S), again exactly what the overdue rule shows after S;
///    - **missed** otherwise. When S is more than a whole cycle late (S > f(D)) or absent, the
///      schedule keeps ticking as if D had been met on D: the next occurrence is f(D), so every cycle
///      that passes with nothing done is one more miss. When S lies within the cycle but after the
///      period end, the walk continues from f(S) as in the late case.
/// 3. Occurrences with from <= D <= to are reported; the walk stops after `to`.
///
/// Each inspection credits at most one occurrence. Example (monthly, B = 2026-01-01, inspections on
/// Jan 5, Feb 10 and May 15, period Jan–Jun, today 2026-07-01): Jan 31 on time (Jan 5), Feb 28 on time
/// (Feb 10), Mar 31 missed (May 15 is more than a month late), Apr 30 late (May 15), then f(May 15) =
/// Jun 30 missed: 5 due, 2 on time, 1 late, 2 missed.
public enum ComplianceWalk {
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        case onTime = "on-time"
        case late
        case missed
        /// Not yet overdue (D is today or later) and not yet done.
        case pending
    }

    /// One due occurrence: its due day, outcome and the inspection day that satisfied it (on time or late).
    public struct Occurrence: Hashable, Sendable {
        public var due: Day
        public var outcome: Outcome
        public var satisfiedOn: Day?
    }

    /// The occurrences with `from <= due <= to` (see the type's definition). `inspectionDays` are the
    /// days of the records of one device; those not counting for the cadence cannot be told apart
    /// here, so pass `cadence.countingDays(...)` or use `occurrences(cadence:base:today:from:to:records:)`.
    public static func occurrences(cadence: Cadence, base: Day, today: Day, from: Day, to: Day,
                                   inspectionDays: [Day]) -> [Occurrence] {
        let days = inspectionDays.filter { $0 >= base && $0 <= today }.sorted()
        return occurrences(cadence: cadence, startingAt: cadence.initialDue(base: base), today: today,
                           from: from, to: to, sortedDays: days)
    }

    /// The same walk resumed at an occurrence `due` the full walk reaches (a ``mark(s)``): the
    /// occurrences from there on are exactly the full walk's, given the counting days on or after
    /// the base, on or before today, from at least ``Cadence/longestStep`` days before `due` on
    /// (earlier ones cannot satisfy it or anything after it), sorted ascending.
    public static func occurrences(cadence: Cadence, startingAt start: Day, today: Day, from: Day, to: Day,
                                   sortedDays days: [Day]) -> [Occurrence] {
        var result: [Occurrence] = []
        let steps = days.map(cadence.due(afterInspectionOn:))
        var due = start
        while due <= to {
            let (occurrence, next) = step(due, cadence: cadence, days: days, steps: steps, today: today, limit: min(to, today))
            if due >= from { result.append(occurrence) }
            due = next
        }
        return result
    }

    /// One step of the walk: the occurrence due on `due` and the next due day. `steps[i]` is the
    /// due day after `days[i]` (f, computed once per walk: the binary searches probe it often).
    static func step(_ due: Day, cadence: Cadence, days: [Day], steps: [Day], today: Day, limit: Day) -> (Occurrence, next: Day) {
        // f is non-decreasing, so the satisfying inspections form a suffix of `days`.
        let first = firstIndex(in: steps) { $0 > due }
        let s = first.map { days[$0] }
        let outcome: Outcome
        let next: Day
        if let s, s <= due {
            outcome = .onTime
            next = steps[lastIndex(in: days, onOrBefore: due)!]
        } else if due >= today {
            outcome = .pending
            next = cadence.due(afterInspectionOn: due)
        } else if let s, let first, s <= cadence.due(afterInspectionOn: due) {
            outcome = s <= limit ? .late : .missed
            next = steps[first]
        } else {
            outcome = .missed
            next = cadence.due(afterInspectionOn: due)
        }
        let credited = (outcome == .onTime || outcome == .late) ? s : nil
        return (Occurrence(due: due, outcome: outcome, satisfiedOn: credited), next)
    }

    /// The walk's position at each of `points` (ascending): the first occurrence due on or after the
    /// point, walking with every counting day (`sortedDays`, on or after the base) and no "today".
    ///
    /// Which occurrences the walk visits before a point P depends only on the days up to
    /// P + ``Cadence/longestStep``: so a mark is the full walk's own occurrence for any question
    /// asked on or after that day, or whenever no counting day lies between the question's today and
    /// that day. The store keeps these per device, kind and quarter (`compliance_marks`), so that a
    /// month's compliance reads months of records, not ten years.
    public static func marks(cadence: Cadence, base: Day, sortedDays days: [Day], at points: [Day]) -> [Day] {
        marks(cadence: cadence, startingAt: cadence.initialDue(base: base), sortedDays: days, at: points)
    }

    /// ``marks(cadence:base:sortedDays:at:)`` resumed at an occurrence `start` the walk reaches, with the
    /// days from ``Cadence/longestStep`` before it on.
    public static func marks(cadence: Cadence, startingAt start: Day, sortedDays days: [Day], at points: [Day]) -> [Day] {
        var out: [Day] = []
        out.reserveCapacity(points.count)
        let steps = days.map(cadence.due(afterInspectionOn:))
        var due = start
        for point in points {
            while due < point {
                due = step(due, cadence: cadence, days: days, steps: steps, today: .distantFuture, limit: .distantFuture).next
            }
            out.append(due)
        }
        return out
    }

    /// The same from raw records: keeps those that count for the cadence (`Cadence.counts`).
    public static func occurrences(cadence: Cadence, base: Day, today: Day, from: Day, to: Day,
                                   records: [InspectionRecord]) -> [Occurrence] {
        occurrences(cadence: cadence, base: base, today: today, from: from, to: to,
                    inspectionDays: cadence.countingDays(records, base: base, today: today))
    }

    /// First index where a monotone predicate (false… then true…) holds.
    static func firstIndex(in days: [Day], where p: (Day) -> Bool) -> Int? {
        var lo = 0, hi = days.count
        while lo < hi { let mid = (lo + hi) / 2; if p(days[mid]) { hi = mid } else { lo = mid + 1 } }
        return lo < days.count ? lo : nil
    }

    /// Index of the last day on or before `day` in ascending `days`.
    static func lastIndex(in days: [Day], onOrBefore day: Day) -> Int? {
        let i = (firstIndex(in: days) { $0 > day } ?? days.count) - 1
        return i >= 0 ? i : nil
    }
}
