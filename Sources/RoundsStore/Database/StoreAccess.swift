import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Opening a store read-only, and saying in one sentence (English or Chinese) what went wrong with its file.
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
        .refused(say("\(path) was made by an older rounds and must be upgraded where it can be written: open it once on writable media (any command does); nothing was written",
                     "\(path) 由旧版 rounds 创建，须在可写介质上升级：请在可写介质上打开一次（任何命令均可）；没有写入任何内容"))
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
            return say("the disk holding \(path) is full: nothing was written; free some space (or move the store to a larger disk) and run the command again",
                       "存放 \(path) 的磁盘已满：没有写入任何内容；请腾出空间（或把数据库移到更大的磁盘）后重新运行该命令")
        case .SQLITE_READONLY:
            return say("\(path) cannot be written (read-only media, a read-only mount or file permissions): nothing was written; reading commands still work — make it writable, or copy it with `rounds backup` to writable media, to record",
                       "\(path) 无法写入（只读介质、只读挂载或文件权限）：没有写入任何内容；读取命令仍可使用——要记录，请使其可写，或用 `rounds backup` 复制到可写介质")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return say("\(path) is damaged (SQLite found corrupt pages: \(detail)): nothing was written; keep this file for inspection and restore the last good backup with `rounds restore BACKUP` (docs/cli.md)",
                       "\(path) 已损坏（SQLite 发现损坏的页：\(detail)）：没有写入任何内容；请保留此文件以便检查，并用 `rounds restore BACKUP` 恢复最近一次完好的备份（见 docs/cli.md）")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return say("\(path) is locked by another program for more than 10 seconds: nothing was written; wait for it to finish (or close it) and run the command again",
                       "\(path) 被其他程序锁住超过 10 秒：没有写入任何内容；请等它完成（或关闭它）后重新运行该命令")
        case .SQLITE_CANTOPEN:
            return say("cannot open \(path) (\(detail)): check that the file and its folder exist and can be read",
                       "无法打开 \(path)（\(detail)）：请检查该文件及其目录存在且可读")
        case .SQLITE_IOERR:
            return say("\(path) could not be read or written (a disk or file-system error: \(detail)): nothing was written; check the disk, then run `rounds verify`",
                       "\(path) 读写失败（磁盘或文件系统错误：\(detail)）：没有写入任何内容；请检查磁盘，然后运行 `rounds verify`")
        default:
            return nil
        }
    }
}

extension StoreAccess {
    /// `english`, or `chinese` when ``Store/mediaMessagesInChinese`` is set (the command line sets it
    /// from `--lang`/`LANG`): the broken-media sentences are said in the user's language.
    static func say(_ english: String, _ chinese: String) -> String {
        MessageLanguage.shared.chinese ? chinese : english
    }
}

/// The process-wide language of the broken-media sentences, behind a lock.
final class MessageLanguage: @unchecked Sendable {
    static let shared = MessageLanguage()
    private let lock = NSLock()
    private var stored = false

    var chinese: Bool {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

extension Store {
    /// Whether the sentences for read-only, full, corrupt and locked stores are in Chinese.
    public static var mediaMessagesInChinese: Bool {
        get { MessageLanguage.shared.chinese }
        set { MessageLanguage.shared.chinese = newValue }
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
            throw StoreError.refused(StoreAccess.say("\(path) is open read-only (read-only media, or a command that only reads): nothing was written; make the file and its folder writable to record",
                                                     "\(path) 以只读方式打开（只读介质，或只读命令）：没有写入任何内容；要记录，请使该文件及其目录可写"))
        }
        try soundness.check {
            let answer = try read { try String.fetchAll($0, sql: "PRAGMA quick_check").joined(separator: "; ") }
            guard answer == "ok" else {
                throw StoreError.refused(StoreAccess.say("\(path) fails SQLite's quick check (\(answer.prefix(200))): writes are refused so the damage does not spread; keep this file and restore the last good backup with `rounds restore BACKUP` (docs/cli.md)",
                                                         "\(path) 未通过 SQLite 快速检查（\(answer.prefix(200))）：为防止损坏扩散，拒绝写入；请保留此文件，并用 `rounds restore BACKUP` 恢复最近一次完好的备份（见 docs/cli.md）"))
            }
        }
    }
}
