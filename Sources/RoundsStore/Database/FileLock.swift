import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory `flock` on `<store>.lock`, held while a process opens and migrates the store.
///
/// Two processes opening a brand-new SQLite file at once race on `PRAGMA journal_mode=WAL`, and
/// GRDB's migrator is not multi-process safe; serialising open + migrate removes both races.
final class FileLock {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX) == 0 else {
            close(fd)
            throw StoreError.cannotOpen(path, String(cString: strerror(errno)))
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
