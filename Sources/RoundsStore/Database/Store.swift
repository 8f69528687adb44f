import Foundation
import GRDB
import RoundsCore

/// The Rounds store: one SQLite file in WAL mode, shared safely by several `rounds` processes.
///
/// Open an existing store with ``open(path:)``, create one with ``create(path:settings:)``. Reads go
/// through ``read(_:)``; every write goes through ``write(actor:at:_:)``, which hands out a
/// ``Recorder`` so that nothing is written without its audit entry.
public final class Store: @unchecked Sendable {
    public let path: String
    let pool: DatabasePool
    /// The facility settings fixed at `init` (time zone, the `--since` day).
    public let settings: StoreSettings
    /// When the next daily seal may be due (see DailySeal.swift).
    let dailySeal = DailySealState()
    /// When the next daily backup may be due (see DailyBackup.swift).
    let dailyBackup = DailySealState()
    /// The archive as last decoded (EquipmentMemo.swift).
    let equipmentMemo = EquipmentMemo()
    /// Opened read-only (StoreAccess.swift): every write is refused with one clear sentence.
    public let isReadOnly: Bool
    /// Whether SQLite's quick check passed before this store's first write (StoreAccess.swift).
    let soundness = SoundnessCheck()

    private init(path: String, pool: DatabasePool, readOnly: Bool = false) throws {
        self.path = path
        self.pool = pool
        self.isReadOnly = readOnly
        self.settings = try StoreAccess.translating(path) { try pool.read { try StoreSettings.load($0) } }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        // Several engineers may run rounds on one host: wait for a lock instead of failing at once.
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        // The writer's page cache: 64 MiB instead of SQLite's 2 MiB. A month of a large hospital's
        // records touches a leaf page of each index per device; with the small cache each insert
        // read a page back and spilled another into the WAL. SQLite fills the cache only with pages
        // it touches, so a short write costs nothing more; readers keep the default.
        config.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
        }
        return config
    }

    /// Opens an existing store, migrating it to the current schema.
    ///
    /// With `readOnly` — or when the store's file or folder cannot be written (read-only media) —
    /// it opens read-only instead: no `.lock` file, no migration (refused clearly when one would be
    /// needed), and every write refused with one sentence (StoreAccess.swift).
    public static func open(path: String, readOnly: Bool = false) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notInitialised(path) }
        let writable = StoreAccess.isWritable(path)
        if readOnly || !writable {
            do {
                return try Store(path: path, pool: StoreAccess.openReadOnlyPool(path), readOnly: true)
            } catch is StoreAccess.NeedsMigration {
                guard writable else { throw StoreAccess.needsMigration(path) }
                // An older schema on writable media: migrate it, as any open did before.
            }
        }
        let lock = try FileLock(path: path + ".lock")
        defer { withExtendedLifetime(lock) {} }
        let pool = try openPool(path)
        return try Store(path: path, pool: pool)
    }

    /// Creates a new store; refuses if the file exists (CONTRACT: `init` never overwrites). It is
    /// built beside `path` and renamed into place when complete (Backup.swift, `createAtomically`).
    public static func create(path: String, settings: StoreSettings, actor: String, at: Instant) throws -> Store {
        try createAtomically(path: path, settings: settings, actor: actor, at: at) { _ in }
    }

    /// Creates a store right at `path` (the temporary file of ``create(path:settings:actor:at:)``).
    static func createInPlace(path: String, settings: StoreSettings, actor: String, at: Instant) throws -> Store {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let lock = try FileLock(path: path + ".lock")
        defer { withExtendedLifetime(lock) {} }
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.alreadyExists(path) }
        let log = SealLog(storePath: path)
        try log.createNew()
        let pool: DatabasePool
        do { pool = try openPool(path) } catch { log.remove(); throw error }
        try pool.write { db in
            let rec = Recorder(db: db, actor: actor, at: at)
            try settings.save(rec)
            try rec.finishDerived()
        }
        let store = try Store(path: path, pool: pool)
        store.sealIfFirstWriteOfDay(actor: actor, at: at)   // the seal log's first line
        return store
    }

    private static func openPool(_ path: String) throws -> DatabasePool {
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            try Migrations.migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError {
            throw StoreAccess.problem(path, error)
        }
    }

    /// Runs a read-only query on a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreAccess.translating(path) { try pool.read(body) }
    }

    /// Runs `body` in one write transaction: all of it is saved, or none of it — but a wrong PIN is
    /// recorded even so (PINLockout.swift). `at` is the entry time of everything written (the audit
    /// time); `options` carries a late entry's reason and the signers' PINs. The first write of a
    /// facility-local day then appends a seal to `STORE.seals` (DailySeal.swift).
    public func write<T>(actor: String, at: Instant, options: WriteOptions = WriteOptions(),
                         _ body: (Recorder) throws -> T) throws -> T {
        try checkWritable()
        return try sealingDaily(actor: actor, at: at) {
            try recordingWrongPINs(actor: actor, at: at) {
                try StoreAccess.translating(path) { try pool.write { db in
                    let rule = WorkTimeRule(lateEntryHours: try Store.lateEntryHours(db))
                    let rec = Recorder(db: db, actor: actor, at: at, options: options, workTimeRule: rule, storeSettings: settings)
                    try rec.refuseAuditorActor()
                    let result = try body(rec)
                    try rec.finishDerived()
                    try rec.signForUnsignedWrite()
                    return result
                } }
            }
        }
    }

    /// The newest audit entry id: a cheap way for a running screen to notice changes by others.
    public func changeMark() throws -> Int64 {
        try read { try Int64.fetchOne($0, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0 }
    }
}
