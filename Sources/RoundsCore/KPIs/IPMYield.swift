/// IPM yield (R98, WHO 5.4.3): the share of scheduled inspections that found a problem affecting
/// operation or safety.
///
/// - denominator: inspection records (monthly rounds, 10-day checks, quarterly inspections — the
///   scheduled "IPM procedures" of R12, R13, R17) whose local day is in `from`…`to` and whose time is
///   not after `now`;
/// - numerator: those whose result was a hazard (隐患, R16: a safety problem) or a fault (故障: the
///   device does not work); `ok` is not a finding. Cosmetic remarks, which WHO excludes, can only be
///   recorded as a note on an `ok` result, so they are excluded by construction.
///
/// Maintenance records (R26–R34) carry no finding result, so they are not part of the yield.
///
/// ```swift
/// // March: 8 inspections, one hazard and one fault → 2 / 8 = 25 %.
/// let y = IPMYield.compute(inspections: records, from: Day(2026, 3, 1)!, to: Day(2026, 3, 31)!, now: now)
/// y.yield.numerator     // 2
/// y.yield.denominator   // 8
/// y.yield.value         // 0.25
/// y.byKind[.tenDay]     // the same fraction for 10-day checks only
/// ```
public struct IPMYield: Hashable, Sendable {
    public var from: Day
    public var to: Day
    /// (hazards + faults) / inspections.
    public var yield: KPIFraction
    public var hazards: Int
    public var faults: Int
    /// The yield of each kind that had inspections in the window.
    public var byKind: [InspectionKind: KPIFraction]

    /// How many counted inspections of one kind had one result: what the yield is made of. A store
    /// counts these straight from an index (`Store.inspectionTallies`) instead of reading every record.
    public struct Tally: Hashable, Sendable {
        public var kind: InspectionKind
        public var result: InspectionResult
        public var count: Int
        public init(kind: InspectionKind, result: InspectionResult, count: Int) {
            self.kind = kind; self.result = result; self.count = count
        }
    }

    /// Tallies counted one inspection at a time (by the records here, by an index in the store).
    public struct Counter {
        private var counts: [InspectionKind: [InspectionResult: Int]] = [:]
        public init() {}
        public mutating func count(_ kind: InspectionKind, _ result: InspectionResult) { counts[kind, default: [:]][result, default: 0] += 1 }
        public var tallies: [Tally] { counts.flatMap { kind, results in results.map { Tally(kind: kind, result: $0.key, count: $0.value) } } }
    }

    /// `devices`: only these tags (nil = every device), e.g. one department's.
    public static func compute(inspections: [InspectionRecord], from: Day, to: Day, now: Instant,
                               devices: Set<String>? = nil) -> IPMYield {
        var counter = Counter()
        for r in inspections where from <= r.day && r.day <= to && r.at <= now && (devices?.contains(r.device) ?? true) {
            counter.count(r.kind, r.result)
        }
        return compute(tallies: counter.tallies, from: from, to: to)
    }

    /// The yield of tallies already limited to the window (any order; a kind or result may repeat).
    public static func compute(tallies: [Tally], from: Day, to: Day) -> IPMYield {
        func fraction(_ ts: [Tally]) -> KPIFraction {
            KPIFraction(numerator: ts.filter { $0.result != .ok }.reduce(0) { $0 + $1.count }, denominator: ts.reduce(0) { $0 + $1.count })
        }
        func count(_ result: InspectionResult) -> Int { tallies.filter { $0.result == result }.reduce(0) { $0 + $1.count } }
        let present = tallies.filter { $0.count > 0 }
        return IPMYield(from: from, to: to, yield: fraction(present), hazards: count(.hazard), faults: count(.fault),
                        byKind: Dictionary(grouping: present, by: \.kind).mapValues(fraction))
    }
}
