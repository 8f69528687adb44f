/// The imaging centre's configuration check (R70) against the basic equipment of the Basic Standard
/// (seed 004, BS 6): at least 2 DR, one 16-slice CT and one CT of 64 slices or more, one MRI of
/// 1.5 T or more, 3 ultrasound units with colour Doppler, echocardiography, contrast and quantitative
/// analysis, 2 ECG machines, an ECG monitor, and in each CT room a defibrillator, a manual (bag-valve)
/// resuscitator, oxygen supply and suction (BS 6(2)).
///
/// Each in-service device fills at most one requirement, the strictest first (the 64-slice CT is
/// not also counted as the 16-slice one). A device that fills a requirement but is down now (an
/// open ticket with it out of service, or today's log `down`) is "present but down": it is listed
/// and does not count, so the requirement shows a shortfall.
///
/// ```swift
/// // 1 DR, a 64-slice CT, nothing else:
/// ImagingConfiguration.check(devices: ledger, specs: specs, down: [])
/// // DR 1 of 2 (short 1); CT ≥64 1 of 1; CT ≥16 0 of 1 (short 1); MRI 0 of 1 …
/// ```
public enum ImagingConfiguration {
    public struct Requirement: Hashable, Sendable {
        public var code: String
        public var name: RuleText
        public var category: String
        public var count: Int
        public var minSlices: Int?
        public var minTesla: Double?
        public var features: Set<ImagingFeature>
        /// Only devices in this room (location) fill it; nil: anywhere.
        public var room: String?

        public init(code: String, name: RuleText, category: String, count: Int, minSlices: Int? = nil, minTesla: Double? = nil,
                    features: Set<ImagingFeature> = [], room: String? = nil) {
            self.code = code; self.name = name; self.category = category; self.count = count
            self.minSlices = minSlices; self.minTesla = minTesla; self.features = features; self.room = room
        }

        public func isFilled(by d: Equipment, spec: ImagingSpec?) -> Bool {
            guard d.category.lowercased() == category else { return false }
            if let room, d.location != room { return false }
            if let min = minSlices, (spec?.slices ?? 0) < min { return false }
            if let min = minTesla, (spec?.tesla ?? 0) < min { return false }
            return features.isSubset(of: spec?.features ?? [])
        }
    }

    /// One requirement's outcome.
    public struct Line: Hashable, Sendable {
        public var requirement: Requirement
        /// The devices that fill it and work.
        public var working: [String]
        /// The devices that would fill it but are down now.
        public var down: [String]
        public var shortfall: Int { max(0, requirement.count - working.count) }
    }

    /// BS 6(1): the centre's basic equipment, strictest first.
    public static let basic: [Requirement] = [
        Requirement(code: "dr", name: RuleText(en: "Digital radiography (DR)", zh: "数字X射线摄影系统（DR）"), category: "dr", count: 2),
        Requirement(code: "ct-64", name: RuleText(en: "CT of 64 slices or more", zh: "64排及以上CT"), category: "ct", count: 1, minSlices: 64),
        Requirement(code: "ct-16", name: RuleText(en: "16-slice CT", zh: "16排CT"), category: "ct", count: 1, minSlices: 16),
        Requirement(code: "mri-1.5t", name: RuleText(en: "MRI of 1.5 T or more", zh: "1.5T及以上磁共振成像系统"), category: "mri", count: 1, minTesla: 1.5),
        Requirement(code: "ultrasound", name: RuleText(en: "Ultrasound with colour Doppler, echocardiography, contrast and quantitative analysis",
                                                       zh: "超声（彩色多普勒血流显像、心脏超声、超声造影及定量分析）"),
                    category: "ultrasound", count: 3, features: Set(ImagingFeature.allCases)),
        Requirement(code: "ecg", name: RuleText(en: "ECG machine", zh: "心电图仪"), category: "ecg", count: 2),
        Requirement(code: "ecg-monitor", name: RuleText(en: "ECG monitor", zh: "心电监护仪"), category: "monitor", count: 1),
    ]

    /// BS 6(2): the rescue equipment every CT examination room must hold.
    public static func ctRoomKit(room: String?) -> [Requirement] {
        let at = room.map { RuleText(en: " in CT room \($0)", zh: "（CT检查室 \($0)）") } ?? RuleText(en: " in the CT room (no CT in service)", zh: "（CT检查室：无在用CT）")
        return [("defibrillator", "Defibrillator", "心脏除颤器"), ("resuscitator", "Manual resuscitator", "简易呼吸器"),
                ("oxygen", "Oxygen supply", "供氧装置"), ("suction", "Negative-pressure suction", "负压吸引装置")].map { c, en, zh in
            Requirement(code: "ct-room-\(c)", name: RuleText(en: en + at.en, zh: zh + at.zh), category: c, count: 1, room: room ?? "\u{0}")
        }
    }

    /// The requirements for a ledger: the basic list and one rescue kit per room holding an in-service CT.
    public static func requirements(devices: [Equipment]) -> [Requirement] {
        let rooms = Set(devices.filter { $0.status == .inService && $0.category.lowercased() == "ct" }.map(\.location)).sorted()
        return basic + (rooms.isEmpty ? ctRoomKit(room: nil) : rooms.flatMap { ctRoomKit(room: $0) })
    }

    /// The check: every requirement with the in-service devices filling it. `down`: tags down now.
    public static func check(devices: [Equipment], specs: [String: ImagingSpec], down: Set<String>) -> [Line] {
        let inService = devices.filter { $0.status == .inService }.sorted { $0.tag < $1.tag }
        var used: Set<String> = []
        return requirements(devices: devices).map { r in
            let fits = inService.filter { !used.contains($0.tag) && r.isFilled(by: $0, spec: specs[$0.tag]) }
            let working = Array(fits.filter { !down.contains($0.tag) }.prefix(r.count))
            let downOnes = Array(fits.filter { down.contains($0.tag) }.prefix(r.count - working.count))
            used.formUnion((working + downOnes).map(\.tag))
            return Line(requirement: r, working: working.map(\.tag), down: downOnes.map(\.tag))
        }
    }
}
