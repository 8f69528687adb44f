import GRDB
import RoundsCore

/// Where an operating calendar applies: a whole department, or one device (which then overrides its
/// department's).
public enum CalendarScope: String, Sendable, Equatable {
    case department
    case device
}

/// One operating calendar in force (R68), as `config calendar list` shows it.
public struct OperatingCalendarSetting: Sendable, Equatable {
    public var scope: CalendarScope
    /// The department code or device tag.
    public var target: String
    public var calendar: OperatingCalendar
}

/// The table of operating calendars, migration "v18-operating-calendars": insert-only and audited;
/// the latest row for a scope and target is the calendar in force, `hours` its canonical text
/// (`OperatingCalendar.text`). Setting `mon-sun 00:00-24:00` brings back the 24 × 7 default.
enum OperatingCalendarSchema {
    static let auditedTables = ["operating_calendars"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE operating_calendars (
                id INTEGER PRIMARY KEY,
                scope TEXT NOT NULL CHECK (scope IN ('department', 'device')),
                target TEXT NOT NULL,
                hours TEXT NOT NULL,
                at INTEGER NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX operating_calendars_target ON operating_calendars(scope, target, id);
            """)
    }
}

extension Recorder {
    /// Sets the weekly operating hours of a department (by code) or a device (by tag) (R68); the
    /// name is looked for as a department first. Only the equipment head changes them.
    @discardableResult
    public func setOperatingCalendar(_ target: String, _ calendar: OperatingCalendar) throws -> OperatingCalendarSetting {
        try requireAdministrator(doing: RuleText(en: "setting operating calendars", zh: "设置运行时间表"))
        let scope: CalendarScope
        if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM departments WHERE code = ?)", arguments: [target]) == true {
            scope = .department
        } else if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM equipment WHERE tag = ?)", arguments: [target]) == true {
            scope = .device
        } else {
            throw StoreError.notFound(en: "no department or device '\(target)'", zh: "没有科室或设备 '\(target)'")
        }
        try insert("operating_calendars", ["scope": scope.rawValue, "target": target, "hours": calendar.text,
                                           "at": at.seconds, "by": actor])
        return OperatingCalendarSetting(scope: scope, target: target, calendar: calendar)
    }
}

extension Store {
    /// The calendars in force, departments first, each sorted by target.
    public func operatingCalendars() throws -> [OperatingCalendarSetting] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.* FROM operating_calendars c
                WHERE c.id = (SELECT MAX(d.id) FROM operating_calendars d WHERE d.scope = c.scope AND d.target = c.target)
                ORDER BY c.scope, c.target
                """).compactMap { r in
                guard let scope = CalendarScope(rawValue: r["scope"]), let cal = OperatingCalendar(parsing: r["hours"]) else { return nil }
                return OperatingCalendarSetting(scope: scope, target: r["target"], calendar: cal)
            }
        }
    }

    /// A device's calendar: its own, else its department's, else 24 × 7.
    public func operatingCalendarResolver() throws -> (DeviceExposure) -> OperatingCalendar {
        var departments: [String: OperatingCalendar] = [:], devices: [String: OperatingCalendar] = [:]
        for s in try operatingCalendars() {
            if s.scope == .department { departments[s.target] = s.calendar } else { devices[s.target] = s.calendar }
        }
        return { d in devices[d.device] ?? departments[d.department] ?? .allHours }
    }
}
