/// The QC standards the program knows (R75), with a representative list of each one's test items
/// per kind (R83). Data/qc-standards.csv is the same table for people to review; a test keeps the
/// two equal (QCStandardsDataTests). The item lists follow the standards' structure but are not a
/// transcription of their annexes: a hospital's physicist should check them against the texts
/// (docs/DECISIONS.md).
///
/// ```swift
/// QCStandards.applicable(category: "ct")?.standard.code     // "WS519-2019"
/// QCStandards.applicable(category: "mri")                   // nil: MRI is not a radiation device (R75)
/// ```
public enum QCStandards {
    private static let all3: Set<QCTestKind> = [.acceptance, .status, .stability]
    private static let periodic: Set<QCTestKind> = [.acceptance, .status]

    // Items shared by the parts of WS 76-2020 (the same measurement on each kind of X-ray unit).
    private static let kv = QCItem("kv-deviation", en: "Tube voltage indication deviation", zh: "管电压指示的偏离", periodic)
    private static let hvl = QCItem("half-value-layer", en: "Half-value layer of the useful beam", zh: "有用线束半值层", periodic)
    private static let reproducibility = QCItem("output-reproducibility", en: "Radiation output reproducibility", zh: "输出量重复性", all3)
    private static let exposureTime = QCItem("exposure-time-deviation", en: "Exposure time indication deviation", zh: "曝光时间指示的偏离", periodic)
    private static let highContrast = QCItem("high-contrast-resolution", en: "High-contrast resolution", zh: "高对比度分辨力", all3)
    private static let lowContrast = QCItem("low-contrast-detectability", en: "Low-contrast detail detectability", zh: "低对比度细节检测", all3)
    private static let aec = QCItem("aec-response", en: "Automatic exposure control response", zh: "自动曝光控制响应", all3)

    public static let ws76 = QCStandard(
        code: "WS76-2020",
        title: RuleText(en: "WS 76-2020 Specification for quality control testing of medical X-ray diagnostic equipment",
                        zh: "WS 76-2020 医用X射线诊断设备质量控制检测规范"),
        groups: [
            QCDeviceGroup(code: "radiography", name: RuleText(en: "Radiography (including CR and DR)", zh: "X射线摄影（含CR、DR）"),
                          categories: ["dr", "cr", "radiography", "x-ray", "mobile-xray"],
                          items: [kv, hvl, reproducibility, exposureTime,
                                  QCItem("output-linearity", en: "Radiation output linearity", zh: "输出量线性", periodic),
                                  QCItem("light-field-alignment", en: "Light field to X-ray field alignment", zh: "光野与照射野四边的偏离", all3),
                                  aec,
                                  QCItem("detector-dark-noise", en: "Detector dark noise", zh: "暗噪声", periodic),
                                  highContrast, lowContrast]),
            QCDeviceGroup(code: "fluoroscopy", name: RuleText(en: "Fluoroscopy (including C-arm and DSA)", zh: "X射线透视（含C形臂、DSA）"),
                          categories: ["fluoroscopy", "c-arm", "dsa"],
                          items: [kv, hvl,
                                  QCItem("entrance-kerma-rate-typical", en: "Typical entrance-surface air kerma rate", zh: "透视受检者入射体表空气比释动能率典型值", periodic),
                                  QCItem("entrance-kerma-rate-maximum", en: "Maximum entrance-surface air kerma rate", zh: "透视受检者入射体表空气比释动能率最大值", periodic),
                                  QCItem("fluoro-field-alignment", en: "Fluoroscopic field to receptor alignment", zh: "透视照射野与影像接收器中心的偏差", all3),
                                  highContrast, lowContrast]),
            QCDeviceGroup(code: "mammography", name: RuleText(en: "Mammography", zh: "乳腺X射线摄影"),
                          categories: ["mammography"],
                          items: [kv, hvl, reproducibility,
                                  QCItem("average-glandular-dose", en: "Average glandular dose", zh: "平均腺体剂量", periodic),
                                  QCItem("thickness-indication", en: "Compressed breast thickness indication deviation", zh: "乳腺厚度指示的偏离", periodic),
                                  aec, highContrast, lowContrast]),
            QCDeviceGroup(code: "dental", name: RuleText(en: "Dental X-ray (intra-oral and extra-oral)", zh: "牙科X射线摄影（口内、口外）"),
                          categories: ["dental-xray", "dental"],
                          items: [kv, hvl, reproducibility, exposureTime, highContrast, lowContrast]),
        ])

    public static let ws519 = QCStandard(
        code: "WS519-2019",
        title: RuleText(en: "WS 519-2019 Specification for quality control testing of X-ray computed tomography",
                        zh: "WS 519-2019 X射线计算机体层摄影装置质量控制检测规范"),
        groups: [
            QCDeviceGroup(code: "ct", name: RuleText(en: "CT", zh: "CT"), categories: ["ct"], items: [
                QCItem("positioning-light", en: "Positioning light accuracy", zh: "定位光精度", all3),
                QCItem("table-positioning", en: "Table positioning accuracy", zh: "诊断床定位精度", all3),
                QCItem("slice-thickness", en: "Reconstructed slice thickness deviation", zh: "重建层厚偏差", all3),
                QCItem("ctdi-w", en: "Weighted CT dose index (CTDIw)", zh: "CTDIw", all3),
                QCItem("ct-number-water", en: "CT number of water", zh: "CT值（水）", all3),
                QCItem("noise", en: "Noise", zh: "噪声", all3),
                QCItem("uniformity", en: "Uniformity", zh: "均匀性", all3),
                QCItem("high-contrast-resolution", en: "High-contrast resolution", zh: "高对比分辨力", all3),
                QCItem("low-contrast-detectability", en: "Low-contrast detectability", zh: "低对比可探测能力", periodic),
                QCItem("ct-number-linearity", en: "CT number linearity", zh: "CT值线性", periodic),
            ]),
        ])

    public static let ws818 = QCStandard(
        code: "WS818-2023",
        title: RuleText(en: "WS 818-2023 Specification for quality control testing of cone-beam CT",
                        zh: "WS 818-2023 锥形束X射线计算机体层成像设备质量控制检测规范"),
        groups: [
            QCDeviceGroup(code: "cbct", name: RuleText(en: "Cone-beam CT", zh: "锥形束CT"), categories: ["cbct", "dental-cbct"], items: [
                QCItem("kv-deviation", en: "Tube voltage indication deviation", zh: "管电压指示的偏离", periodic),
                QCItem("dose-index", en: "Cone-beam dose index", zh: "剂量指数", all3),
                QCItem("ct-number-uniformity", en: "CT number uniformity", zh: "均匀性", all3),
                QCItem("noise", en: "Noise", zh: "噪声", all3),
                QCItem("high-contrast-resolution", en: "High-contrast resolution", zh: "高对比分辨力", all3),
                QCItem("low-contrast-resolution", en: "Low-contrast resolution", zh: "低对比分辨力", periodic),
                QCItem("distance-accuracy", en: "Distance measurement accuracy", zh: "距离测量偏差", periodic),
            ]),
        ])

    /// Every standard, in the order listings show them.
    public static let all: [QCStandard] = [ws76, ws519, ws818]

    /// The standard with `code` (`WS76-2020`; the form with a space, `WS 76-2020`, too).
    public static func standard(_ code: String) -> QCStandard? {
        let c = code.replacingOccurrences(of: " ", with: "").uppercased()
        return all.first { $0.code.uppercased() == c }
    }

    /// The standard and group that apply to a device of `category`, or nil when none does (R75: MRI,
    /// ultrasound and non-radiation devices take no radiation QC test).
    public static func applicable(category: String) -> (standard: QCStandard, group: QCDeviceGroup)? {
        for s in all { if let g = s.group(for: category) { return (s, g) } }
        return nil
    }
}
