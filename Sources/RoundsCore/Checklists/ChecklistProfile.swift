/// What a device's checklist depends on: whether it is powered, optical, rescue equipment.
///
/// Powered and optical follow the device category (`Equipment.category`, the ledger's code);
/// a category not named in ``unpoweredCategories`` is powered, the safe default (its power items
/// are asked and can be answered "not applicable" with a reason). Rescue equipment (抢救设备) is a
/// device flagged emergency-care or life-support, or one of the rescue categories R74 names
/// (defibrillator, resuscitator, oxygen, suction).
///
/// ```swift
/// ChecklistProfile(category: "resuscitator", emergency: true, lifeSupport: false)
/// // powered: false, optical: false, rescue: true → function check, no power cord, no battery
/// ```
public struct ChecklistProfile: Hashable, Sendable {
    public var powered: Bool
    public var optical: Bool
    public var rescue: Bool

    public init(powered: Bool, optical: Bool, rescue: Bool) {
        self.powered = powered; self.optical = optical; self.rescue = rescue
    }

    public init(category: String, emergency: Bool, lifeSupport: Bool) {
        let c = category.lowercased()
        self.init(powered: !Self.unpoweredCategories.contains(c), optical: Self.opticalCategories.contains(c),
                  rescue: emergency || lifeSupport || Self.rescueCategories.contains(c))
    }

    public init(_ device: Equipment) {
        self.init(category: device.category, emergency: device.emergency, lifeSupport: device.lifeSupport)
    }

    /// Categories that work without power: a bag-valve (manual) resuscitator, a stretcher, a
    /// wheelchair, an oxygen flowmeter and humidifier on the wall supply.
    public static let unpoweredCategories: Set<String> = ["resuscitator", "bed", "wheelchair", "oxygen"]
    /// Categories with an optical path whose dust first-level maintenance cleans (R28).
    public static let opticalCategories: Set<String> = ["endoscope", "microscope", "operating-light", "phototherapy"]
    /// The rescue equipment R74 names, rescue whatever the ledger's flags say.
    public static let rescueCategories: Set<String> = ["defibrillator", "resuscitator", "oxygen", "suction", "cpr"]
}
