import GRDB
import RoundsCore

/// What a store is for (CONTRACT "Evidence"): an evidence store's records are evidence, so the clock of
/// a write is the system's and every signature is proven; a practice store (training, tests, the
/// demo) lets `--now` drive the clock and is marked as practice wherever records are shown.
public enum StoreKind: String, Sendable, Equatable {
    case evidence
    case practice
}

/// Facility-wide settings fixed when the store is created (`rounds init --tz --since [--practice]`).
public struct StoreSettings: Sendable, Equatable {
    /// Every day, month, quarter and 10-day boundary is in this zone.
    public var calendar: FacilityCalendar
    /// The day tracking begins: no requirement is due before it.
    public var since: Day
    /// When true, commands that sign need the signer's PIN.
    public var requirePIN: Bool
    /// Evidence or practice. A store made before the two kinds existed has no `store-kind` setting and
    /// is an evidence store.
    public var kind: StoreKind

    public init(calendar: FacilityCalendar, since: Day, requirePIN: Bool = false, kind: StoreKind = .evidence) {
        self.calendar = calendar; self.since = since; self.requirePIN = requirePIN; self.kind = kind
    }

    /// True for a practice store: `--now` sets the clock of writes, and every view says "practice".
    public var isPractice: Bool { kind == .practice }

    static func load(_ db: Database) throws -> StoreSettings {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM settings")
        var map: [String: String] = [:]
        for r in rows { map[r["key"]] = r["value"] }
        guard let tz = map["tz"], let cal = FacilityCalendar(timeZoneID: tz),
              let sinceText = map["since"], let since = Day(parsing: sinceText) else {
            throw StoreError.refused("store settings are missing or damaged (tz/since)")
        }
        return StoreSettings(calendar: cal, since: since, requirePIN: map["require_pin"] == "yes",
                             kind: map["store-kind"].flatMap(StoreKind.init(rawValue:)) ?? .evidence)
    }

    func save(_ rec: Recorder) throws {
        for (k, v) in [("tz", calendar.identifier), ("since", since.description), ("require_pin", requirePIN ? "yes" : "no"),
                      ("store-kind", kind.rawValue)] {
            try rec.upsert("settings", key: "key", ["key": k, "value": v])
        }
    }
}
