/// The checklist templates: for each kind of work, its items in order, each in Chinese and English.
///
/// One table serves every device category: an item's ``ChecklistItem/Condition`` picks it for a
/// device from the device's ``ChecklistProfile`` (so the default template is the whole list and a
/// category narrows it: a bag-valve resuscitator is never asked about a power cord or a battery).
/// `Data/checklists.csv` is the same table for a hospital to review; a test keeps the two equal.
///
/// ```swift
/// ChecklistTemplates.items(.tenDay, for: ChecklistProfile(category: "defibrillator", emergency: true, lifeSupport: false))
///     .map(\.code)   // ["casing", "power", "selftest", "alarms", "labels", "battery", "powered-test"]
/// ```
///
/// The texts are not English in Chinese clothes: they are what the rules say (IMR 1.1–2.4) in the
/// glossary's terms (DOMAIN.md §7). Commas inside a text are the full-width `，` or `;`, so the CSV
/// mirror needs no quoting.
public enum ChecklistTemplates {
    /// The ten-day check (R13–R14) and the monthly round (R12, R15): the device looked at, run, its
    /// alarms and labels; rescue equipment's battery and powered test (R32) or function check (R74).
    static let round: [ChecklistItem] = [
        ChecklistItem("casing", zh: "外观、附件完整无损", en: "Casing and accessories complete and undamaged"),
        ChecklistItem("power", .device, .powered, zh: "电源线、插头、接地完好", en: "Power cord; plug and earth intact"),
        ChecklistItem("selftest", .device, .powered, zh: "开机自检通过，运行正常", en: "Power-on self-test passes; runs normally"),
        ChecklistItem("manual", .device, .unpowered, zh: "手动操作功能正常", en: "Works normally when operated by hand"),
        ChecklistItem("alarms", .device, .powered, zh: "报警功能正常", en: "Alarms work"),
        ChecklistItem("labels", zh: "清洁，标识及计量标签有效", en: "Clean; labels and calibration label valid"),
        ChecklistItem("battery", .device, .rescuePowered, zh: "电池/备用电源充足", en: "Battery / backup power charged"),
        ChecklistItem("powered-test", .device, .rescuePowered, zh: "插电测试通过（抢救设备，R32）", en: "Powered plug-in test passes (rescue equipment; R32)"),
        ChecklistItem("function-test", .device, .rescueUnpowered, zh: "功能检查通过（无电源抢救设备，R74）",
                      en: "Function check passes (unpowered rescue equipment; R74)"),
    ]

    /// The quarterly supervisory inspection's mandatory items (R18): the room's environment and
    /// utilities once per room (R19), then the device's running, wear, calibration and upkeep.
    static let quarterly: [ChecklistItem] = [
        ChecklistItem("static", .room, zh: "防静电", en: "Anti-static"),
        ChecklistItem("dust", .room, zh: "防尘", en: "Dust"),
        ChecklistItem("moisture", .room, zh: "防潮", en: "Moisture"),
        ChecklistItem("corrosion", .room, zh: "防蚀", en: "Corrosion"),
        ChecklistItem("mould", .room, zh: "防霉", en: "Mould"),
        ChecklistItem("environment-other", .room, zh: "其他环境问题", en: "Other environmental issue"),
        ChecklistItem("water", .room, zh: "水路", en: "Water lines"),
        ChecklistItem("electricity", .room, zh: "电路（供电）", en: "Electricity / power supply"),
        ChecklistItem("gas", .room, zh: "气路", en: "Gas lines"),
        ChecklistItem("running", zh: "运行情况", en: "Running condition"),
        ChecklistItem("wear", zh: "磨损程度", en: "Degree of wear"),
        ChecklistItem("calibration", zh: "检查校验", en: "Check / calibration result"),
        ChecklistItem("upkeep", zh: "维护保养", en: "Maintenance performed"),
        ChecklistItem("latent", zh: "潜在问题（未发现为正常）", en: "Latent problems (none found is normal)"),
        ChecklistItem("improvements", zh: "改进维护措施（无须改进为正常）", en: "Improvement measures (none needed is normal)"),
        ChecklistItem("pre-repair", zh: "维修前准备（如需订购配件）", en: "Pre-repair preparations (e.g. parts to order)"),
    ]

    /// Routine maintenance by the department's designated person (R27, IMR 2.1).
    static let daily: [ChecklistItem] = [
        ChecklistItem("surface-clean", zh: "机器表面污渍已清洁", en: "Surface stains cleaned"),
        ChecklistItem("running", zh: "运行正常", en: "Running normally"),
        ChecklistItem("parts-complete", zh: "零部件齐全", en: "Parts and components complete"),
    ]

    /// First-level maintenance by the device's maintenance person, to plan (R28, IMR 2.2). IMR 2.2's
    /// 湿度 may be a typo for 温度: the item asks both (DOMAIN §8 question 9).
    static let first: [ChecklistItem] = [
        ChecklistItem("internal-clean", zh: "内部清洁", en: "Internal cleaning"),
        ChecklistItem("sound", .device, .powered, zh: "异常检查：声音", en: "Abnormality check: sound"),
        ChecklistItem("temperature", .device, .powered, zh: "异常检查：温度/湿度", en: "Abnormality check: temperature / humidity"),
        ChecklistItem("indicators", .device, .powered, zh: "异常检查：指示灯", en: "Abnormality check: indicator lights"),
        ChecklistItem("abnormal-other", zh: "异常检查：其他", en: "Abnormality check: other"),
        ChecklistItem("adjust", zh: "局部检查与调整", en: "Local inspection and adjustment"),
        ChecklistItem("dust-inside", .device, .powered, zh: "机内除尘", en: "Dust removed from inside"),
        ChecklistItem("board-oxide", .device, .powered, zh: "电路板插脚氧化层及相关电位器清洁",
                      en: "Circuit-board pin oxide and related potentiometers cleaned"),
        ChecklistItem("optical-dust", .device, .optical, zh: "光路除尘（光学设备）", en: "Optical-path dust cleaned (optical devices)"),
    ]

    /// Second-level maintenance, preventive repair done jointly (R29, IMR 2.3), with rescue
    /// equipment's powered test (R32, IMR 2.4) or function check (R74).
    static let second: [ChecklistItem] = [
        ChecklistItem("main-body", zh: "主机或主要部件检查", en: "Main body / main assemblies inspected"),
        ChecklistItem("precision", zh: "精度调整（记录调整前后测量值）", en: "Precision adjusted (measured values before / after)"),
        ChecklistItem("wear-parts", zh: "达到磨损极限的易损件已更换", en: "Wear parts at their wear limit replaced"),
        ChecklistItem("components", .device, .powered, zh: "性能下降的电子元件（电位器、电容、电阻）抽检并提前更换",
                      en: "Degraded electronic components (potentiometers / capacitors / resistors) sample-checked and replaced early"),
        ChecklistItem("powered-test", .device, .rescuePowered, zh: "插电测试通过（抢救设备，R32）", en: "Powered plug-in test passes (rescue equipment; R32)"),
        ChecklistItem("function-test", .device, .rescueUnpowered, zh: "功能检查通过（无电源抢救设备，R74）",
                      en: "Function check passes (unpowered rescue equipment; R74)"),
    ]

    /// Every item of a kind's template, for every kind of device (the default template).
    public static func all(_ kind: ChecklistKind) -> [ChecklistItem] {
        switch kind {
        case .tenDay, .monthly: return round
        case .quarterly: return quarterly
        case .daily: return daily
        case .first: return first
        case .second: return second
        }
    }

    /// The items a device with `profile` is asked in a record of `kind`, in order.
    public static func items(_ kind: ChecklistKind, for profile: ChecklistProfile) -> [ChecklistItem] {
        all(kind).filter { $0.when.applies(to: profile) }
    }

    /// The items for `device`; `scope` keeps only the device's or only the room's items.
    public static func items(_ kind: ChecklistKind, for device: Equipment, scope: ChecklistItem.Scope? = nil) -> [ChecklistItem] {
        items(kind, for: ChecklistProfile(device)).filter { scope == nil || $0.scope == scope }
    }

    /// Whether a record of `kind` for `device` must carry the powered test (R32): rescue equipment
    /// with power, in the ten-day check and second-level maintenance (the kinds whose template holds
    /// the `powered-test` item). A bag-valve resuscitator gets the function check instead (R74).
    ///
    /// ```swift
    /// ChecklistTemplates.asksPoweredTest(.second, for: defibrillator)   // true
    /// ChecklistTemplates.asksPoweredTest(.first, for: defibrillator)    // false
    /// ```
    public static func asksPoweredTest(_ kind: ChecklistKind, for device: Equipment) -> Bool {
        // The one item, not the whole template: the missed duties ask this of every device.
        guard let item = all(kind).first(where: { $0.code == ChecklistItem.poweredTest }) else { return false }
        return item.when.applies(to: ChecklistProfile(device))
    }
}
