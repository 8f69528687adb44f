/// The names of the device categories (设备类别) that the sample ledger and most hospital ledgers use,
/// in Chinese and English. The category itself stays the code the ledger gives (`ventilator`); this
/// table only names it for people. A code not in the table is shown as it is.
///
/// ```swift
/// DeviceCategory.name(of: "ventilator", chinese: true)     // "呼吸机（ventilator）"
/// DeviceCategory.name(of: "ventilator", chinese: false)    // "Ventilator (ventilator)"
/// DeviceCategory.name(of: "蒸汽灭菌器", chinese: true)       // "蒸汽灭菌器"
/// ```
public enum DeviceCategory {
    /// Category code → its Chinese and English names.
    public static let names: [String: RuleText] = [
        "anaesthesia": RuleText(en: "Anaesthesia machine", zh: "麻醉机"),
        "analyser": RuleText(en: "Analyser", zh: "分析仪"),
        "autoclave": RuleText(en: "Autoclave", zh: "压力蒸汽灭菌器"),
        "bed": RuleText(en: "Bed or stretcher", zh: "病床/平车"),
        "c-arm": RuleText(en: "C-arm X-ray", zh: "C 形臂 X 射线机"),
        "cbct": RuleText(en: "Cone-beam CT", zh: "锥形束 CT"),
        "centrifuge": RuleText(en: "Centrifuge", zh: "离心机"),
        "compressor": RuleText(en: "Air compressor", zh: "空气压缩机"),
        "cpr": RuleText(en: "CPR machine", zh: "心肺复苏机"),
        "ct": RuleText(en: "CT scanner", zh: "CT 机"),
        "defibrillator": RuleText(en: "Defibrillator", zh: "除颤仪"),
        "dental-xray": RuleText(en: "Dental X-ray", zh: "牙科 X 射线机"),
        "dialysis": RuleText(en: "Dialysis machine", zh: "血液透析机"),
        "dr": RuleText(en: "Digital radiography (DR)", zh: "数字 X 射线摄影系统（DR）"),
        "dsa": RuleText(en: "Angiography system (DSA)", zh: "血管造影机（DSA）"),
        "ecg": RuleText(en: "ECG machine", zh: "心电图机"),
        "ecmo": RuleText(en: "ECMO", zh: "体外膜肺氧合（ECMO）"),
        "electrosurgical": RuleText(en: "Electrosurgical unit", zh: "高频电刀"),
        "endoscope": RuleText(en: "Endoscope", zh: "内窥镜"),
        "fetal-monitor": RuleText(en: "Fetal monitor", zh: "胎儿监护仪"),
        "hyperbaric-chamber": RuleText(en: "Hyperbaric oxygen chamber", zh: "高压氧舱"),
        "iabp": RuleText(en: "Intra-aortic balloon pump", zh: "主动脉内球囊反搏泵"),
        "incubator": RuleText(en: "Infant incubator", zh: "婴儿培养箱"),
        "infusion-pump": RuleText(en: "Infusion pump", zh: "输液泵"),
        "injector": RuleText(en: "Contrast injector", zh: "高压注射器"),
        "mammography": RuleText(en: "Mammography system", zh: "乳腺 X 射线机"),
        "microscope": RuleText(en: "Microscope", zh: "显微镜"),
        "mobile-xray": RuleText(en: "Mobile X-ray", zh: "移动式 X 射线机"),
        "monitor": RuleText(en: "Patient monitor", zh: "监护仪"),
        "mri": RuleText(en: "MRI scanner", zh: "磁共振成像系统"),
        "operating-light": RuleText(en: "Operating light", zh: "手术无影灯"),
        "operating-table": RuleText(en: "Operating table", zh: "手术床"),
        "oxygen": RuleText(en: "Oxygen therapy", zh: "氧疗设备"),
        "phototherapy": RuleText(en: "Phototherapy unit", zh: "光疗仪"),
        "resuscitator": RuleText(en: "Manual resuscitator", zh: "简易呼吸器"),
        "suction": RuleText(en: "Suction unit", zh: "吸引器"),
        "syringe-pump": RuleText(en: "Syringe pump", zh: "注射泵"),
        "test-equipment": RuleText(en: "Test equipment", zh: "检测设备"),
        "ultrasound": RuleText(en: "Ultrasound system", zh: "超声诊断仪"),
        "ventilator": RuleText(en: "Ventilator", zh: "呼吸机"),
        "warmer": RuleText(en: "Radiant warmer", zh: "辐射保暖台"),
        "washer-disinfector": RuleText(en: "Washer-disinfector", zh: "清洗消毒机"),
        "wheelchair": RuleText(en: "Wheelchair", zh: "轮椅"),
    ]

    /// The category's name in the chosen language with its code after it; an unknown or empty
    /// category as it is.
    public static func name(of category: String, chinese: Bool) -> String {
        guard let n = names[category.lowercased()] else { return category }
        return chinese ? "\(n.zh)（\(category)）" : "\(n.en) (\(category))"
    }
}
