import GRDB
import RoundsCore

extension Recorder {
    /// Records one day of an imaging device's running-status log (R66), signed by the person who
    /// kept it ("I entered this record"). One record per device and day, never edited (R3); the day
    /// may not lie after today (R4), and the device must be an imaging device not scrapped (R8).
    @discardableResult
    public func recordRunningStatus(_ e: RunningStatusEntry, pin: String? = nil, today: Day) throws -> Int64 {
        let device = try Store.deviceForLicence(db, e.device)
        if device.status == .scrapped { throw StoreError.refused("R8", en: "device \(device.tag) is scrapped: it keeps no log", zh: "设备 \(device.tag) 已报废，不再记录运行状况") }
        guard ImagingDevices.isImaging(device) else {
            throw StoreError.refused("R66", en: "\(device.tag) (category '\(device.category)') is not an imaging device: it keeps no running-status log",
                                     zh: "\(device.tag)（类别“\(device.category)”）不是影像设备，不记录每日运行状况")
        }
        try Self.notAfterToday(e.day, today, what: RuleText(en: "the log day", zh: "记录日期"))
        if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imaging_status_log WHERE device = ? AND day = ?)",
                             arguments: [device.tag, e.day.description]) == true {
            throw StoreError.refused("R66", en: "\(device.tag) already has its running status of \(e.day): one record per day, never edited",
                                     zh: "\(device.tag) 已有 \(e.day) 的运行状况记录：每天一条，不得修改")
        }
        if let h = e.hoursInUse, !(0...24).contains(h) {
            throw StoreError.refused("R66", en: "hours in use must lie between 0 and 24, not \(h)", zh: "使用时长须在 0 到 24 小时之间，而不是 \(h)")
        }
        let id = try insert("imaging_status_log", [
            "device": device.tag, "day": e.day.description, "status": e.status.rawValue, "hours_in_use": e.hoursInUse,
            "exams": e.exams, "note": e.note, "kept_by": e.keptBy, "recorded_at": at.seconds, "recorded_by": actor])
        try sign("imaging_status_log", row: id, by: e.keptBy, pin: pin, meaning: .storeRecord)
        return id
    }

    /// Records what an imaging device can do (R70, R93): a new row, in force from now on.
    public func recordImagingSpec(_ spec: ImagingSpec) throws {
        try requireAdministrator(doing: RuleText(en: "record an imaging device's specification", zh: "登记影像设备的技术参数"))
        _ = try Store.deviceForLicence(db, spec.device)
        if let s = spec.slices, s < 1 { throw StoreError.refused("R70", en: "slices must be 1 or more, not \(s)", zh: "排数须至少为 1，而不是 \(s)") }
        if let t = spec.tesla, !(t > 0 && t <= 20) { throw StoreError.refused("R70", en: "field strength must lie in (0, 20] T, not \(t)", zh: "场强须在 0 到 20 T 之间，而不是 \(t)") }
        try insert("imaging_specs", ["device": spec.device, "slices": spec.slices, "tesla": spec.tesla,
                                     "features": ImagingFeature.allCases.filter(spec.features.contains).map(\.rawValue).joined(separator: ";"),
                                     "recorded_at": at.seconds, "recorded_by": actor])
    }
}
