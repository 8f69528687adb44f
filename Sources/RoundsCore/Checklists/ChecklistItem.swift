/// One line of a checklist template, in Chinese and English (R105).
///
/// `code` names the item in the store, on the command line (`--item power=normal`) and in
/// `Data/checklists.csv`; it is unique within a template. `scope` says whether the item is about the
/// device or about the room it stands in (R19); `when` says which devices are asked it.
public struct ChecklistItem: Hashable, Sendable {
    public let code: String
    public let scope: Scope
    public let when: Condition
    public let zh: String
    public let en: String

    public init(_ code: String, _ scope: Scope = .device, _ when: Condition = .all, zh: String, en: String) {
        self.code = code; self.scope = scope; self.when = when; self.zh = zh; self.en = en
    }

    public func text(chinese: Bool) -> String { chinese ? zh : en }

    /// The code of the powered plug-in test of rescue equipment (R32): failed, it opens a repair
    /// request whatever the person chose for it.
    public static let poweredTest = "powered-test"

    /// Device items are answered for every device; room items once per room per round (R19) and
    /// stored with the room.
    public enum Scope: String, Hashable, Sendable, CaseIterable {
        case device
        case room
    }

    /// Which devices an item applies to, from the device's ``ChecklistProfile``.
    ///
    /// A bag-valve resuscitator has no mains cord and no battery: it is `unpowered`, so it is never
    /// asked the `powered` items, and as rescue equipment it gets the function check (R74) where a
    /// powered rescue device gets the powered test (R32).
    public enum Condition: String, Hashable, Sendable, CaseIterable {
        /// Every device.
        case all
        /// Devices that run on mains power or a battery.
        case powered
        /// Devices that work by hand (bag-valve resuscitator, stretcher, wheelchair).
        case unpowered
        /// Powered rescue equipment: battery and the powered test (插电测试, R32).
        case rescuePowered = "rescue-powered"
        /// Unpowered rescue equipment: the function check instead (R74).
        case rescueUnpowered = "rescue-unpowered"
        /// Optical devices: the optical path's dust (R28).
        case optical

        /// Whether a device with `profile` is asked an item with this condition.
        public func applies(to profile: ChecklistProfile) -> Bool {
            switch self {
            case .all: return true
            case .powered: return profile.powered
            case .unpowered: return !profile.powered
            case .rescuePowered: return profile.rescue && profile.powered
            case .rescueUnpowered: return profile.rescue && !profile.powered
            case .optical: return profile.optical
            }
        }
    }
}
