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

    /// `devices`: only these tags (nil = every device), e.g. one department's.
    public static func compute(inspections: [InspectionRecord], from: Day, to: Day, now: Instant,
                               devices: Set<String>? = nil) -> IPMYield {
        let counted = inspections.filter { from <= $0.day && $0.day <= to && $0.at <= now && (devices?.contains($0.device) ?? true) }
        func fraction(_ rs: [InspectionRecord]) -> KPIFraction {
            KPIFraction(numerator: rs.filter { $0.result != .ok }.count, denominator: rs.count)
        }
        return IPMYield(from: from, to: to, yield: fraction(counted),
                        hazards: counted.filter { $0.result == .hazard }.count,
                        faults: counted.filter { $0.result == .fault }.count,
                        byKind: Dictionary(grouping: counted, by: \.kind).mapValues(fraction))
    }
}
