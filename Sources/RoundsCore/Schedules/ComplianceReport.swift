/// Inspection compliance for a period (R21, R96; WHO 5.4.1): per device and kind, the due occurrences
/// in [from, to] classified on time / late / missed / pending (`ComplianceWalk` has the exact rule),
/// with counts, rates and the list of misses.
///
/// - due = on time + late + missed (pending occurrences, not yet overdue, are left out);
/// - completion rate = (on time + late) / due; on-time rate = on time / due (nil when nothing is due);
/// - WHO goal lines (strictly above): 90 % overall, 95 % for life-support and emergency devices.
///
/// Which kinds a device owes follows its current registry status and flags (`InspectionSchedule`).
///
/// ```swift
/// let march = ComplianceReport.build(devices: fleet, keyDepartments: ["ICU"], since: since,
///                                    today: Day(2026, 4, 2)!, from: Day(2026, 3, 1)!,
///                                    to: Day(2026, 3, 31)!, records: all)
/// march.overall.completionRate            // e.g. 0.9
/// march.tally(kind: .tenDay).missed        // ten-day checks missed in March
/// march.misses                             // what to chase
/// ```
public struct ComplianceReport: Hashable, Sendable {
    /// WHO 5.4.1: completion rate goal for all devices (strictly above).
    public static let overallGoal = 0.90
    /// WHO 5.4.1: goal for the highest-priority group, here life-support and emergency devices.
    public static let priorityGoal = 0.95

    /// One due occurrence of one device and kind.
    public struct Item: Hashable, Sendable {
        public var device: String
        public var department: String
        public var kind: InspectionKind
        public var due: Day
        public var outcome: ComplianceWalk.Outcome
        public var satisfiedOn: Day?
        /// Life-support or emergency device (the WHO highest-priority group).
        public var priority: Bool

        /// The items of one device's walk of one kind.
        public static func of(_ occurrences: [ComplianceWalk.Occurrence], device: Equipment, kind: InspectionKind) -> [Item] {
            occurrences.map {
                Item(device: device.tag, department: device.department, kind: kind, due: $0.due, outcome: $0.outcome,
                     satisfiedOn: $0.satisfiedOn, priority: device.lifeSupport || device.emergency)
            }
        }
    }

    public var from: Day
    public var to: Day
    public var asOf: Day
    /// Sorted by device, then kind (raw-string order), then due day.
    public var items: [Item]

    public init(from: Day, to: Day, asOf: Day, items: [Item]) {
        self.from = from; self.to = to; self.asOf = asOf
        // The store's reader gives them in this order already: checking costs one pass, sorting 15,000
        // devices' items a tenth of a year's KPI report.
        func before(_ a: Item, _ b: Item) -> Bool { (a.device, a.kind.rawValue, a.due) < (b.device, b.kind.rawValue, b.due) }
        let inOrder = zip(items, items.dropFirst()).allSatisfy { !before($1, $0) }
        self.items = inOrder ? items : items.sorted(by: before)
    }

    /// Walks every tracked device's applicable kinds over [from, to] as of `today`.
    public static func build(devices: [Equipment], keyDepartments: Set<String>, since: Day, today: Day,
                             from: Day, to: Day, records: [InspectionRecord],
                             rules: ScheduleRules = .standard) -> ComplianceReport {
        let byDevice = Dictionary(grouping: records, by: \.device)
        var items: [Item] = []
        for device in devices {
            let base = InspectionSchedule.baseDay(inService: device.inService, since: since)
            let own = byDevice[device.tag] ?? []
            for kind in InspectionSchedule.applicableKinds(for: device,
                                                           departmentIsKey: keyDepartments.contains(device.department)) {
                let occurrences = ComplianceWalk.occurrences(cadence: Cadence(kind: kind, rules: rules), base: base,
                                                             today: today, from: from, to: to, records: own)
                items += Item.of(occurrences, device: device, kind: kind)
            }
        }
        return ComplianceReport(from: from, to: to, asOf: today, items: items)
    }

    /// The missed occurrences, in report order.
    public var misses: [Item] { items.filter { $0.outcome == .missed } }

    /// All occurrences.
    public var overall: ComplianceTally { ComplianceTally(items.map(\.outcome)) }

    /// Life-support and emergency devices only.
    public var priorityGroup: ComplianceTally { ComplianceTally(items.filter(\.priority).map(\.outcome)) }

    /// Counts restricted to a kind and/or a department (nil = all).
    public func tally(kind: InspectionKind? = nil, department: String? = nil) -> ComplianceTally {
        ComplianceTally(items.filter { (kind == nil || $0.kind == kind) && (department == nil || $0.department == department) }
            .map(\.outcome))
    }

    /// Overall completion rate > 90 % (nil when nothing was due).
    public var meetsOverallGoal: Bool? { overall.completionRate.map { $0 > Self.overallGoal } }
    /// Priority-group completion rate > 95 % (nil when nothing was due).
    public var meetsPriorityGoal: Bool? { priorityGroup.completionRate.map { $0 > Self.priorityGoal } }
}

/// The two completion tallies the KPIs give (R96), summed over reports of parts of the fleet.
public struct ComplianceTotals: Hashable, Sendable {
    public var overall = ComplianceTally()
    public var priorityGroup = ComplianceTally()

    public init() {}

    /// Adds the tallies of some of a report's items (say one device's), as the report counts them.
    public mutating func add(_ items: [ComplianceReport.Item]) {
        overall.add(ComplianceTally(items.map(\.outcome)))
        priorityGroup.add(ComplianceTally(items.filter(\.priority).map(\.outcome)))
    }
}

/// Counts of occurrence outcomes and the rates built from them (R96).
public struct ComplianceTally: Hashable, Sendable {
    public var onTime = 0
    public var late = 0
    public var missed = 0
    public var pending = 0

    public init(onTime: Int = 0, late: Int = 0, missed: Int = 0, pending: Int = 0) {
        self.onTime = onTime; self.late = late; self.missed = missed; self.pending = pending
    }

    public mutating func add(_ t: ComplianceTally) {
        onTime += t.onTime; late += t.late; missed += t.missed; pending += t.pending
    }

    public init(_ outcomes: [ComplianceWalk.Outcome]) {
        for o in outcomes {
            switch o {
            case .onTime: onTime += 1
            case .late: late += 1
            case .missed: missed += 1
            case .pending: pending += 1
            }
        }
    }

    /// Occurrences that have fallen due: on time + late + missed.
    public var due: Int { onTime + late + missed }
    /// (on time + late) / due; nil when nothing is due.
    public var completionRate: Double? { due == 0 ? nil : Double(onTime + late) / Double(due) }
    /// on time / due; nil when nothing is due.
    public var onTimeRate: Double? { due == 0 ? nil : Double(onTime) / Double(due) }
}
