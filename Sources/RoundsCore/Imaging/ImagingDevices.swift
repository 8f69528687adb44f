/// Which devices are imaging devices (R66–R69): the ones that keep a daily running-status log and
/// whose running intact rate MN 3(14) sets above 95 %. By the ledger's category codes.
public enum ImagingDevices {
    public static let categories: Set<String> = ["dr", "ct", "mri", "ultrasound", "mammography", "dsa", "c-arm", "mobile-xray",
                                                 "dental-xray", "cbct", "fluoroscopy", "pet-ct", "pet-mr"]

    public static func isImaging(_ d: Equipment) -> Bool { categories.contains(d.category.lowercased()) }

    /// The days up to yesterday with no running-status record (R66): every calendar day from the
    /// later of the device's in-service day and the start of tracking, for an in-service device. A
    /// day is flagged the next morning, as a missing daily check is (R23, ``DailyCheckRule``).
    ///
    /// ```swift
    /// // CT-1 logged 1–3 and 5 March, today 6 March: 4 March is missing (flagged since the 5th).
    /// ImagingDevices.missingDays(device: ct1, since: Day(2026, 3, 1)!, logged: days, today: Day(2026, 3, 6)!)
    /// ```
    public static func missingDays(device: Equipment, since: Day, logged: Set<Day>, today: Day) -> [Day] {
        guard isImaging(device) else { return [] }
        return DailyCheckRule.missingChecks(device: device, since: since, workingDays: .everyDay, checkDays: logged, today: today)
    }
}
