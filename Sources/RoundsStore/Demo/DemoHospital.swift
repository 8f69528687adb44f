import Foundation
import RoundsCore

/// The sample hospital behind `rounds demo` and `rounds init --demo`.
///
/// It imports `Data/departments.csv`, `people.csv` and `equipment.csv` through the ordinary importer
/// (so the demo exercises the same checks a hospital's own files do), then writes a plausible,
/// deterministic history up to `now` with the ordinary write path: every demo record is audited and
/// `rounds verify` passes on a fresh demo store.
public enum DemoHospital {
    /// The person the demo runs as (演示用户, engineer and equipment head).
    public static let demoLogin = "demo"

    /// Every demo person's PIN (documented in README and docs/cli.md; the hospital is a practice store).
    public static let demoPIN = DemoHistory.demoPIN

    /// Tracking in the demo begins on the first day of the month twelve months before `now`, so
    /// monthly and quarterly history and a 12-month trend have something to show.
    public static func since(now: Instant, calendar: FacilityCalendar) -> Day {
        let today = calendar.day(of: now)
        var y = today.year, m = today.month - 12
        if m < 1 { m += 12; y -= 1 }
        return Day(y, m, 1)!
    }

    /// The parts of the sample hospital, in the order they are written (for a progress line: the
    /// first creation takes seconds).
    public enum Part: String, CaseIterable, Sendable {
        case archive, statusChanges = "status changes", inspections, tickets, maintenance, pins = "PINs", dailyChecks = "daily checks"
    }

    /// Creates the store at `path` and fills it, saying which part it is writing. Refuses if the
    /// file exists.
    @discardableResult
    public static func create(path: String, settings: StoreSettings, dataDirectory: String, now: Instant,
                              progress: (Part) -> Void = { _ in }) throws -> Store {
        let calendar = settings.calendar
        let start = min(now, calendar.instant(settings.since, secondOfDay: 8 * 3600))
        // Built beside `path` and renamed into place only when the whole history is written.
        return try Store.createAtomically(path: path, settings: settings, actor: demoLogin, at: start) { store in
            progress(.archive)
            let importer = Importer(store: store, actor: demoLogin, at: start, options: .generated)
            _ = try importer.run(.departments, file: dataDirectory + "/departments.csv")
            _ = try importer.run(.people, file: dataDirectory + "/people.csv")

            // Devices that end stopped or scrapped start the year in service; their change comes later.
            let equipmentFile = dataDirectory + "/equipment.csv"
            let (initial, finals) = try initialEquipment(equipmentFile)
            let temp = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-demo-\(getpid())-equipment.csv").path
            try initial.write(toFile: temp, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: temp) }
            _ = try importer.run(.equipment, file: temp)

            var history = DemoHistory(store: store, calendar: calendar, since: settings.since, now: now)
            progress(.statusChanges)
            try history.statusChanges(finalStatuses: finals)
            progress(.inspections)
            try history.inspections()
            progress(.tickets)
            try history.tickets()
            try history.hazardsInHand()
            progress(.maintenance)
            try history.maintenance()
            try history.imagingCalendarAndMaintenanceSpans()
            try history.maintenanceModes()
            try history.qcTests()
            try history.stabilityTests()
            try history.licencesAndImagingLog()
            progress(.pins)
            try history.documentedPINs()
            progress(.dailyChecks)
            try history.dailyChecks()
        }
    }

    /// The equipment file with every stopped or scrapped device set in service, and those devices'
    /// final statuses.
    static func initialEquipment(_ file: String) throws -> (String, [String: EquipmentStatus]) {
        guard let data = FileManager.default.contents(atPath: file), let (text, _) = ImportEncoding.decode(data) else {
            throw StoreError.notFound(en: "\(file): cannot read the sample equipment", zh: "\(file)：无法读取示例医院的设备")
        }
        let records = try CSVReader.parse(text)
        guard let header = records.first, let statusIndex = header.fields.firstIndex(of: "status"),
              let tagIndex = header.fields.firstIndex(of: "tag") else {
            throw StoreError.refused("\(file): no tag/status columns")
        }
        var finals: [String: EquipmentStatus] = [:]
        var rows = [header.fields]
        for r in records.dropFirst() {
            var f = r.fields
            if let s = EquipmentStatus(parsing: f[statusIndex]), s == .stopped || s == .scrapped {
                finals[f[tagIndex]] = s
                f[statusIndex] = EquipmentStatus.inService.rawValue
            }
            rows.append(f)
        }
        let csv = rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        return (csv, finals)
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
