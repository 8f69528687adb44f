import Foundation
import GRDB
import RoundsCore

/// The automatic daily backup (R119): with the rule `backup-dir` set, the first write of each
/// facility-local day copies the store there as `NAME-YYYY-MM-DD.sqlite` (with its `.seals`), the way
/// `rounds backup` does, and keeps the newest `backup-keep` (default 30) such copies.
///
/// It hooks into ``Store/write(actor:at:options:_:)`` like the daily seal (DailySeal.swift), after
/// the transaction commits, and costs the same on the hot path: two integer comparisons until the
/// next day begins. The rules are read once a day per process. A backup that fails (a full or
/// missing folder) never fails the write: it is said like a seal problem, and tried again the next day.
extension Store {
    /// The copy's file name for `day`: `rounds-2026-12-01.sqlite` for the store `rounds.sqlite`.
    static func dailyBackupName(storePath: String, day: Day) -> String {
        let name = (storePath as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return "\(stem)-\(day).sqlite"
    }

    func backupIfFirstWriteOfDay(actor: String, at: Instant) {
        guard dailyBackup.mayBeDue(at) else { return }
        let calendar = settings.calendar
        let day = calendar.day(of: at)
        dailyBackup.sealed(through: day, calendar)
        do {
            let rules = try ruleValues()
            let dir = rules[.backupDir] ?? ""
            guard !dir.isEmpty else { return }
            let keep = rules[.backupKeep].flatMap(Int.init) ?? 30
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let dest = (dir as NSString).appendingPathComponent(Self.dailyBackupName(storePath: path, day: day))
            if !FileManager.default.fileExists(atPath: dest) {
                _ = try backup(to: dest, force: true, at: at, login: actor)
            }
            try pruneDailyBackups(dir, keep: keep)
        } catch {
            Self.reportSealProblem("the daily backup could not be made (\(error)); the write was saved — run `rounds backup DEST`")
        }
    }

    /// Removes the oldest daily copies beyond `keep` (names sort by day).
    func pruneDailyBackups(_ dir: String, keep: Int) throws {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "-"
        let copies = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            $0.hasPrefix(stem) && $0.hasSuffix(".sqlite") && Day(parsing: String($0.dropFirst(stem.count).dropLast(7))) != nil
        }.sorted()
        for name in copies.dropLast(keep) {
            let full = (dir as NSString).appendingPathComponent(name)
            try? FileManager.default.removeItem(atPath: full)
            try? FileManager.default.removeItem(atPath: full + ".seals")
        }
    }
}
