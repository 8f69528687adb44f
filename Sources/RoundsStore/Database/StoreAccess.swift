import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Opening a store read-only, and saying in one sentence what went wrong with its file.
///
/// **Read-only.** `Store.open(path:readOnly:)` opens read-only when a command only reads, or when
/// the store's file or folder cannot be written (read-only media: `access(2)` says so even to root
/// on a read-only mount). A read-only open takes no `.lock` file and runs no migration: when the
/// schema is not the current one it refuses ("a newer rounds must open it where it can be written
/// first") instead of reading tables that are not there — unless the media is writable, where a
/// reading command's open migrates as any open did before. A store in WAL mode whose `-shm` file is
/// missing and cannot be created (a read-only folder) is opened `immutable` (SQLite then reads the
/// file as it is, which is what a store on read-only media is). Every write to a read-only store is
/// refused before it starts.
///
/// **Broken media.** SQLite's full disk, read-only, corrupt, locked and I/O errors become one
/// sentence each (``problem(_:_:)``): what happened, that nothing was written (the transaction rolled
/// back), and what to do. Other database errors are left as they are.
///
/// **Quick check.** Before the first write of a process, `PRAGMA quick_check` must say "ok"; a store
/// with damaged pages refuses writes, so that nothing is added to a file that is no longer sound.
enum StoreAccess {
    /// Whether the store's file and its folder may be written (the folder holds `-wal`, `-shm`, `.lock`).
    static func isWritable(_ path: String) -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(dir.isEmpty ? "." : dir, W_OK) == 0
    }

    /// A read-only pool on an existing store whose schema is current.
    static func openReadOnlyPool(_ path: String) throws -> DatabasePool {
        var config = Store.configuration()
        config.readonly = true
        func attempt(_ target: String) throws -> DatabasePool {
            let pool = try DatabasePool(path: target, configuration: config)
            let current = try pool.read { try Migrations.migrator.hasCompletedMigrations($0) }
            guard current else { throw NeedsMigration() }
            return pool
        }
        do {
            return try attempt(path)
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CANTOPEN {
            // WAL mode without a -shm file that can be created: read the file as it is.
            let uri = "file:" + path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
                .replacingOccurrences(of: "#", with: "%23") + "?immutable=1"
            do { return try attempt(uri) } catch let e as DatabaseError { throw problem(path, e) }
        } catch let e as DatabaseError {
            throw problem(path, e)
        }
    }

    /// The store's schema is older than this program's: a read-only open cannot migrate it.
    struct NeedsMigration: Error {}

    static func needsMigration(_ path: String) -> StoreError {
        .refused("\(path) was made by an older rounds and must be upgraded where it can be written: open it once on writable media (any command does); nothing was written")
    }

    /// Runs `body`, turning a broken-media database error into one sentence.
    static func translating<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as DatabaseError {
            if let sentence = sentence(path, e) { throw StoreError.refused(sentence) }
            throw e
        }
    }

    /// The error to show for `error` on the store at `path`.
    static func problem(_ path: String, _ error: DatabaseError) -> StoreError {
        if let sentence = sentence(path, error) { return .refused(sentence) }
        return .cannotOpen(path, error.message ?? "\(error)")
    }

    /// One sentence for full disk, read-only, corrupt, locked, unopenable and I/O errors; nil otherwise.
    static func sentence(_ path: String, _ error: DatabaseError) -> String? {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL:
            return "the disk holding \(path) is full: nothing was written; free some space (or move the store to a larger disk) and run the command again"
        case .SQLITE_READONLY:
            return "\(path) cannot be written (read-only media, a read-only mount or file permissions): nothing was written; reading commands still work — make it writable, or copy it with `rounds backup` to writable media, to record"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "\(path) is damaged (SQLite found corrupt pages: \(detail)): nothing was written; keep this file for inspection and restore the last good backup with `rounds restore BACKUP` (docs/cli.md)"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "\(path) is locked by another program for more than 10 seconds: nothing was written; wait for it to finish (or close it) and run the command again"
        case .SQLITE_CANTOPEN:
            return "cannot open \(path) (\(detail)): check that the file and its folder exist and can be read"
        case .SQLITE_IOERR:
            return "\(path) could not be read or written (a disk or file-system error: \(detail)): nothing was written; check the disk, then run `rounds verify`"
        default:
            return nil
        }
    }
}

/// Whether a store passed SQLite's quick check, asked once per process, before its first write.
final class SoundnessCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var passed = false

    func check(_ run: () throws -> Void) throws {
        lock.lock(); defer { lock.unlock() }
        guard !passed else { return }
        try run()
        passed = true
    }
}

extension Store {
    /// Refuses a write to a read-only store, or to one that fails SQLite's quick check.
    func checkWritable() throws {
        if isReadOnly {
            throw StoreError.refused("\(path) is open read-only (read-only media, or a command that only reads): nothing was written; make the file and its folder writable to record")
        }
        try soundness.check {
            let answer = try read { try String.fetchAll($0, sql: "PRAGMA quick_check").joined(separator: "; ") }
            guard answer == "ok" else {
                throw StoreError.refused("\(path) fails SQLite's quick check (\(answer.prefix(200))): writes are refused so the damage does not spread; keep this file and restore the last good backup with `rounds restore BACKUP` (docs/cli.md)")
            }
        }
    }
}
