@testable import RoundsCore

/// `d("2026-03-01")`: a day from its ISO text (tests only; crashes on a typo, which is what we want).
func d(_ text: String) -> Day {
    guard let day = Day(parsing: text) else { fatalError("bad test day \(text)") }
    return day
}

/// A device with the fields the schedule rules read.
func device(_ tag: String, dept: String = "ICU", inService: String = "2025-01-01", lifeSupport: Bool = false,
            emergency: Bool = false, status: EquipmentStatus = .inService, category: String = "") -> Equipment {
    Equipment(tag: tag, name: tag, department: dept, category: category, lifeSupport: lifeSupport,
              emergency: emergency, inService: d(inService), status: status)
}

/// An inspection record on a local day (09:00 Shanghai).
func inspection(_ tag: String, _ kind: InspectionKind, _ day: String) -> InspectionRecord {
    let cal = FacilityCalendar.shanghai
    return InspectionRecord(device: tag, kind: kind, at: cal.instant(d(day), secondOfDay: 9 * 3600), day: d(day))
}

/// Shanghai local time `YYYY-MM-DDTHH:MM` as an instant.
func at(_ text: String) -> Instant {
    guard let i = FacilityCalendar.shanghai.parseTime(text) else { fatalError("bad test time \(text)") }
    return i
}

/// SplitMix64: a tiny deterministic generator for property tests (same seed, same histories).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
