import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10: backup and restore, atomic `init --demo`, and stores on broken media — each with the
/// real binary, as a person would meet it.
@Suite(.enabled(if: findOnPath("sqlite3") != nil, "sqlite3 is needed on PATH (CI installs it: apt-get install sqlite3)"))
struct BackupRestoreTests {
    // MARK: Helpers

    static func sqlite(_ box: Sandbox, _ db: String, _ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try box.run(try #require(findOnPath("sqlite3")), [db, sql])
        try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func count(_ box: Sandbox, _ db: String, _ table: String) throws -> Int {
        try #require(Int(try sqlite(box, db, "SELECT COUNT(*) FROM \(table)")))
    }

    /// `rounds ARGS --store STORE --now testNow --user demo` on another store than the sandbox's.
    static func rounds(_ box: Sandbox, _ args: [String], store: String, user: String = "demo") throws -> RunResult {
        try box.run(try RoundsBinary.path(), args + ["--store", store, "--now", testNow, "--user", user], label: "rounds")
    }

    /// The first `n` device tags of the sample hospital.
    static func tags(_ n: Int) throws -> [String] {
        let text = try String(contentsOfFile: Repository.dataFile("equipment.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().prefix(n).map { String($0.split(separator: ",")[0]) }
    }

    static func recordInspection(_ box: Sandbox, _ tag: String, store: String? = nil) throws -> RunResult {
        let args = ["record", "inspection", "--device", tag, "--kind", "monthly", "--result", "ok"]
        if let store { return try rounds(box, args, store: store) }
        return try box.rounds(args, user: "demo")
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Another connection to the sandbox's store: a `sqlite3` process that ran `sql` and answered
    /// (so its transaction is open), and keeps it open until ``end()`` closes its input.
    final class Connection {
        let process = Process()
        let input = Pipe()

        init(_ box: Sandbox, _ sql: String, answer expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: try #require(findOnPath("sqlite3")))
            process.arguments = [box.store]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data((sql + "\n").utf8))
            // Blocks until sqlite3 has answered: from here on its transaction is open.
            let answer = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            try #require(answer.hasPrefix(expected), "the other connection answered \(answer)", sourceLocation: sourceLocation)
        }

        /// Ends the connection (sqlite3 quits at the end of its input) and waits for it.
        func end() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    // MARK: Backup and restore

    /// A `sqlite3` process holds a read transaction open, so the inspections recorded after it began
    /// cannot be checkpointed: they exist only in the WAL (a `cp` of the store file misses them). The
    /// backup must hold every one, restore into a fresh path must give them all back, and both must
    /// verify.
    @Test func backupWhileTheWALHoldsWritesThenRestoreIntoAFreshPath() throws {
        let box = try Sandbox("backup")
        try box.createSampleHospital()

        // The other connection: BEGIN and one read, then wait with the snapshot held.
        let holder = try Connection(box, "BEGIN;\nSELECT 'held', COUNT(*) FROM audit;", answer: "held|")
        defer { holder.end() }

        let tags = try Self.tags(5)
        try #require(tags.count == 5, "\(tags)")
        for tag in tags {
            let r = try Self.recordInspection(box, tag)
            try #require(r.status == 0, "\(r)")
        }
        let inspections = try Self.count(box, box.store, "inspections")
        let audit = try Self.count(box, box.store, "audit")
        #expect(inspections == 5, "five inspections were recorded")
        // Precondition: they are in the WAL, not in the store file: a plain copy of the file lacks them.
        #expect(Self.fileSize(box.store + "-wal") > 0, "the WAL holds the new writes")
        try FileManager.default.copyItem(atPath: box.store, toPath: box.path("cp-copy.sqlite"))
        #expect(try Self.count(box, box.path("cp-copy.sqlite"), "inspections") < 5, "cp alone misses what the WAL holds")

        let dest = box.path("backups/monday.sqlite")
        let backup = try box.rounds(["backup", dest], user: "demo")
        try #require(backup.status == 0, "\(backup)")
        #expect(backup.stdoutLines.last?.hasPrefix("seal \(audit) ") == true, "the copy's seal names its newest entry #\(audit): \(backup)")
        #expect(FileManager.default.fileExists(atPath: dest + ".seals"), "the seal log is copied beside the backup")
        #expect(try Self.count(box, dest, "inspections") == 5)

        // Restore into a path where no store is yet: everything is there and verifies.
        let fresh = box.path("restored/rounds.sqlite")
        let restore = try Self.rounds(box, ["restore", dest], store: fresh)
        try #require(restore.status == 0, "\(restore)")
        #expect(try Self.count(box, fresh, "inspections") == 5, "every record is in the restored store")
        #expect(try Self.count(box, fresh, "audit") == audit)
        let verify = try Self.rounds(box, ["verify"], store: fresh)
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("\(audit) audit entries chained"), "\(verify)")

        // A second backup to the same path needs --force.
        let again = try box.rounds(["backup", dest], user: "demo")
        #expect(again.status == 1, "\(again)")
        #expect(again.stderr.contains("already exists") && again.stderr.contains("--force"), "\(again)")
        let forced = try box.rounds(["backup", dest, "--force"], user: "demo")
        #expect(forced.status == 0, "\(forced)")
    }

    /// After a backup the store moves on; restoring the older backup over it would drop that record,
    /// so it is refused unless forced — and forced, the replaced store is kept beside it.
    @Test func restoreRefusesAnOlderBackupWithoutForce() throws {
        let box = try Sandbox("restore")
        try box.createSampleHospital()
        let tags = try Self.tags(2)
        try #require(try Self.recordInspection(box, tags[0]).status == 0)
        let dest = box.path("older.sqlite")
        try #require(try box.rounds(["backup", dest], user: "demo").status == 0)
        try #require(try Self.recordInspection(box, tags[1]).status == 0)   // only in the store

        let refused = try box.rounds(["restore", dest], user: "demo")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderrLines.count == 1 && refused.stderr.contains("lacks"), "\(refused)")
        #expect(try Self.count(box, box.store, "inspections") == 2, "nothing was changed")

        // An engineer who is not an equipment head may not restore, even with --force.
        let engineer = try box.rounds(["restore", dest, "--force"], user: "liming")
        #expect(engineer.status == 1, "\(engineer)")
        #expect(try Self.count(box, box.store, "inspections") == 2, "nothing was changed")

        // While another program has the store open, the swap is refused (its WAL must not outlive it).
        let other = try Connection(box, "SELECT 'open', COUNT(*) FROM audit;", answer: "open|")
        let busy = try box.rounds(["restore", dest, "--force"], user: "demo")
        other.end()
        #expect(busy.status == 1 && busy.stderr.contains("another program has"), "\(busy)")
        #expect(try Self.count(box, box.store, "inspections") == 2, "nothing was changed")

        let forced = try box.rounds(["restore", dest, "--force"], user: "demo")
        try #require(forced.status == 0, "\(forced)")
        #expect(try Self.count(box, box.store, "inspections") == 1, "the backup's one inspection")
        #expect(try box.rounds(["verify"]).status == 0, "the restored store verifies against its restored seal log")
        let kept = try FileManager.default.contentsOfDirectory(atPath: box.root.path).filter { $0.hasPrefix("rounds.sqlite.replaced-") && !$0.hasSuffix(".seals") }
        try #require(kept.count == 1, "the replaced store is kept: \(kept)")
        #expect(try Self.count(box, box.path(kept[0]), "inspections") == 2, "the kept store still holds both")
    }

    /// With `backup-dir` set, the first write of each day makes that day's copy (and a second write
    /// that day none), and only the newest `backup-keep` copies stay; each one verifies.
    @Test func dailyBackupAtTheFirstWriteOfEachDayKeepsTheNewest() throws {
        let box = try Sandbox("daily")
        try box.createSampleHospital()
        let dir = box.path("daily")
        #expect(try box.rounds(["config", "set", "backup-keep", "0", "--reason", "ward practice changed"], user: "demo").status == 1, "0 copies is outside 1…3650")
        try #require(try box.rounds(["config", "set", "backup-keep", "2", "--reason", "ward practice changed"], user: "demo").status == 0)
        // This write is itself the first since backup-dir was set: it makes 2026-11-22's copy.
        let set = try box.rounds(["config", "set", "backup-dir", dir, "--reason", "ward practice changed"], user: "demo")
        try #require(set.status == 0, "\(set)")
        func copies() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".sqlite") }.sorted()
        }
        #expect(copies() == ["rounds-2026-11-22.sqlite"], "\(copies())")
        let tag = try Self.tags(1)[0]
        for day in ["2026-11-23", "2026-11-24", "2026-11-25"] {
            let r = try box.rounds(["record", "inspection", "--device", tag, "--kind", "monthly", "--result", "ok"], now: day + "T09:00", user: "demo")
            try #require(r.status == 0, "\(r)")
            try #require(r.stderr.isEmpty, "no backup problem: \(r)")
        }
        let again = try box.rounds(["record", "inspection", "--device", tag, "--kind", "monthly", "--result", "ok"], now: "2026-11-25T10:00", user: "demo")
        try #require(again.status == 0, "\(again)")
        #expect(copies() == ["rounds-2026-11-24.sqlite", "rounds-2026-11-25.sqlite"], "the newest 2 (backup-keep): \(copies())")
        #expect(FileManager.default.fileExists(atPath: dir + "/rounds-2026-11-25.sqlite.seals"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/rounds-2026-11-22.sqlite.seals"), "a pruned copy's log goes with it")
        // The 25th's copy was made at that day's first write: it holds 3 of the 4 inspections.
        #expect(try Self.count(box, dir + "/rounds-2026-11-25.sqlite", "inspections") == 3)
        let v = try Self.rounds(box, ["verify"], store: dir + "/rounds-2026-11-25.sqlite")
        #expect(v.status == 0, "\(v)")
    }

    /// In an evidence store restore is a write by an equipment head in person: `--now` is refused
    /// (R4), and without her PIN or OS account she is not proven (R2); nothing is changed either way.
    @Test func restoreInAnEvidenceStoreNeedsAProvenHeadAndTheSystemClock() throws {
        let box = try Sandbox("restore-evidence")
        for args in [["init"], ["import", "departments", Repository.dataFile("departments.csv")],
                     ["import", "people", Repository.dataFile("people.csv")]] {
            let r = try box.rounds(args, now: nil)
            try #require(r.status == 0, "\(r)")
        }
        let dest = box.path("evidence-backup.sqlite")
        let backup = try box.rounds(["backup", dest], now: nil, user: "demo")
        try #require(backup.status == 0, "\(backup)")
        let audit = try Self.count(box, box.store, "audit")

        let clock = try box.rounds(["restore", dest], user: "demo")
        #expect(clock.status == 1 && clock.stderr.contains("R4"), "\(clock)")
        let unproven = try box.rounds(["restore", dest], now: nil, user: "demo")
        #expect(unproven.status == 1 && unproven.stderr.contains("R2"), "demo is not the OS account and gave no PIN: \(unproven)")
        #expect(try Self.count(box, box.store, "audit") == audit, "the refused checks wrote nothing")
    }

    /// Another program holds the write lock longer than the 10-second busy timeout: the write is
    /// refused in one sentence saying the store is locked, and nothing is written.
    @Test func lockedStoreRefusesInOneSentence() throws {
        let box = try Sandbox("locked")
        try box.createSampleHospital()
        let before = try Self.count(box, box.store, "audit")
        let holder = try Connection(box, "BEGIN IMMEDIATE;\nSELECT 'locked';", answer: "locked")
        defer { holder.end() }

        let write = try Self.recordInspection(box, try Self.tags(1)[0])
        #expect(write.status == 1, "\(write)")
        #expect(write.stderrLines.count == 1 && write.stderr.contains("locked by another program") && !write.stderr.contains("SQLite error"),
                "\(write)")
        holder.end()
        #expect(try Self.count(box, box.store, "audit") == before, "nothing was written")
    }

    // MARK: Atomic init --demo

    /// `init --demo` is killed at growing sizes of its partial file (polled, never a blind sleep):
    /// each time there is either no store or — when it finished first — a complete one that verifies;
    /// the next run cleans the leftover up and completes.
    @Test func killedInitDemoLeavesNoStoreOrACompleteOne() throws {
        let box = try Sandbox("atomic")
        let binary = try RoundsBinary.path()
        let base = (box.store as NSString).lastPathComponent + ".partial-"
        func partials() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: box.root.path)) ?? []).filter { $0.hasPrefix(base) }
        }
        // Kill points: the partial file (with its WAL) has reached this many bytes.
        for threshold in [0, 200_000, 1_000_000, 3_000_000] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["init", "--demo", "--store", box.store, "--now", testNow]
            p.environment = box.environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            let partial = box.store + ".partial-\(p.processIdentifier)"
            let deadline = Date().addingTimeInterval(120)
            while p.isRunning && Date() < deadline {
                if FileManager.default.fileExists(atPath: partial),
                   Self.fileSize(partial) + Self.fileSize(partial + "-wal") >= threshold { break }
                usleep(2_000)
            }
            let killedWhileBuilding = p.isRunning && FileManager.default.fileExists(atPath: partial)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if threshold <= 200_000 {
                // The demo takes seconds to build: these early kill points are always reached mid-build,
                // in the partial file (an init that built in place would never show one).
                #expect(killedWhileBuilding, "killed at \(threshold) bytes while building \(partial)")
                #expect(!FileManager.default.fileExists(atPath: box.store), "killed mid-build: no store at all")
            }
            if FileManager.default.fileExists(atPath: box.store) {
                // It finished before the kill: complete and verified.
                let v = try box.rounds(["verify"])
                #expect(v.status == 0, "a store in place is complete: \(v)")
                try FileManager.default.removeItem(atPath: box.store)
                try? FileManager.default.removeItem(atPath: box.store + ".seals")
            } else {
                #expect(!FileManager.default.fileExists(atPath: box.store + ".seals"), "no seal log without its store")
            }
        }
        #expect(!partials().isEmpty, "the kills left partial files behind for the next init to clean up")
        let done = try box.rounds(["init", "--demo"])
        try #require(done.status == 0, "\(done)")
        #expect(partials().isEmpty, "leftover partial files are cleaned up: \(partials())")
        let v = try box.rounds(["verify"])
        #expect(v.status == 0, "\(v)")
        #expect(try Self.count(box, box.store, "equipment") > 100, "the whole sample hospital is there")
    }

    // MARK: Broken media

    /// Mounts a tmpfs of `size` at `dir`; nil (with the reason) when mounting is not permitted.
    static func mountTmpfs(_ box: Sandbox, _ dir: String, size: String) throws -> String? {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard let mount = findOnPath("mount") else { return "no mount command" }
        let r = try box.run(mount, ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir])
        return r.status == 0 ? nil : "mount -t tmpfs is not permitted here (\(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))"
    }

    /// A sandbox with the sample hospital and a tmpfs of `size` mounted in it; nil (said on stdout)
    /// when mounting is not permitted.
    static func hospitalWithTmpfs(_ label: String, size: String) throws -> (Sandbox, String)? {
        let box = try Sandbox(label)
        try box.createSampleHospital()
        let dir = box.path("media")
        if let reason = try mountTmpfs(box, dir, size: size) {
            print("skipped: \(reason)")
            return nil
        }
        return (box, dir)
    }

    static func unmount(_ box: Sandbox, _ dir: String) {
        if let umount = findOnPath("umount") { _ = try? box.run(umount, ["-l", dir]) }
    }

    /// A store on a read-only mount (the only read-only file root cannot write: chmod does not stop
    /// root). Both a backup copy (rollback journal) and a plain copy of the WAL-mode store file (its
    /// -shm cannot be created there) are read: reports and verify work, a write is refused in one
    /// clear sentence.
    @Test func readOnlyMediaReadsAndRefusesWritesClearly() throws {
        guard let (box, dir) = try Self.hospitalWithTmpfs("readonly", size: "64m") else { return }
        defer { Self.unmount(box, dir) }
        try #require(try box.rounds(["backup", dir + "/backup.sqlite"], user: "demo").status == 0)
        try FileManager.default.copyItem(atPath: box.store, toPath: dir + "/plain.sqlite")
        try FileManager.default.copyItem(atPath: box.store + ".seals", toPath: dir + "/plain.sqlite.seals")
        let remount = try box.run(try #require(findOnPath("mount")), ["-o", "remount,ro", dir])
        try #require(remount.status == 0, "\(remount)")

        for store in [dir + "/backup.sqlite", dir + "/plain.sqlite"] {
            let verify = try Self.rounds(box, ["verify"], store: store)
            #expect(verify.status == 0, "verify reads a store on read-only media: \(verify)")
            let report = try Self.rounds(box, ["report", "overdue"], store: store)
            #expect(report.status == 0, "a report reads it: \(report)")
            let list = try Self.rounds(box, ["equipment", "list"], store: store)
            #expect(list.status == 0, "\(list)")
            let write = try Self.recordInspection(box, try Self.tags(1)[0], store: store)
            #expect(write.status == 1, "\(write)")
            #expect(write.stderrLines.count == 1 && write.stderr.contains("read-only") && !write.stderr.contains("SQLite error"),
                    "one clear sentence: \(write)")
            // The same sentence in the user's language.
            let zh = try Self.rounds(box, ["record", "inspection", "--device", try Self.tags(1)[0], "--kind", "monthly", "--lang", "zh"], store: store)
            #expect(zh.status == 1 && zh.stderrLines.count == 1 && zh.stderr.contains("只读"), "\(zh)")
        }
    }

    /// A store on a full disk (a small tmpfs filled to the last byte): the write is refused in one
    /// sentence naming the full disk, and once space is freed nothing was lost and the store verifies.
    @Test func fullDiskRefusesInOneSentenceAndLosesNothing() throws {
        guard let (box, dir) = try Self.hospitalWithTmpfs("full", size: "8m") else { return }
        defer { Self.unmount(box, dir) }
        let store = dir + "/rounds.sqlite"
        try #require(try box.rounds(["backup", store], user: "demo").status == 0)
        let before = try Self.count(box, store, "audit")
        // Fill every remaining byte.
        let filler = dir + "/filler"
        FileManager.default.createFile(atPath: filler, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: filler))
        let block = Data(repeating: 0x55, count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()

        let write = try Self.recordInspection(box, try Self.tags(1)[0], store: store)
        #expect(write.status == 1, "\(write)")
        #expect(write.stderrLines.count == 1, "one sentence: \(write)")
        #expect(write.stderr.contains("full") && !write.stderr.contains("SQLite error"), "\(write)")

        // A failed init on the full disk leaves no store (never a 0-byte one) and no partial file.
        let fresh = dir + "/new.sqlite"
        let initFull = try box.run(try RoundsBinary.path(), ["init", "--practice", "--store", fresh, "--now", testNow], label: "rounds")
        #expect(initFull.status == 1, "\(initFull)")
        #expect(initFull.stderrLines.count == 1 && !initFull.stderr.contains("SQLite error"), "\(initFull)")
        #expect(!FileManager.default.fileExists(atPath: fresh), "no store left behind")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("new.sqlite.partial-") }
        #expect(left.isEmpty, "\(left)")

        try FileManager.default.removeItem(atPath: filler)
        #expect(try Self.count(box, store, "audit") == before, "nothing was written")
        let verify = try Self.rounds(box, ["verify"], store: store)
        #expect(verify.status == 0, "nothing was lost: \(verify)")
        #expect(try Self.recordInspection(box, try Self.tags(1)[0], store: store).status == 0, "with space again, it records")
    }

    /// A copy with a few pages overwritten (as `dd` would): a write is refused in one sentence (the
    /// quick check fails, or SQLite reports the damage), nothing is written, and verify fails clearly.
    @Test func corruptStoreRefusesWrites() throws {
        let box = try Sandbox("corrupt")
        try box.createSampleHospital()
        let store = box.path("damaged.sqlite")
        try #require(try box.rounds(["backup", store], user: "demo").status == 0)
        let size = Self.fileSize(store)
        let pages = size / 4096
        try #require(pages > 8, "the store has \(pages) pages")
        let handle = try #require(FileHandle(forUpdatingAtPath: store))
        for page in [pages / 2, pages / 2 + 1, pages - 2] {
            try handle.seek(toOffset: UInt64(page * 4096))
            try handle.write(contentsOf: Data(repeating: 0xAB, count: 4096))
        }
        try handle.close()

        let write = try Self.recordInspection(box, try Self.tags(1)[0], store: store)
        #expect(write.status == 1, "\(write)")
        #expect(write.stderrLines.count == 1, "one sentence: \(write)")
        #expect((write.stderr.contains("quick check") || write.stderr.contains("damaged")) && write.stderr.contains("rounds restore")
                && !write.stderr.contains("SQLite error"), "\(write)")
        // Nothing rewrote the damaged pages. (The file may grow by a page: opening a backup copy for
        // writing first switches it from rollback journal to WAL mode, before the quick check.)
        let after = try #require(FileHandle(forReadingAtPath: store))
        for page in [pages / 2, pages / 2 + 1, pages - 2] {
            try after.seek(toOffset: UInt64(page * 4096))
            #expect(try after.read(upToCount: 4096) == Data(repeating: 0xAB, count: 4096), "page \(page) is as damaged as before")
        }
        try after.close()
        #expect(Self.fileSize(store) <= size + 4096, "\(Self.fileSize(store)) bytes, \(size) before")
        let verify = try Self.rounds(box, ["verify"], store: store)
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.stderrLines.count == 1 && !verify.stderr.contains("SQLite error"), "\(verify)")
    }
}
