/// The three maintenance levels (R26; IMR 2.1–2.3), spelled as the command line spells them.
public enum MaintenanceTier: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// 日常保养: routine upkeep by the department's designated person (R27).
    case daily
    /// 一级保养: first-level maintenance, to plan, by the device's maintenance person (R28).
    case first
    /// 二级保养: second-level (preventive repair), maintenance person and repair technician (R29).
    case second

    private var order: Int { switch self { case .daily: 0; case .first: 1; case .second: 2 } }
    public static func < (a: MaintenanceTier, b: MaintenanceTier) -> Bool { a.order < b.order }
}

/// A device's plan for one maintenance level: every `intervalDays` days (R30).
///
/// The next due day floats from completion: the latest maintenance of that tier (else the base day B)
/// plus the interval.
///
/// ```swift
/// let plan = MaintenancePlan(device: "ICU-V01", tier: .second, intervalDays: 90)
/// plan.nextDue(latest: Day(2026, 1, 15)!, base: Day(2025, 6, 1)!)   // 2026-04-15
/// plan.nextDue(latest: nil, base: Day(2026, 3, 1)!)                 // 2026-05-30
/// ```
public struct MaintenancePlan: Hashable, Sendable, Codable {
    public var device: String
    public var tier: MaintenanceTier
    public var intervalDays: Int
    /// An inactive (suspended) plan raises no due days and does not satisfy R31.
    public var active: Bool

    public init(device: String, tier: MaintenanceTier, intervalDays: Int, active: Bool = true) {
        self.device = device; self.tier = tier; self.intervalDays = intervalDays; self.active = active
    }

    /// (latest maintenance day of this tier, else B) + interval.
    public func nextDue(latest: Day?, base: Day) -> Day { (latest ?? base).adding(days: intervalDays) }

    /// The plan as a due/overdue status on `today` (same thresholds as inspections), nil when inactive.
    public func status(latest: Day?, base: Day, today: Day,
                       dueSoonDays: Int = ScheduleRules.standard.dueSoonDays) -> DueStatus? {
        guard active else { return nil }
        return DueStatus(due: nextDue(latest: latest, base: base), today: today, dueSoonDays: dueSoonDays)
    }
}

/// Default maintenance intervals per device category (R30; DOMAIN §8 Q5: the sources give none, so
/// these are starting values for the hospital to replace with the manufacturers' intervals).
///
/// A category matches an entry when its lower-cased text contains one of the entry's keywords
/// (English or Chinese); the first matching entry wins, else the fallback (first 90, second 180 days).
/// Routine (daily) maintenance is always every day.
///
/// | keywords | first | second | why |
/// |---|---|---|---|
/// | ventilator 呼吸机, anaesthesia/anesthesia 麻醉, defibrillator 除颤 | 30 | 90 | life support, rescue |
/// | CT, MRI 磁共振, DR, X-ray/x-ray X光/X线, DSA | 30 | 90 | vendor PM usually quarterly |
/// | monitor 监护, infusion 输液, syringe 注射泵 | 60 | 180 | high count, moderate risk |
/// | anything else | 90 | 180 | fallback |
///
/// ```swift
/// MaintenanceDefaults.standard.intervals(forCategory: "Ventilator")   // first 30, second 90
/// MaintenanceDefaults.standard.intervals(forCategory: "病床")          // first 90, second 180
/// ```
public struct MaintenanceDefaults: Hashable, Sendable, Codable {
    public struct Intervals: Hashable, Sendable, Codable {
        public var firstDays: Int
        public var secondDays: Int
        public init(firstDays: Int, secondDays: Int) { self.firstDays = firstDays; self.secondDays = secondDays }
    }

    public struct Entry: Hashable, Sendable, Codable {
        public var keywords: [String]
        public var intervals: Intervals
        public init(keywords: [String], intervals: Intervals) { self.keywords = keywords; self.intervals = intervals }
    }

    public var entries: [Entry]
    public var fallback: Intervals

    public init(entries: [Entry], fallback: Intervals) { self.entries = entries; self.fallback = fallback }

    public static let standard = MaintenanceDefaults(
        entries: [
            Entry(keywords: ["ventilator", "呼吸机", "anaesthesia", "anesthesia", "麻醉", "defibrillator", "除颤"],
                  intervals: Intervals(firstDays: 30, secondDays: 90)),
            Entry(keywords: ["ct", "mri", "磁共振", "dr", "x-ray", "x光", "x线", "dsa"],
                  intervals: Intervals(firstDays: 30, secondDays: 90)),
            Entry(keywords: ["monitor", "监护", "infusion", "输液", "syringe", "注射泵"],
                  intervals: Intervals(firstDays: 60, secondDays: 180)),
        ],
        fallback: Intervals(firstDays: 90, secondDays: 180))

    /// The intervals for a category (see the table above).
    public func intervals(forCategory category: String) -> Intervals {
        let c = category.lowercased()
        return entries.first { $0.keywords.contains { keyword in Self.matches(c, keyword) } }?.intervals ?? fallback
    }

    /// The interval in days of a tier for a category: daily is 1.
    public func intervalDays(tier: MaintenanceTier, category: String) -> Int {
        switch tier {
        case .daily: return 1
        case .first: return intervals(forCategory: category).firstDays
        case .second: return intervals(forCategory: category).secondDays
        }
    }

    /// Short Latin keywords ("ct", "dr", "dsa") must be whole words, so "Doctor cart" is not "ct" or
    /// "dr"; other keywords match as substrings.
    static func matches(_ category: String, _ keyword: String) -> Bool {
        guard keyword.count <= 3, keyword.allSatisfy(\.isASCII) else { return category.contains(keyword) }
        let words = category.split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII })
        return words.contains { $0 == keyword }
    }
}

/// R31 (IMR 2.4): every device of a key department must have an active second-level plan.
public enum MaintenanceCompliance {
    /// Tracked devices in a key department without an active second-level plan with a positive
    /// interval, sorted by tag. Untracked (stopped, scrapped) devices are not reported.
    ///
    /// ```swift
    /// MaintenanceCompliance.devicesLackingSecondLevelPlan(devices: fleet, keyDepartments: ["ICU"],
    ///                                                   plans: plans)   // [ICU-M02] when M02 has none
    /// ```
    public static func devicesLackingSecondLevelPlan(devices: [Equipment], keyDepartments: Set<String>,
                                                     plans: [MaintenancePlan]) -> [Equipment] {
        let covered = Set(plans.filter { $0.tier == .second && $0.active && $0.intervalDays > 0 }.map(\.device))
        return devices
            .filter { $0.status.isTracked && keyDepartments.contains($0.department) && !covered.contains($0.tag) }
            .sorted { $0.tag < $1.tag }
    }
}
