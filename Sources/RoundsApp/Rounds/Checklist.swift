import RoundsCore

/// What an engineer checks on a device in each kind of round (IMR 1.1–1.2, R18–R19, R32).
///
/// Each item is in Chinese and English. Environment items of the quarterly inspection are recorded
/// once per room (R19): round mode shows them with the first device of each room.
public enum Checklist {
    public struct Item: Sendable, Equatable {
        public let zh: String
        public let en: String
        /// True for items about the room, not the device.
        public let perRoom: Bool

        public func text(_ s: Strings) -> String { s.isChinese ? zh : en }
    }

    static let basic = [
        Item(zh: "外观、附件完整无损", en: "Casing and accessories complete and undamaged", perRoom: false),
        Item(zh: "电源线、插头、接地完好", en: "Power cord, plug and earth intact", perRoom: false),
        Item(zh: "开机自检通过，运行正常", en: "Power-on self-test passes, runs normally", perRoom: false),
        Item(zh: "报警功能正常", en: "Alarms work", perRoom: false),
        Item(zh: "清洁，标识及计量标签有效", en: "Clean; labels and calibration label valid", perRoom: false),
    ]

    static let rescue = [
        Item(zh: "电池/备用电源充足", en: "Battery / backup power charged", perRoom: false),
        Item(zh: "插电测试通过（抢救设备，R32）", en: "Powered plug-in test passes (rescue equipment, R32)", perRoom: false),
    ]

    static let quarterly = [
        Item(zh: "运行状况与磨损程度", en: "Running condition and degree of wear", perRoom: false),
        Item(zh: "检查校验", en: "Check and verify calibration", perRoom: false),
        Item(zh: "维护保养", en: "Maintenance and upkeep", perRoom: false),
        Item(zh: "环境：防静电、防尘、防潮、防蚀、防霉", en: "Environment: static, dust, moisture, corrosion, mould", perRoom: true),
        Item(zh: "水、电、气路", en: "Water, electricity and gas lines", perRoom: true),
    ]

    /// The items for a device in a round of `kind`.
    public static func items(for kind: InspectionKind, device: Equipment) -> [Item] {
        let critical = device.lifeSupport || device.emergency
        switch kind {
        case .tenDay: return basic + rescue
        case .monthly: return basic + (critical ? rescue : [])
        case .quarterly: return basic + (critical ? rescue : []) + quarterly
        }
    }
}
