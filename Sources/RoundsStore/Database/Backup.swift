import Foundation
import GRDB
import RoundsCore
#if canImport(Glibc)
import Glibc
#endif

/// `rounds backup`, `rounds restore` and the files they build beside their target.
///
/// **Backup.** SQLite's online backup copies a consistent snapshot of the store — the WAL included —
/// while others read and write it (a `cp` of the file alone misses what the WAL holds). The seal log
/// is read *before* the snapshot, so every seal copied names an entry the copy holds. The copy is
/// built as `DEST.partial-PID` in rollback-journal mode (one self-contained file, readable on
/// read-only media), verified against the copied seal log, and only then renamed to `DEST` (with
/// `DEST.seals`).
///
/// **Restore.** The backup is verified first; then the store's newest audit entry must be in the
/// backup with the same hash — otherwise the store holds entries the backup lacks and restore refuses
/// unless forced. The copy is built beside the store (`STORE.restore-PID`), the store is taken out of
/// WAL mode (which only succeeds when no other connection has it open: a stale WAL must never be
/// replayed onto another file), the replaced store and seal log are kept as `STORE.replaced-TIME-PID`
/// and `STORE.replaced-TIME-PID.seals` (hard links), and the copy is renamed into place.
public struct BackupResult: Sendable {
    /// Where the copy is.
    public var path: String
    /// The seal of the copy's head, to print.
    public var seal: Seal
    public var report: VerifyReport
}

/// What `rounds restore` did.
public struct RestoreResult: Sendable {
    public var seal: Seal
    public var report: VerifyReport
    /// The store that was replaced, kept under this name (nil when there was none).
    public var replacedKeptAs: String?
}

enum BuildFiles {
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal", ".seals", ".lock"] { unlink(path + suffix) }
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func copyFile(_ from: String, _ to: String) throws {
        guard let data = FileManager.default.contents(atPath: from) else {
            throw StoreError.refused("cannot read \(from)")
        }
        do { try data.write(to: URL(fileURLWithPath: to)) } catch {
            throw StoreError.refused("cannot write \(to): \(error.localizedDescription)")
        }
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else {
            throw StoreError.refused("cannot rename \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    /// Renames the built `temp.seals` (or removes `dest.seals` when there is none) and `temp` into
    /// place, then removes what is left of `temp`.
    static func moveIntoPlace(_ temp: String, _ dest: String) throws {
        if exists(temp + ".seals") { try rename(temp + ".seals", dest + ".seals") } else { unlink(dest + ".seals") }
        try rename(temp, dest)
        remove(temp)
    }

    /// `(id, hash)` of the newest audit entry, `(0, genesis)` when there is none.
    static func head(_ db: Database) throws -> (id: Int64, hash: String) {
        let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        return (row?["id"] ?? 0, row?["hash"] ?? AuditChain.genesis)
    }

    /// Copies `reader`'s consistent snapshot into a new rollback-journal file at `path`.
    static func snapshot(_ reader: any DatabaseReader, into path: String) throws {
        let queue = try DatabaseQueue(path: path, configuration: Store.configuration())
        try reader.backup(to: queue)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode=DELETE") }
        try queue.close()
    }
}

extension Store {
    /// Writes a verified copy of the store to `dest` (with `dest.seals`); refuses an existing `dest`
    /// unless `force`. `at`/`login` date and sign the printed seal line only.
    public func backup(to dest: String, force: Bool = false, at: Instant, login: String) throws -> BackupResult {
        let fm = FileManager.default
        if (dest as NSString).standardizingPath == (path as NSString).standardizingPath {
            throw StoreError.refused("backup: \(dest) is the store itself: give another path")
        }
        if BuildFiles.exists(dest) && !force {
            throw StoreError.refused("backup: \(dest) already exists: give another path, or --force to replace it")
        }
        let dir = (dest as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let temp = dest + ".partial-\(getpid())"
        BuildFiles.remove(temp)
        do {
            // The log first: its seals then name only entries the snapshot holds.
            let log = fm.contents(atPath: sealLog.path)
            try StoreAccess.translating(temp) { try BuildFiles.snapshot(pool, into: temp) }
            if let log { try log.write(to: URL(fileURLWithPath: temp + ".seals")) }
            let copy = try Store.open(path: temp, readOnly: true)
            let report = try copy.verify()
            guard report.passed else {
                throw StoreError.refused("backup: the copy does not verify (\(report.integrity == "ok" ? report.firstProblem ?? "" : report.integrity)); nothing was kept — run `rounds verify` on the store")
            }
            let seal = try copy.headSeal(at: at, login: login)
            try copy.pool.close()
            for suffix in ["-wal", "-shm", "-journal"] { unlink(dest + suffix) }
            try BuildFiles.moveIntoPlace(temp, dest)
            return BackupResult(path: dest, seal: seal, report: report)
        } catch {
            BuildFiles.remove(temp)
            throw error
        }
    }

    /// Replaces the store at `path` with the verified backup `source` (and its `source.seals`).
    ///
    /// `authorise` runs on the current store before anything is replaced (the command proves an
    /// equipment head there). Refuses when the current store's newest audit entry is not in the
    /// backup with the same hash, unless `force`.
    public static func restore(from source: String, into path: String, force: Bool, at: Instant, login: String,
                               authorise: (Store) throws -> Void) throws -> RestoreResult {
        guard BuildFiles.exists(source) else { throw StoreError.refused("restore: no backup at \(source)") }
        if (source as NSString).standardizingPath == (path as NSString).standardizingPath {
            throw StoreError.refused("restore: \(source) is the store itself")
        }
        let backup = try Store.open(path: source, readOnly: true)
        let report = try backup.verify()
        guard report.passed else {
            throw StoreError.refused("restore: the backup \(source) does not verify (\(report.integrity == "ok" ? report.firstProblem ?? "" : report.integrity)); nothing was changed")
        }
        let backupHead = try backup.read(BuildFiles.head)
        var current: Store? = nil
        if BuildFiles.exists(path) {
            let store = try Store.open(path: path)
            try authorise(store)
            let head = try store.read(BuildFiles.head)
            let same = try backup.read { try String.fetchOne($0, sql: "SELECT hash FROM audit WHERE id = ?", arguments: [head.id]) }
            if head.id > 0 && same.map({ ByteText.equal($0, head.hash) }) != true && !force {
                let why = same == nil
                    ? "the store's audit log runs to entry #\(head.id), the backup's only to #\(backupHead.id)"
                    : "the store's audit entry #\(head.id) differs from the backup's: they are different histories"
                throw StoreError.refused("restore: the store holds audit entries the backup lacks (\(why)); nothing was changed — restore a newer backup, or give --force to replace it anyway (the replaced store is kept beside it)")
            }
            current = store
        }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let temp = path + ".restore-\(getpid())"
        BuildFiles.remove(temp)
        do {
            try StoreAccess.translating(temp) { try BuildFiles.snapshot(backup.pool, into: temp) }
            try backup.pool.close()
            let log = SealLog(storePath: source).path
            if BuildFiles.exists(log) { try BuildFiles.copyFile(log, temp + ".seals") }
            let copy = try Store.open(path: temp, readOnly: true)
            let again = try copy.verify()
            guard again.passed else { throw StoreError.refused("restore: the copy of \(source) does not verify; nothing was changed") }
            let seal = try copy.headSeal(at: at, login: login)
            try copy.pool.close()

            var kept: String?
            if let current {
                let lock = try FileLock(path: path + ".lock")
                defer { withExtendedLifetime(lock) {} }
                try current.closeCheckpointed()
                // Out of WAL mode: checkpoints, removes -wal and -shm, and fails while anyone else has it open.
                let queue = try DatabaseQueue(path: path, configuration: Store.configuration())
                let mode = try? queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode=DELETE") }
                try queue.close()
                guard mode == "delete" else {
                    throw StoreError.refused("restore: another program has \(path) open: close every rounds session on it (and the TUI) and run restore again; nothing was changed")
                }
                let name = path + ".replaced-\(Int64(Date().timeIntervalSince1970))-\(getpid())"
                guard link(path, name) == 0 else {
                    throw StoreError.refused("restore: cannot keep the replaced store as \(name): \(String(cString: strerror(errno))); nothing was changed")
                }
                kept = name
                let oldLog = SealLog(storePath: path).path
                if BuildFiles.exists(oldLog) { _ = link(oldLog, SealLog(storePath: name).path) }
            }
            try BuildFiles.moveIntoPlace(temp, path)
            return RestoreResult(seal: seal, report: again, replacedKeptAs: kept)
        } catch {
            BuildFiles.remove(temp)
            throw error
        }
    }

    /// Builds a new store in `PATH.partial-PID` beside `path`, lets `fill` write into it, and renames
    /// it (and its seal log) into place only when complete: a killed or failed `init` leaves no store
    /// (and never a 0-byte one). A partial file left by a killed run is removed first; one whose
    /// process still runs is refused, naming it.
    static func createAtomically(path: String, settings: StoreSettings, actor: String, at: Instant,
                                 fill: (Store) throws -> Void) throws -> Store {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let lockPath = path + ".lock"
        do {
            let lock = try FileLock(path: lockPath)
            defer { withExtendedLifetime(lock) {} }
            guard !BuildFiles.exists(path) else { throw StoreError.alreadyExists(path) }
            guard !BuildFiles.exists(path + ".seals") else {
                throw StoreError.refused("seal log \(path).seals already exists without its store: it anchors an earlier store's history; move it away first")
            }
            try cleanLeftovers(path)
        }
        let temp = path + ".partial-\(getpid())"
        do {
            let store = try Store.createInPlace(path: temp, settings: settings, actor: actor, at: at)
            try fill(store)
            try store.closeCheckpointed()
            let lock = try FileLock(path: lockPath)
            defer { withExtendedLifetime(lock) {} }
            guard !BuildFiles.exists(path) else { throw StoreError.alreadyExists(path) }
            // The store first: killed between the two renames (one system call apart), the store is
            // complete and verifies, only unanchored ("0 seals checked"), its log left as PARTIAL.seals.
            try BuildFiles.rename(temp, path)
            try BuildFiles.rename(temp + ".seals", path + ".seals")
            BuildFiles.remove(temp)
        } catch let error as StoreError {
            BuildFiles.remove(temp)
            // Name the store asked for, not the temporary file beside it.
            switch error {
            case .refused(let why): throw StoreError.refused(why.replacingOccurrences(of: temp, with: path))
            case .cannotOpen(_, let why): throw StoreError.cannotOpen(path, why)
            default: throw error
            }
        } catch {
            BuildFiles.remove(temp)
            throw error
        }
        return try Store.open(path: path)
    }

    /// Moves everything in the WAL into the store file and closes it, so the file alone is the store
    /// (GRDB may leave the WAL in place on close; renaming the file without it would lose its tail).
    func closeCheckpointed() throws {
        let busy = try StoreAccess.translating(path) {
            try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        guard busy == 0 else {
            throw StoreError.refused("\(path) is in use by another program (its WAL could not be checkpointed): close it and try again; nothing was changed")
        }
        try pool.close()
    }

    /// Removes `PATH.partial-PID` files whose process has ended; refuses while one still runs.
    static func cleanLeftovers(_ path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent + ".partial-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        for name in names where name.hasPrefix(base) {
            guard let pid = Int32(name.dropFirst(base.count)) else { continue }
            let full = (dir.isEmpty ? "" : dir + "/") + name
            if pid != getpid() && kill(pid, 0) == 0 {
                throw StoreError.refused("\(full) is being built by another rounds (process \(pid)): wait for it to finish, or stop it and run init again")
            }
            BuildFiles.remove(full)
        }
    }
}
