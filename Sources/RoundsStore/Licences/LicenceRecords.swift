import GRDB
import RoundsCore

extension Recorder {
    /// Records a Radiological Diagnosis and Treatment Licence (R90). Licences are administration:
    /// the equipment head, proven. Its issue day may not lie after today (R4).
    public func recordLicence(_ l: RadiationLicence, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "record a radiological diagnosis and treatment licence", zh: "登记放射诊疗许可证"))
        guard !l.number.isEmpty, !l.holder.isEmpty, !l.authority.isEmpty, !l.categories.isEmpty else {
            throw StoreError.refused("R90", en: "a licence needs its number, holder, issuing authority and at least one category (--category)",
                                     zh: "许可证须有编号、持证单位、发证机关和至少一个诊疗类别（--category）")
        }
        try Self.notAfterToday(l.issuedOn, today, what: RuleText(en: "the licence's issue day", zh: "许可证发证日期"))
        guard l.verificationDue > l.issuedOn else {
            throw StoreError.refused("R91", en: "the next verification (\(l.verificationDue)) must come after the issue day (\(l.issuedOn))",
                                     zh: "下次校验日期（\(l.verificationDue)）须晚于发证日期（\(l.issuedOn)）")
        }
        if try Store.licence(db, l.number) != nil {
            throw StoreError.refused("R90", en: "licence \(l.number) is already recorded", zh: "许可证 \(l.number) 已登记")
        }
        try insert("radiation_licences", [
            "number": l.number, "holder": l.holder, "authority": l.authority, "issued_on": l.issuedOn.description,
            "categories": LicenceCategory.allCases.filter(l.categories.contains).map(\.rawValue).joined(separator: ";"),
            "verification_due": l.verificationDue.description, "scans": l.scans.joined(separator: "\n"),
            "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Records a verification (校验) of licence `v.licence` and the next due day it set (R91).
    public func recordLicenceVerification(_ v: LicenceVerification, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "record a licence verification", zh: "登记许可证校验"))
        guard let l = try Store.licence(db, v.licence) else { throw Store.noLicence(v.licence) }
        try Self.notAfterToday(v.verifiedOn, today, what: RuleText(en: "the verification day", zh: "校验日期"))
        guard v.verifiedOn >= l.issuedOn, v.nextDue > v.verifiedOn else {
            throw StoreError.refused("R91", en: "a verification lies on or after the issue day (\(l.issuedOn)) and sets a next due day after itself",
                                     zh: "校验日期不得早于发证日期（\(l.issuedOn)），下次校验日期须晚于本次校验日期")
        }
        try insert("licence_verifications", ["licence": l.number, "verified_on": v.verifiedOn.description, "next_due": v.nextDue.description,
                                             "note": v.note, "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Lists a device on a licence copy with its parameters (R90, R92): the change the authority
    /// approved on `day`. A device is on one licence at a time; a scrapped one takes no listing (R8).
    public func addLicensedDevice(_ entry: LicensedDevice, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "change a licence's device list", zh: "变更许可证所列设备"))
        guard try Store.licence(db, entry.licence) != nil else { throw Store.noLicence(entry.licence) }
        let device = try Store.deviceForLicence(db, entry.device)
        if device.status == .scrapped {
            throw StoreError.refused("R8", en: "device \(device.tag) is scrapped: it cannot be listed on a licence", zh: "设备 \(device.tag) 已报废，不能列入许可证")
        }
        try Self.notAfterToday(entry.listedOn, today, what: RuleText(en: "the change day", zh: "变更日期"))
        if let on = try Store.licenceOf(db, device: device.tag) {
            throw StoreError.refused("R92", en: "\(device.tag) is already listed on licence \(on)", zh: "\(device.tag) 已列入许可证 \(on)")
        }
        guard !entry.parameters.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.refused("R90", en: "the licence copy lists each device with its main parameters (--parameters, e.g. \"150 kV / 630 mA\")",
                                     zh: "许可证副本须列明设备的主要参数（--parameters，如 \"150 kV / 630 mA\"）")
        }
        try insert("licence_devices", ["licence": entry.licence, "device": device.tag, "event": "added", "parameters": entry.parameters,
                                       "changed_on": entry.listedOn.description, "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Takes a device off its licence (R92, R65: deregistration, 注销) on `day`, with the reason.
    public func removeLicensedDevice(_ tag: String, on day: Day, reason: String, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "change a licence's device list", zh: "变更许可证所列设备"))
        guard let number = try Store.licenceOf(db, device: tag) else {
            throw StoreError.refused("R92", en: "\(tag) is on no licence", zh: "\(tag) 未列入任何许可证")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.refused("R92", en: "a deregistration needs its reason (--reason)", zh: "注销须说明原因（--reason）")
        }
        try Self.notAfterToday(day, today, what: RuleText(en: "the change day", zh: "变更日期"))
        try insert("licence_devices", ["licence": number, "device": tag, "event": "removed", "changed_on": day.description,
                                       "reason": reason, "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Records the epidemic exemption (R95) with its basis document; opens the licensing task.
    @discardableResult
    public func recordLicenceExemption(basis: String, on day: Day, note: String, today: Day) throws -> Int64 {
        try requireAdministrator(doing: RuleText(en: "record a licensing exemption", zh: "登记放射诊疗许可豁免"))
        guard !basis.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.refused("R95", en: "an exemption needs its basis document (--basis, e.g. \(LicenceExemption.epidemicBasis))",
                                     zh: "豁免须注明依据文件（--basis，如 \(LicenceExemption.epidemicBasis)）")
        }
        try Self.notAfterToday(day, today, what: RuleText(en: "the exemption day", zh: "豁免日期"))
        return try insert("licence_exemptions", ["basis": basis, "exempted_on": day.description, "note": note,
                                                 "recorded_at": at.seconds, "recorded_by": actor])
    }

    /// Records a device's Large Medical Equipment Configuration Licence (R93), or its release after
    /// scrapping (`number` nil, R65).
    public func recordConfigurationLicence(device tag: String, number: String?, grade: ConfigurationCatalogue.Grade?, authority: String,
                                           on day: Day, today: Day) throws {
        try requireAdministrator(doing: RuleText(en: "record a configuration licence", zh: "登记大型医用设备配置许可证"))
        let device = try Store.deviceForLicence(db, tag)
        try Self.notAfterToday(day, today, what: RuleText(en: "the licence day", zh: "许可日期"))
        let held = try Store.configurationLicences(db)[device.tag]
        if let number {
            guard !number.isEmpty, held == nil else {
                throw StoreError.refused("R93", en: held.map { "\(device.tag) already holds configuration licence \($0)" } ?? "a configuration licence needs its number",
                                         zh: held.map { "\(device.tag) 已登记配置许可证 \($0)" } ?? "配置许可证须有编号")
            }
            try insert("configuration_licences", ["device": device.tag, "event": "granted", "number": number, "grade": grade?.rawValue ?? "",
                                                  "authority": authority, "changed_on": day.description, "recorded_at": at.seconds, "recorded_by": actor])
        } else {
            guard let held else {
                throw StoreError.refused("R93", en: "\(device.tag) holds no configuration licence", zh: "\(device.tag) 未登记配置许可证")
            }
            try insert("configuration_licences", ["device": device.tag, "event": "released", "number": held, "authority": authority,
                                                  "changed_on": day.description, "recorded_at": at.seconds, "recorded_by": actor])
        }
    }

    /// R4 for the papers' days: a day of work may not lie after today.
    static func notAfterToday(_ day: Day, _ today: Day, what: RuleText) throws {
        if day > today {
            throw StoreError.refused("R4", en: "\(what.en) \(day) is after today (\(today)): it cannot be recorded before it happens",
                                     zh: "\(what.zh) \(day) 晚于今天（\(today)）：不能在发生之前记录")
        }
    }
}
