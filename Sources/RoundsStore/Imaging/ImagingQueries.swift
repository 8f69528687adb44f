import GRDB
import RoundsCore

/// A missing day of an imaging device's running-status log (R66): the device, the day, and the
/// person who keeps its log (its custodian) to whom it is shown.
public struct ImagingMissingDay: Sendable, Equatable {
    public var device: String
    public var department: String
    public var day: Day
    public var keeper: String
}

extension Store {
    /// The running-status log of [from, to], by device then day (R66).
    public func imagingLog(from: Day, to: Day, department: String? = nil) throws -> [RunningStatusEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.* FROM imaging_status_log l JOIN equipment e ON e.tag = l.device
                WHERE l.day >= ? AND l.day <= ? AND (?3 IS NULL OR e.department = ?3) ORDER BY l.device, l.day
                """, arguments: [from.description, to.description, department]).map(Store.runningStatus)
        }
    }

    /// The days up to yesterday with no running-status record, per in-service imaging device, from
    /// `from` on (default: the start of tracking): a day is flagged the next morning (R66, R23).
    public func imagingMissingDays(today: Day, from: Day? = nil, department: String? = nil) throws -> [ImagingMissingDay] {
        let start = max(from ?? settings.since, settings.since)
        let devices = try equipment(EquipmentFilter(department: department)).filter(ImagingDevices.isImaging)
        let logged = try imagingLog(from: start, to: today, department: department)
        let days = Dictionary(grouping: logged, by: \.device).mapValues { Set($0.map(\.day)) }
        return devices.flatMap { d in
            ImagingDevices.missingDays(device: d, since: start, logged: days[d.tag] ?? [], today: today)
                .map { ImagingMissingDay(device: d.tag, department: d.department, day: $0, keeper: d.custodian) }
        }
    }

    /// The imaging centre's configuration check on `today` (R70): each requirement of BS 6 with the
    /// in-service devices filling it and those present but down (an open ticket with the device out
    /// of service, or today's log `down`).
    public func imagingConfiguration(today: Day, department: String? = nil) throws -> [ImagingConfiguration.Line] {
        let devices = try equipment(EquipmentFilter(department: department))
        return try read { db in
            var down = Set(try String.fetchAll(db, sql: "SELECT device FROM tickets WHERE down_from IS NOT NULL AND down_to IS NULL"))
            down.formUnion(try String.fetchAll(db, sql: "SELECT device FROM imaging_status_log WHERE day = ? AND status = 'down'",
                                               arguments: [today.description]))
            return ImagingConfiguration.check(devices: devices, specs: try Store.imagingSpecs(db), down: down)
        }
    }

    /// The imaging devices' running intact rate for [from, to] as of `now` (R68, R69), from the
    /// tickets and the running-status log through ``UptimeCalculator``.
    public func imagingUptime(from: Day, to: Day, now: Instant, department: String? = nil) throws -> UptimeReport {
        let calendar = settings.calendar
        let devices = try equipment(EquipmentFilter(department: department))
        let exposures = try self.exposures(now: now, department: department, since: calendar.startOfDay(from))
        let logs = Dictionary(grouping: try imagingLog(from: from, to: to, department: department), by: \.device)
        return ImagingUptime.report(from: from, to: to, now: now, calendar: calendar, devices: devices, exposures: exposures, logs: logs)
    }

    /// Each in-service imaging device's dedicated person and calibration/maintenance plans, with
    /// what R67 finds missing, by tag.
    public func imagingUpkeep(department: String? = nil) throws -> [ImagingUpkeep] {
        ImagingUpkeep.check(devices: try equipment(EquipmentFilter(department: department)), plans: try maintenancePlans(),
                            people: Set(try people().map(\.login)))
    }

    /// Every imaging device's spec in force, by tag.
    public func imagingSpecs() throws -> [String: ImagingSpec] { try read(Store.imagingSpecs) }

    static func imagingSpecs(_ db: Database) throws -> [String: ImagingSpec] {
        var out: [String: ImagingSpec] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT * FROM imaging_specs ORDER BY id") {
            out[r["device"]] = ImagingSpec(device: r["device"], slices: r["slices"], tesla: r["tesla"],
                                           features: Set((r["features"] as String).split(separator: ";").compactMap { ImagingFeature(rawValue: String($0)) }))
        }
        return out
    }

    static func runningStatus(_ r: Row) -> RunningStatusEntry {
        RunningStatusEntry(device: r["device"], day: Day(parsing: r["day"]) ?? Day(dayNumber: 0),
                           status: RunningStatus(rawValue: r["status"]) ?? .down, hoursInUse: r["hours_in_use"], exams: r["exams"],
                           note: r["note"], keptBy: r["kept_by"])
    }
}
