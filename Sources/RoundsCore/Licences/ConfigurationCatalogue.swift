/// The Large Medical Equipment Configuration Licence catalogue (大型医用设备配置许可管理目录) as
/// versioned data (R93; DOMAIN §5.4): which device types need a configuration licence, by the
/// version in force on the day the device was configured (its in-service day).
///
/// The 2018 catalogue listed CT of 64 slices and more and MRI of 1.5 T and more in class B; the
/// 2023 catalogue removed them and added PET/MR, TomoTherapy-type and Edge/VersaHD-type radiotherapy
/// systems and laparoscopic surgical systems. The entries are representative of each catalogue's
/// device types by the ledger's category codes; Data/config-licence-catalogue.csv is the same table
/// for people to review (a test keeps the two equal), and docs/DECISIONS.md says what to verify.
///
/// ```swift
/// ConfigurationCatalogue.version(on: Day(2020, 5, 1)!)?.code          // "2018"
/// ConfigurationCatalogue.entry(for: "ct", spec: ImagingSpec(device: "CT-2", slices: 64),
///                              configuredOn: Day(2020, 5, 1)!)?.grade   // .b
/// ConfigurationCatalogue.entry(for: "ct", spec: ImagingSpec(device: "CT-2", slices: 64),
///                              configuredOn: Day(2024, 1, 1)!)          // nil: not in the 2023 catalogue
/// ```
public enum ConfigurationCatalogue {
    /// Class A (甲类, licensed by the NHC) or class B (乙类, by the provincial health commission).
    public enum Grade: String, CaseIterable, Hashable, Sendable {
        case a = "A", b = "B"
        public var name: RuleText { self == .a ? RuleText(en: "class A", zh: "甲类") : RuleText(en: "class B", zh: "乙类") }
    }

    /// One device type of one catalogue version. `minSlices` / `minTesla`: the type covers only a
    /// CT of at least that many slices, an MRI of at least that field strength.
    public struct Entry: Hashable, Sendable {
        public var category: String
        public var grade: Grade
        public var minSlices: Int?
        public var minTesla: Double?
        public var name: RuleText

        public init(_ category: String, _ grade: Grade, minSlices: Int? = nil, minTesla: Double? = nil, en: String, zh: String) {
            self.category = category; self.grade = grade; self.minSlices = minSlices; self.minTesla = minTesla
            self.name = RuleText(en: en, zh: zh)
        }

        /// Whether a device of this category with `spec` is of the type; nil when the spec lacks the
        /// figure the entry needs (slices, tesla) and so cannot say.
        public func covers(spec: ImagingSpec?) -> Bool? {
            if let min = minSlices { return spec?.slices.map { $0 >= min } }
            if let min = minTesla { return spec?.tesla.map { $0 >= min } }
            return true
        }
    }

    public struct Version: Hashable, Sendable {
        /// `2018`, `2023`.
        public var code: String
        /// The first day the version applies to newly configured devices.
        public var effective: Day
        public var basis: String
        public var entries: [Entry]
    }

    public static let v2018 = Version(code: "2018", effective: Day(2018, 5, 22)!, basis: "国卫规划发〔2018〕12号 目录（2018年版）", entries: [
        Entry("proton-therapy", .a, en: "Heavy-ion and proton therapy system", zh: "重离子质子放射治疗系统"),
        Entry("pet-ct", .b, en: "PET/CT", zh: "正电子发射型计算机断层扫描仪（PET/CT）"),
        Entry("ct", .b, minSlices: 64, en: "CT of 64 slices and more", zh: "64排及以上X线计算机断层扫描仪"),
        Entry("mri", .b, minTesla: 1.5, en: "MRI of 1.5 T and more", zh: "1.5T及以上磁共振成像系统"),
        Entry("linac", .b, en: "Medical linear accelerator", zh: "医用直线加速器"),
        Entry("gamma-knife", .b, en: "Gamma-ray stereotactic radiotherapy system", zh: "伽玛射线立体定向放射治疗系统"),
        Entry("surgical-robot", .b, en: "Endoscopic surgical instrument control system", zh: "内窥镜手术器械控制系统"),
    ])

    public static let v2023 = Version(code: "2023", effective: Day(2023, 3, 27)!, basis: "大型医用设备配置许可管理目录（2023年）", entries: [
        Entry("proton-therapy", .a, en: "Heavy-ion and proton therapy system", zh: "重离子质子放射治疗系统"),
        Entry("pet-ct", .b, en: "PET/CT", zh: "正电子发射型计算机断层扫描仪（PET/CT）"),
        Entry("pet-mr", .b, en: "PET/MR", zh: "正电子发射型磁共振成像系统（PET/MR）"),
        Entry("tomotherapy", .b, en: "Helical tomotherapy system (TomoTherapy HD/HDA)", zh: "螺旋断层放射治疗系统"),
        Entry("linac", .b, en: "Radiotherapy system of the Edge/VersaHD type", zh: "X线立体定向放射治疗系统（Edge、VersaHD型）"),
        Entry("gamma-knife", .b, en: "Gamma-ray stereotactic radiotherapy system", zh: "伽玛射线立体定向放射治疗系统"),
        Entry("surgical-robot", .b, en: "Laparoscopic endoscopic surgical system", zh: "腹腔内窥镜手术系统"),
    ])

    /// Every version, oldest first.
    public static let versions: [Version] = [v2018, v2023]

    /// The version in force on `day`: the latest effective on or before it; nil before the first.
    public static func version(on day: Day) -> Version? { versions.last { $0.effective <= day } }

    /// The entry a device falls under, by the version in force when it was configured. `nil` when
    /// it needs no licence. Use ``needsLicence(category:spec:configuredOn:)`` to tell "no" from
    /// "cannot say".
    public static func entry(for category: String, spec: ImagingSpec?, configuredOn day: Day) -> Entry? {
        guard let v = version(on: day) else { return nil }
        return v.entries.first { $0.category == category.lowercased() && $0.covers(spec: spec) == true }
    }

    /// Whether a device needs a configuration licence (R93): `true`, `false`, or nil when its type
    /// is on the catalogue only above a figure (slices, tesla) that its spec does not record.
    public static func needsLicence(category: String, spec: ImagingSpec?, configuredOn day: Day) -> Bool? {
        guard let v = version(on: day) else { return false }
        let candidates = v.entries.filter { $0.category == category.lowercased() }
        if candidates.contains(where: { $0.covers(spec: spec) == true }) { return true }
        if candidates.contains(where: { $0.covers(spec: spec) == nil }) { return nil }
        return false
    }
}
