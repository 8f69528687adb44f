import GRDB
import RoundsCore

/// Facility-wide settings fixed when the store is created (`rounds init --tz --since`).
public struct StoreSettings: Sendable, Equatable {
    /// Every day, month, quarter and 10-day boundary is in this zone.
    public var calendar: FacilityCalendar
    /// The day tracking begins: no requirement is due before it.
    public var since: Day
    /// When true, commands that sign need the signer's PIN.
    public var requirePIN: Bool

    public init(calendar: FacilityCalendar, since: Day, requirePIN: Bool = false) {
        self.calendar = calendar; self.since = since; self.requirePIN = requirePIN
    }

    static func load(_ db: Database) throws -> StoreSettings {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM settings")
        var map: [String: String] = [:]
        for r in rows { map[r["key"]] = r["value"] }
        guard let tz = map["tz"], let cal = FacilityCalendar(timeZoneID: tz),
              let sinceText = map["since"], let since = Day(parsing: sinceText) else {
            throw StoreError.refused("store settings are missing or damaged (tz/since)")
        }
        return StoreSettings(calendar: cal, since: since, requirePIN: map["require_pin"] == "yes")
    }

    func save(_ rec: Recorder) throws {
        for (k, v) in [("tz", calendar.identifier), ("since", since.description), ("require_pin", requirePIN ? "yes" : "no")] {
            try rec.upsert("settings", key: "key", ["key": k, "value": v])
        }
    }
}
