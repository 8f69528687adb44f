/// The licence tasks of a facility on a day (R65, R91–R95), from the records alone: the tasks are
/// derived, never stored, so scrapping a listed device opens its deregistration the moment the
/// scrapping completes, and recording the change closes it (docs/DECISIONS.md).
///
/// ```swift
/// // CT-1 in service, on no licence; the licence's verification due 2026-06-30; today 2026-07-01:
/// LicenceChecks.tasks(LicenceChecks.Facts(...), today: Day(2026, 7, 1)!)
/// // [verification-overdue (R91), not-on-licence CT-1 (R92)]
/// ```
public enum LicenceChecks {
    /// What the checks read.
    public struct Facts: Sendable {
        /// Each licence with its current verification due day (the latest verification's next due).
        public var licences: [(licence: RadiationLicence, due: Day)]
        /// The devices each licence lists now.
        public var listed: [LicensedDevice]
        /// Every device of the ledger.
        public var devices: [Equipment]
        public var specs: [String: ImagingSpec]
        /// Devices holding a configuration licence record now, tag → licence number.
        public var configurationLicences: [String: String]
        public var exemptions: [LicenceExemption]
        /// The scrapping request and day that scrapped a device, by tag (R65).
        public var scrapped: [String: (request: Int64, day: Day)]

        public init(licences: [(licence: RadiationLicence, due: Day)], listed: [LicensedDevice], devices: [Equipment],
                    specs: [String: ImagingSpec] = [:], configurationLicences: [String: String] = [:],
                    exemptions: [LicenceExemption] = [], scrapped: [String: (request: Int64, day: Day)] = [:]) {
            self.licences = licences; self.listed = listed; self.devices = devices; self.specs = specs
            self.configurationLicences = configurationLicences; self.exemptions = exemptions; self.scrapped = scrapped
        }
    }

    /// Whether a device is a ray device a licence must list (R92): flagged radiation, or of a
    /// category a radiation QC standard covers.
    public static func isRadiationDevice(_ d: Equipment) -> Bool {
        d.radiation || QCStandards.applicable(category: d.category) != nil
    }

    public static func tasks(_ f: Facts, today: Day, schedule: LicenceVerificationSchedule = LicenceVerificationSchedule()) -> [LicenceTask] {
        var out: [LicenceTask] = []
        for (l, due) in f.licences {
            let s = schedule.standing(due: due, today: today)
            if s.overdue {
                out.append(LicenceTask(kind: .verificationOverdue, rule: "R91", licence: l.number, day: due, text: RuleText(
                    en: "licence \(l.number): verification was due \(due), overdue by \(-s.daysLeft) day(s); the licence is invalid without it",
                    zh: "许可证 \(l.number)：应于 \(due) 校验，已超期 \(-s.daysLeft) 天；未按期校验的许可证无效")))
            } else if let step = s.reminder {
                out.append(LicenceTask(kind: .verificationDue, rule: "R91", licence: l.number, day: due, text: RuleText(
                    en: "licence \(l.number): verification due \(due), in \(s.daysLeft) day(s) (reminder \(step))",
                    zh: "许可证 \(l.number)：应于 \(due) 校验，还有 \(s.daysLeft) 天（\(step) 天提醒）")))
            }
        }
        let listedTags = Dictionary(f.listed.map { ($0.device, $0.licence) }, uniquingKeysWith: { a, _ in a })
        for d in f.devices.sorted(by: { $0.tag < $1.tag }) {
            if d.status == .inService && isRadiationDevice(d) && listedTags[d.tag] == nil {
                out.append(LicenceTask(kind: .notOnLicence, rule: "R92", device: d.tag, text: RuleText(
                    en: "\(d.tag) is an in-service radiation device no licence lists: apply for a licence change (变更) and record it (`rounds licence device-add`)",
                    zh: "\(d.tag) 是在用射线装置，但未列入任何放射诊疗许可证：须申请变更并记录（`rounds licence device-add`）")))
            }
            if let number = listedTags[d.tag], d.status == .stopped || d.status == .scrapped {
                let scrap = f.scrapped[d.tag]
                let why = scrap.map { RuleText(en: "scrapped by request \($0.request) on \($0.day)", zh: "已于 \($0.day) 经报废申请 \($0.request) 报废") }
                    ?? (d.status == .scrapped ? RuleText(en: "scrapped", zh: "已报废") : RuleText(en: "stopped", zh: "已停用"))
                out.append(LicenceTask(kind: .deregister, rule: scrap == nil ? "R92" : "R65", licence: number, device: d.tag, day: scrap?.day, text: RuleText(
                    en: "\(d.tag) on licence \(number) is \(why.en): apply for its deregistration (注销) and record it (`rounds licence device-remove`)",
                    zh: "许可证 \(number) 所列 \(d.tag) \(why.zh)：须申请注销并记录（`rounds licence device-remove`）")))
            }
            out += configurationTasks(d, f)
        }
        let issued = f.licences.map(\.licence.issuedOn)
        for e in f.exemptions where e.isOpen(licencesIssued: issued) {
            out.append(LicenceTask(kind: .exemptionOpen, rule: "R95", day: e.exemptedOn, text: RuleText(
                en: "exempted from licensing on \(e.exemptedOn) (\(e.basis)): if radiological work continues after the epidemic, complete the licensing procedures; open until a licence is recorded (`rounds licence add`)",
                zh: "自 \(e.exemptedOn) 起豁免放射诊疗许可（\(e.basis)）：疫情结束后仍继续开展放射诊疗的，须依法补办许可手续；记录许可证（`rounds licence add`）前此任务不关闭")))
        }
        return out
    }

    /// R93 and R65 for one device.
    static func configurationTasks(_ d: Equipment, _ f: Facts) -> [LicenceTask] {
        let held = f.configurationLicences[d.tag]
        if d.status == .scrapped {
            guard let number = held else { return [] }
            return [LicenceTask(kind: .configurationRelease, rule: "R65", licence: number, device: d.tag, day: f.scrapped[d.tag]?.day, text: RuleText(
                en: "\(d.tag) is scrapped but still holds configuration licence \(number): update the record with the authority (`rounds licence config-release`)",
                zh: "\(d.tag) 已报废，但仍登记有大型医用设备配置许可证 \(number)：须向发证机关办理并更新记录（`rounds licence config-release`）"))]
        }
        guard d.status.isTracked, held == nil else { return [] }
        switch ConfigurationCatalogue.needsLicence(category: d.category, spec: f.specs[d.tag], configuredOn: d.inService) {
        case true?:
            let e = ConfigurationCatalogue.entry(for: d.category, spec: f.specs[d.tag], configuredOn: d.inService)!
            let v = ConfigurationCatalogue.version(on: d.inService)!
            return [LicenceTask(kind: .configurationMissing, rule: "R93", device: d.tag, day: d.inService, text: RuleText(
                en: "\(d.tag) (\(e.name.en), \(e.grade.name.en) of the \(v.code) catalogue in force when it was configured on \(d.inService)) has no configuration licence recorded (`rounds licence config-add`)",
                zh: "\(d.tag)（\(d.inService) 配置时适用的 \(v.code) 年目录\(e.grade.name.zh)：\(e.name.zh)）未登记大型医用设备配置许可证（`rounds licence config-add`）"))]
        case nil:
            return [LicenceTask(kind: .configurationUnknown, rule: "R93", device: d.tag, day: d.inService, text: RuleText(
                en: "\(d.tag): whether it needs a configuration licence depends on its slices or field strength, which are not recorded (`rounds imaging spec`)",
                zh: "\(d.tag)：是否需要大型医用设备配置许可证取决于其排数或场强，尚未登记（`rounds imaging spec`）"))]
        case false?:
            return []
        }
    }
}
