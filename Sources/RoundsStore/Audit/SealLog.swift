import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The seal log: `STORE.seals`, a plain text file beside the store with one ``Seal`` per line.
///
///     seal 4 0c1f…e2 2026-11-01T08:00:00+08:00 wangfang
///     seal 517 77ab…19 2026-11-02T08:12:40+08:00 lina
///
/// `rounds init` creates it with the first seal; `rounds seal` and the first write of each day append
/// to it; `rounds verify` checks the store's chain against every line. It lives outside the SQLite
/// file on purpose: copy it (or print it, or mail it) somewhere the store's users cannot write, and a
/// history changed after a seal can no longer pass for the original.
///
/// Lines are only ever appended, each with one `write` on a file opened `O_APPEND` while holding an
/// exclusive `flock`, so two processes sealing at once never interleave or lose a line.
///
/// ```swift
/// let log = SealLog(storePath: "/srv/rounds/rounds.sqlite")   // /srv/rounds/rounds.sqlite.seals
/// try log.append(seal)
/// try log.lines()?.count                                      // nil when there is no log
/// ```
public struct SealLog: Sendable {
    /// The log's path: the store's path with `.seals` added.
    public let path: String

    public init(storePath: String) { path = storePath + ".seals" }

    /// One line of the log with its 1-based line number, for messages such as `rounds.sqlite.seals:3`.
    public struct Line: Sendable {
        public var number: Int
        public var text: String
    }

    /// Creates an empty log; refuses when one is already there.
    ///
    /// A log with no store beside it belongs to an earlier store at that path: a new store's history
    /// would fail every one of its seals, and silently replacing it would throw evidence away.
    func createNew() throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST {
                throw StoreError.refused("seal log \(path) already exists without its store: it anchors an earlier store's history; move it away first")
            }
            throw StoreError.refused("cannot create the seal log \(path): \(String(cString: strerror(errno)))")
        }
        close(fd)
    }

    /// Removes the log (only used to undo ``createNew()`` when creating the store fails).
    func remove() { unlink(path) }

    /// Every non-blank line, numbered as in the file; nil when there is no log.
    public func lines() throws -> [Line]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw StoreError.refused("cannot read the seal log \(path)") }
            return nil
        }
        // Split on "\n" bytes: `\r\n` is one Character in Swift, and a line's text must stay as written.
        var out: [Line] = []
        for (i, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: bytes, as: UTF8.self)
            if text.allSatisfy(\.isWhitespace) { continue }
            out.append(Line(number: i + 1, text: text))
        }
        return out
    }

    /// Appends one seal line.
    public func append(_ seal: Seal) throws {
        _ = try update { _ in seal }
    }

    /// Under the log's exclusive lock: reads the last seal (nil when the log is empty, missing or ends
    /// in a line that is not a seal), lets `decide` return a seal to append (or nil), appends it, and
    /// returns the last seal as it now stands. Creates the log if it is missing.
    func update(_ decide: (_ last: Seal?) throws -> Seal?) throws -> Seal? {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        func failure(_ why: String) -> StoreError { .refused("cannot append to the seal log \(path): \(why)") }
        guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw failure(String(cString: strerror(errno))) }
        defer { flock(fd, LOCK_UN) }
        let last = Self.lastSeal(fd)
        guard let seal = try decide(last) else { return last }
        let bytes = Array((seal.line + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw failure(written < 0 ? String(cString: strerror(errno)) : "short write")
        }
        return seal
    }

    /// The last seal of an open log, reading only its tail (a log grows by a line a day, for years).
    static func lastSeal(_ fd: Int32) -> Seal? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int64(st.st_size)
        let want = Int(min(size, 4096))
        var buffer = [UInt8](repeating: 0, count: want)
        let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(size - Int64(want))) }
        guard got > 0 else { return nil }
        let lines = buffer[0..<got].split(separator: UInt8(ascii: "\n"))
        guard let lastLine = lines.last else { return nil }
        return try? Seal(line: String(decoding: lastLine, as: UTF8.self))
    }
}
