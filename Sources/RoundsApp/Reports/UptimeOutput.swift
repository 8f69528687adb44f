import RoundsCore

/// `rounds report uptime` in its three forms. The time-based JSON is the contract's:
///
/// ```json
/// {"from": "2026-01-01", "to": "2026-03-31", "method": "time",
///  "fleet": {"exposure_hours": 6480.0, "downtime_hours": 52.5, "rate": 0.991898, "compliant": true},
///  "departments": [{"department": "ICU", ...}], "devices": [{"device": "ICU-V01", "department": "ICU", ...}]}
/// ```
///
/// Every form names its method, window, numerator and denominator (R120). Count-based methods give
/// `units` and `intact_units` instead of hours.
public enum UptimeOutput {
    static func numbers(_ l: UptimeLine, method: UptimeMethod) -> [(String, JSONValue)] {
        // Exactly the contract's keys for `time`; planned downtime is in the CSV and table forms. The
        // scheduled method, outside the contract, gives it in JSON too.
        let planned: [(String, JSONValue)] = method == .time ? [] : [("planned_hours", .number(l.plannedHours, places: 6))]
        return [("exposure_hours", .number(l.exposureHours, places: 6)), ("downtime_hours", .number(l.downtimeHours, places: 6))]
            + planned + [("rate", .number(l.rate, places: 6)), ("compliant", .bool(l.compliant))]
    }

    static func numbers(_ l: CountLine) -> [(String, JSONValue)] {
        [("units", .int(l.units)), ("intact_units", .int(l.intactUnits)), ("rate", .number(l.rate, places: 6)), ("compliant", .bool(l.compliant))]
    }

    static func percent(_ r: Double) -> String { String(format: "%.4f%%", r * 100) }

    public static func render(_ r: UptimeReport, format: OutputFormat, strings s: Strings) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                ("from", .string(r.from.description)), ("to", .string(r.to.description)), ("method", .string(r.method.rawValue)),
                ("fleet", r.fleet.map { .object(numbers($0, method: r.method)) } ?? .null),
                ("departments", .array(r.departments.map { .object([("department", .string($0.key))] + numbers($0, method: r.method)) })),
                ("devices", .array(r.devices.map { .object([("device", .string($0.key)), ("department", .string($0.department))] + numbers($0, method: r.method)) })),
            ]).text + "\n"
        case .csv:
            let all = (r.fleet.map { [$0] } ?? []) + r.departments + r.devices
            return CSVWriter.document(header: ["level", "key", "department", "exposure_hours", "downtime_hours", "planned_hours", "rate", "compliant"],
                                      rows: all.map { l in
                                          let level = l.key == UptimeLine.fleetKey ? "fleet" : (l.key == l.department ? "department" : "device")
                                          return [level, l.key, l.department, String(format: "%.6f", l.exposureHours), String(format: "%.6f", l.downtimeHours),
                                                  String(format: "%.6f", l.plannedHours), String(format: "%.6f", l.rate), l.compliant ? "yes" : "no"]
                                      })
        case .table:
            var out = "\(s.t(.uptimeTitle)) \(r.from) .. \(r.to)   \(s.t(.methodLabel)): \(s.method(r.method))\n"
            out += "\(s.t(.uptimeFormula))\n"
            guard let fleet = r.fleet else { return out + s.t(.noExposure) + "\n" }
            out += "\(s.t(.fleetTotal)): \(percent(fleet.rate)) \(s.standingTag(fleet.standing()))   "
                + "= 1 - \(String(format: "%.2f", fleet.downtimeHours)) h / \(String(format: "%.2f", fleet.exposureHours)) h\n\n"
            func rows(_ ls: [UptimeLine]) -> [[String]] {
                ls.map { [$0.key, String(format: "%.2f", $0.exposureHours), String(format: "%.2f", $0.downtimeHours),
                          String(format: "%.2f", $0.plannedHours), percent($0.rate), s.standingTag($0.standing())] }
            }
            let header = [s.t(.colKey2), s.t(.colExposureH), s.t(.colDowntimeH), s.t(.colPlannedH), s.t(.colIntactRate), ""]
            out += TextTable.render(header: header, rows: rows(r.departments), rightAligned: [1, 2, 3, 4])
            let worst = r.devices.filter { $0.downtimeSeconds > 0 }.sorted { ($0.rate, $0.key) < ($1.rate, $1.key) }
            out += "\n\(s.t(.devicesWithDowntime)): \(worst.count)\n"
            out += TextTable.render(header: header, rows: rows(worst), rightAligned: [1, 2, 3, 4])
            return out
        }
    }

    public static func render(_ r: CountRateReport, format: OutputFormat, strings s: Strings, calendar: FacilityCalendar) -> String {
        switch format {
        case .json:
            var head: [(String, JSONValue)] = [("from", .string(r.from.description)), ("to", .string(r.to.description)), ("method", .string(r.method.rawValue))]
            if let at = r.at { head.append(("at", .string(calendar.format(at, seconds: true)))) }
            return JSONValue.object(head + [
                ("fleet", r.fleet.map { .object(numbers($0)) } ?? .null),
                ("departments", .array(r.departments.map { .object([("department", .string($0.key))] + numbers($0)) })),
                ("devices", .array(r.devices.map { .object([("device", .string($0.key)), ("department", .string($0.department))] + numbers($0)) })),
            ]).text + "\n"
        case .csv:
            let all = (r.fleet.map { [$0] } ?? []) + r.departments + r.devices
            return CSVWriter.document(header: ["key", "department", "units", "intact_units", "rate", "compliant"],
                                      rows: all.map { [$0.key, $0.department, String($0.units), String($0.intactUnits), String(format: "%.6f", $0.rate), $0.compliant ? "yes" : "no"] })
        case .table:
            var out = "\(s.t(.uptimeTitle)) \(r.from) .. \(r.to)   \(s.t(.methodLabel)): \(s.method(r.method))\n"
            guard let fleet = r.fleet else { return out + s.t(.noExposure) + "\n" }
            out += "\(s.t(.fleetTotal)): \(percent(fleet.rate)) \(s.standingTag(fleet.standing()))   = \(fleet.intactUnits) / \(fleet.units)\n\n"
            out += TextTable.render(header: [s.t(.colKey2), s.t(.colUnits), s.t(.colIntact), s.t(.colIntactRate), ""],
                                    rows: r.departments.map { [$0.key, String($0.units), String($0.intactUnits), percent($0.rate), s.standingTag($0.standing())] },
                                    rightAligned: [1, 2, 3])
            return out
        }
    }
}

extension Strings {
    public func method(_ m: UptimeMethod) -> String {
        switch m {
        case .time: return t(.methodTime)
        case .snapshot: return t(.methodSnapshot)
        case .deviceDay: return t(.methodDeviceDay)
        case .scheduled: return t(.methodScheduled)
        }
    }

    /// `[达标]`, `[预警]`, `[未达标]`: the standing against the > 95 % target as text, never colour alone.
    public func standingTag(_ r: RateStanding) -> String {
        switch r {
        case .compliant: return t(.standingCompliant)
        case .warning: return t(.standingWarning)
        case .nonCompliant: return t(.standingNonCompliant)
        }
    }
}
