import Foundation
import Testing

/// Seals (R3): the history anchored outside the store file. Each tamper below is one a person with
/// the `sqlite3` tool (and python3) can do to a store in a few minutes, and each is chosen so that
/// the checks inside the file alone — integrity, chain, rows — pass: only a seal (or the schema
/// check, or the byte-for-byte row check) can catch it.
@Suite(.enabled(if: findOnPath("sqlite3") != nil && findOnPath("python3") != nil,
                "sqlite3 and python3 are needed on PATH (CI installs sqlite3: apt-get install sqlite3)"))
struct SealTests {
    // MARK: Helpers

    /// A practice store with the sample hospital, one hazard found on a round, and a seal by `demo`
    /// made after it. Returns the seal line (line 2 of the log; line 1 is init's).
    static func sealedHospital(_ box: Sandbox) throws -> String {
        try box.createSampleHospital()
        let hazard = try box.rounds(["record", "inspection", "--device", "ED-IP01", "--kind", "monthly", "--result", "hazard",
                                     "--note", "插头松动"], user: "demo")
        try #require(hazard.status == 0, "\(hazard)")
        let seal = try box.rounds(["seal"], user: "demo")
        try #require(seal.status == 0, "\(seal)")
        try #require(seal.stdoutLines.count == 1, "\(seal)")
        let line = seal.stdoutLines[0]
        // The seal names the head of the chain: the newest audit entry and its hash.
        #expect(line == "seal \(try head(box)) \(testNow):00+08:00 demo", "\(line)")
        #expect(try logLines(box) == [try logLines(box)[0], line], "rounds seal appends exactly what it prints")
        return line
    }

    static func sqlite(_ box: Sandbox, _ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try box.run(try #require(findOnPath("sqlite3")), [box.store, sql])
        try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `ID HASH` of the newest audit entry, read with the sqlite3 tool.
    static func head(_ box: Sandbox) throws -> String {
        try sqlite(box, "SELECT id || ' ' || hash FROM audit ORDER BY id DESC LIMIT 1")
    }

    static func auditCount(_ box: Sandbox) throws -> Int {
        try #require(Int(try sqlite(box, "SELECT COUNT(*) FROM audit")))
    }

    static func logLines(_ box: Sandbox) throws -> [String] {
        let text = try String(contentsOfFile: box.store + ".seals", encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    static func python(_ box: Sandbox, _ script: String, _ args: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try box.write("tamper-\(UUID().uuidString.prefix(6)).py", script)
        let r = try box.run(try #require(findOnPath("python3")), [path, box.store] + args)
        try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
    }

    /// Rolls the store back to audit entry `KEEP`: every row a later entry wrote is put back to its
    /// image at or before KEEP (or deleted when it had none), and the later entries are deleted. The
    /// chain and the rows then agree with each other: only a seal made after KEEP can tell.
    static let rollback = #"""
        import json, sqlite3, sys
        db = sqlite3.connect(sys.argv[1]); keep = int(sys.argv[2])
        natural = {"departments": "code", "people": "login", "equipment": "tag", "settings": "key",
                   "tickets": "number", "spare_parts": "code", "department_shifts": "department"}
        for _, tbl, key in db.execute("SELECT id, tbl, row_key FROM audit WHERE id > ? ORDER BY id DESC", (keep,)).fetchall():
            col = natural.get(tbl, "rowid")
            prev = db.execute("SELECT payload FROM audit WHERE tbl = ? AND row_key = ? AND id <= ? ORDER BY id DESC LIMIT 1",
                              (tbl, key, keep)).fetchone()
            db.execute(f"DELETE FROM {tbl} WHERE {col} = ?", (key if col != "rowid" else int(key),))
            if prev:
                row = json.loads(prev[0]); cols = sorted(row)
                db.execute(f"INSERT INTO {tbl} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
        db.execute("DELETE FROM audit WHERE id > ?", (keep,))
        db.commit()
        """#

    /// Recomputes the chain from entry `FROM` on, exactly as rounds computes it
    /// (SHA-256 of prev ␊ id ␊ at ␊ actor ␊ action ␊ table ␊ key ␊ payload, docs/DECISIONS.md).
    static let rehash = #"""
        import hashlib, sqlite3, sys
        db = sqlite3.connect(sys.argv[1]); start = int(sys.argv[2])
        prev = db.execute("SELECT hash FROM audit WHERE id = ?", (start - 1,)).fetchone()[0] if start > 1 else "0" * 64
        rows = db.execute("SELECT id, at, actor, action, tbl, row_key, payload FROM audit WHERE id >= ? ORDER BY id", (start,)).fetchall()
        for id, at, actor, action, tbl, key, payload in rows:
            h = hashlib.sha256("\n".join([prev, str(id), str(at), actor, action, tbl, key, payload]).encode("utf-8")).hexdigest()
            db.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, id))
            prev = h
        db.commit()
        """#

    /// Expects `verify` to fail with one line on stderr that contains every one of `parts`.
    static func expectFails(_ box: Sandbox, _ args: [String] = [], naming parts: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try box.rounds(["verify"] + args)
        #expect(r.status == 1, "\(r)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, "\(r)", sourceLocation: sourceLocation)
        #expect(r.stderrLines.count == 1, "a one-line reason\n\(r)", sourceLocation: sourceLocation)
        for p in parts { #expect(r.stderr.contains(p), "stderr should name '\(p)'\n\(r)", sourceLocation: sourceLocation) }
    }

    /// With the seal log moved away, `verify` passes: the tamper fooled every check inside the file,
    /// so the failure that follows is the seal's doing.
    static func expectOnlyTheSealCatches(_ box: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let log = box.store + ".seals"
        try FileManager.default.moveItem(atPath: log, toPath: log + ".away")
        let r = try box.rounds(["verify"])
        #expect(r.status == 0, "without seals this tamper passes the chain and row checks\n\(r)", sourceLocation: sourceLocation)
        #expect(r.stdout.contains("0 seals checked (no seal log"), "\(r)", sourceLocation: sourceLocation)
        try FileManager.default.moveItem(atPath: log + ".away", toPath: log)
    }

    /// The words a failing seal's message must hold: its audit id, time and login, and its line.
    static func naming(_ sealLine: String, line: Int) -> [String] {
        let w = sealLine.split(separator: " ").map(String.init)
        return ["seal of audit entry #\(w[1])", "made \(w[3])", "by \(w[4])", "line \(line) of rounds.sqlite.seals"]
    }

    // MARK: The seal log, rounds seal, verify

    /// A fresh store: init writes the log's first seal; verify counts the seals it checked.
    @Test func initWritesTheFirstSealAndVerifyCountsThem() throws {
        let box = try Sandbox("seal-init")
        let sealLine = try Self.sealedHospital(box)
        let lines = try Self.logLines(box)
        // Line 1: init's seal of the four settings entries (tz, since, require_pin, store-kind).
        #expect(lines.count == 2, "\(lines)")
        #expect(lines[0].hasPrefix("seal 4 "), "\(lines)")
        #expect(lines[0].contains(" \(testNow):00+08:00 "), "\(lines)")
        let ok = try box.rounds(["verify"])
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.stdout.contains("schema as migrated"), "\(ok)")
        #expect(ok.stdout.contains("2 seals checked"), "\(ok)")
        let one = try box.rounds(["verify", "--seal", sealLine])
        #expect(one.status == 0 && one.stdout.contains("1 seal checked (given with --seal)"), "\(one)")
    }

    /// A seal from before more work still passes: the chain only grew since.
    @Test func anOlderSealStillPassesAfterMoreWork() throws {
        let box = try Sandbox("seal-old")
        let sealLine = try Self.sealedHospital(box)
        for device in ["ED-BD01", "ED-IP01"] {
            let r = try box.rounds(["record", "inspection", "--device", device, "--kind", "monthly"], now: "2026-11-22T11:00", user: "demo")
            try #require(r.status == 0, "\(r)")
        }
        let r = try box.rounds(["verify", "--seal", sealLine], now: "2026-11-22T11:05")
        #expect(r.status == 0, "\(r)")
        // Retyped from paper: extra spaces and a hash in capitals are the same seal.
        let w = sealLine.split(separator: " ")
        let retyped = "  seal   \(w[1])\t\(w[2].uppercased())  \(w[3]) \(w[4])  "
        #expect(try box.rounds(["verify", "--seal", retyped]).status == 0)
    }

    /// A malformed line, given or in the log, is a clear error naming it (exit 1).
    @Test func malformedSealLinesAreRefused() throws {
        let box = try Sandbox("seal-bad")
        let sealLine = try Self.sealedHospital(box)
        let w = sealLine.split(separator: " ").map(String.init)
        let bad: [(String, String)] = [
            ("sael \(w[1]) \(w[2]) \(w[3]) demo", "does not begin with the word `seal`"),
            ("seal \(w[1]) \(w[2]) \(w[3])", "it has 4 of the 5 words"),
            ("seal x\(w[1]) \(w[2]) \(w[3]) demo", "the audit id 'x\(w[1])' is not a whole number"),
            ("seal \(w[1]) \(w[2].dropLast()) \(w[3]) demo", "is not 64 hexadecimal digits"),
            ("seal \(w[1]) \(w[2]) 2026-11-22T10:00 demo", "the time '2026-11-22T10:00' is not local ISO 8601 with an offset"),
        ]
        for (line, why) in bad {
            let r = try box.rounds(["verify", "--seal", line])
            #expect(r.status == 1, "\(r)")
            #expect(r.stderrLines.count == 1 && r.stderr.contains("--seal: '\(line)' is not a seal line") && r.stderr.contains(why), "\(r)")
        }
        // In the log: named by its file and line number.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: box.store + ".seals"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("seal of approval\n".utf8))
        try handle.close()
        try Self.expectFails(box, naming: ["rounds.sqlite.seals:3:", "'seal of approval' is not a seal line"])
    }

    /// The daily seal: the first write of each facility-local day appends one; other writes, reads
    /// and a clock gone back to an earlier day do not.
    @Test func theFirstWriteOfADaySeals() throws {
        let box = try Sandbox("seal-daily")
        try #require(try box.rounds(["init", "--practice", "--since", "2026-11-01"], now: "2026-11-20T09:00", user: "boss").status == 0)
        #expect(try Self.logLines(box).count == 1)
        let departments = try box.write("d.csv", "code,name,name_en,key\nICU,重症医学科,Intensive Care Unit,yes\n")
        try #require(try box.rounds(["import", "departments", departments], now: "2026-11-20T15:00", user: "boss").status == 0)
        #expect(try Self.logLines(box).count == 1, "a second write on the 20th adds no seal")

        let people = try box.write("p.csv", "login,name,roles,department\nli,李工,engineer;equipment-head,ICU\n")
        try #require(try box.rounds(["import", "people", people], now: "2026-11-21T08:30", user: "boss").status == 0)
        var lines = try Self.logLines(box)
        #expect(lines.count == 2, "\(lines)")
        // The seal of the 21st's first write: after it (the head), at its time, by its writer.
        #expect(lines.last == "seal \(try Self.head(box)) 2026-11-21T08:30:00+08:00 boss", "\(lines)")

        // Reads never seal; a write dated back on the 20th (a practice clock) adds nothing either.
        try #require(try box.rounds(["report", "overdue", "--format", "json"], now: "2026-11-23", user: "li").status == 0)
        let more = try box.write("d2.csv", "code,name,name_en,key\nCARD,心内科,Cardiology,no\n")
        try #require(try box.rounds(["import", "departments", more], now: "2026-11-20T18:00", user: "li").status == 0)
        #expect(try Self.logLines(box).count == 2)
        // Midnight in Shanghai is 16:00Z: a write at 00:05 local is a new day.
        let third = try box.write("d3.csv", "code,name,name_en,key\nNEURO,神经内科,Neurology,no\n")
        try #require(try box.rounds(["import", "departments", third], now: "2026-11-21T16:05:00Z", user: "li").status == 0)
        lines = try Self.logLines(box)
        #expect(lines.count == 3 && lines[2].contains(" 2026-11-22T00:05:00+08:00 li"), "\(lines)")
        #expect(try box.rounds(["verify"]).stdout.contains("3 seals checked"))
    }

    /// In an evidence store a seal's time is the system clock's: `--now` is refused (R4).
    @Test func anEvidenceStoreSealsOnlyAtTheSystemClock() throws {
        let box = try Sandbox("seal-evidence")
        try #require(try box.rounds(["init"], now: nil, user: "boss").status == 0)
        let people = try box.write("p.csv", "login,name,roles,department\nboss,王主任,engineer;equipment-head,\n")
        try #require(try box.rounds(["import", "people", people], now: nil, user: "boss").status == 0)
        let dated = try box.rounds(["seal"], user: "boss")
        #expect(dated.status == 1 && dated.stderr.contains("R4: a seal is dated by the system clock"), "\(dated)")
        let lines = try Self.logLines(box)
        let seal = try box.rounds(["seal"], now: nil, user: "boss")
        #expect(seal.status == 0, "\(seal)")
        #expect(try Self.logLines(box) == lines + seal.stdoutLines, "appended exactly the printed line")
    }

    /// A seal log that cannot be written: the write is saved and says so on stderr; reads work.
    @Test func aWriteWhoseSealCannotBeAppendedStillSucceeds() throws {
        let box = try Sandbox("seal-ro")
        try #require(try box.rounds(["init", "--practice", "--since", "2026-11-01"], now: "2026-11-20T09:00", user: "boss").status == 0)
        let people = try box.write("p.csv", "login,name,roles,department\nboss,王主任,engineer;equipment-head,\n")
        try #require(try box.rounds(["import", "people", people], now: "2026-11-20T09:10", user: "boss").status == 0)
        // A directory where the log should be: opening it for appending fails, even for root (who
        // ignores file permissions, so a read-only mode would not do).
        try FileManager.default.removeItem(atPath: box.store + ".seals")
        try FileManager.default.createDirectory(atPath: box.store + ".seals", withIntermediateDirectories: false)
        let before = try Self.auditCount(box)
        let departments = try box.write("d.csv", "code,name,name_en,key\nICU,重症医学科,Intensive Care Unit,yes\n")
        let write = try box.rounds(["import", "departments", departments], now: "2026-11-21T09:00", user: "boss")
        #expect(write.status == 0, "\(write)")
        #expect(write.stdout.contains("imported 1 departments"), "\(write)")
        #expect(write.stderrLines.count == 1 && write.stderr.contains("warning: the daily seal could not be appended"), "\(write)")
        #expect(try Self.auditCount(box) == before + 1, "the write was saved")
        let read = try box.rounds(["report", "overdue"], now: "2026-11-21T10:00", user: "boss")
        #expect(read.status == 0 && read.stderr.isEmpty, "\(read)")
        #expect(read.stdoutLines.last?.hasPrefix("seal \(try Self.head(box)) ") == true, "\(read)")
    }

    // MARK: Tampering after a seal

    /// (a) The last audit entries deleted together with the rows they describe.
    @Test func tailDeletionIsCaught() throws {
        let box = try Sandbox("seal-tail")
        let sealLine = try Self.sealedHospital(box)
        // The hazard and its inspection were the last two entries before the seal: delete them.
        let last = try Self.auditCount(box)
        try Self.python(box, Self.rollback, [String(last - 2)])
        #expect(try Self.sqlite(box, "SELECT COUNT(*) FROM hazards") == "0")
        try Self.expectOnlyTheSealCatches(box)
        try Self.expectFails(box, naming: Self.naming(sealLine, line: 2) + ["the audit log ends at entry #\(last - 2)", "truncated"])
        try Self.expectFails(box, ["--seal", sealLine], naming: ["given with --seal", "truncated"])
        // init's seal (entry #4) is older than the deletion: it still passes on its own.
        #expect(try box.rounds(["verify", "--seal", try Self.logLines(box)[0]]).status == 0)
    }

    /// (b) A row rolled back to its previous audit image, the later audit entries deleted.
    @Test func rollbackIsCaught() throws {
        let box = try Sandbox("seal-rollback")
        try box.createSampleHospital()
        let keep = try Self.auditCount(box)
        // Re-importing the ledger with one device moved updates that device (an audited update).
        let ledger = try String(contentsOfFile: Repository.dataFile("equipment.csv"), encoding: .utf8)
            .replacingOccurrences(of: "ZM-23380309,2024-02-09,in-service,2026-02-09,wangfang,急诊抢救室 01床",
                                  with: "ZM-23380309,2024-02-09,in-service,2026-02-09,wangfang,设备科库房")
        let moved = try box.rounds(["import", "equipment", try box.write("moved.csv", ledger)], user: "demo")
        try #require(moved.status == 0 && moved.stdout.contains("1 updated"), "\(moved)")
        let seal = try box.rounds(["seal"], user: "demo")
        try #require(seal.status == 0, "\(seal)")
        #expect(try Self.sqlite(box, "SELECT location FROM equipment WHERE tag = 'ED-IP01'") == "设备科库房")

        try Self.python(box, Self.rollback, [String(keep)])
        #expect(try Self.sqlite(box, "SELECT location FROM equipment WHERE tag = 'ED-IP01'") == "急诊抢救室 01床")
        try Self.expectOnlyTheSealCatches(box)
        try Self.expectFails(box, naming: Self.naming(seal.stdoutLines[0], line: 2) + ["rolled back"])
    }

    /// (c) An edit with the chain recomputed from the edited entry on.
    @Test func recomputedHashesAreCaught() throws {
        let box = try Sandbox("seal-rehash")
        let sealLine = try Self.sealedHospital(box)
        let entry = try Self.sqlite(box, "SELECT MAX(id) FROM audit WHERE tbl = 'equipment' AND row_key = 'ED-IP01'")
        // The model: a field no derived table reads (a status edited so would also be caught by
        // the kept due days, a stopped device owing none).
        _ = try Self.sqlite(box, """
            UPDATE equipment SET model = 'BeneFusion VP7' WHERE tag = 'ED-IP01';
            UPDATE audit SET payload = replace(payload, '"model":"BeneFusion VP5"', '"model":"BeneFusion VP7"') WHERE id = \(entry);
            """)
        // Without the new hashes the chain check names the edited entry…
        try Self.expectFails(box, naming: ["audit entry #\(entry) ", "does not match its hash"])
        // …with them, only the seal can tell.
        try Self.python(box, Self.rehash, [entry])
        try Self.expectOnlyTheSealCatches(box)
        try Self.expectFails(box, naming: Self.naming(sealLine, line: 2) + ["rewritten"])
        try Self.expectFails(box, ["--seal", sealLine], naming: ["given with --seal", "rewritten"])
    }

    /// (d) The file replaced by an older copy (`cp` before more work, copied back after).
    @Test func anOlderCopyIsCaught() throws {
        let box = try Sandbox("seal-copy")
        try box.createSampleHospital()
        // Every commit into the main file first (WAL), so that `cp` copies the whole store.
        _ = try Self.sqlite(box, "PRAGMA wal_checkpoint(TRUNCATE)")
        let old = box.path("old.sqlite")
        try FileManager.default.copyItem(atPath: box.store, toPath: old)

        let r = try box.rounds(["record", "inspection", "--device", "ED-IP01", "--kind", "monthly"], now: "2026-11-22T11:00", user: "demo")
        try #require(r.status == 0, "\(r)")
        let seal = try box.rounds(["seal"], now: "2026-11-22T11:01", user: "demo")
        try #require(seal.status == 0, "\(seal)")

        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: box.store + suffix) }
        try FileManager.default.removeItem(atPath: box.store)
        try FileManager.default.copyItem(atPath: old, toPath: box.store)
        try Self.expectOnlyTheSealCatches(box)
        try Self.expectFails(box, naming: Self.naming(seal.stdoutLines[0], line: 2) + ["replaced by an older copy"])

        // More writes on the old copy reach the sealed entry's number again, with another history.
        for device in ["ED-BD01", "ED-IP01"] {
            let w = try box.rounds(["record", "inspection", "--device", device, "--kind", "quarterly"], now: "2026-11-22T11:10", user: "demo")
            try #require(w.status == 0, "\(w)")
        }
        try Self.expectFails(box, naming: Self.naming(seal.stdoutLines[0], line: 2) + ["now has hash", "rewritten"])
    }

    /// (e) A trigger planted on `hazards`: verify names it (schema check), and the write it would
    /// rewrite is refused with nothing saved (the recorder's read-back check).
    @Test func aPlantedTriggerIsCaught() throws {
        let box = try Sandbox("seal-trigger")
        _ = try Self.sealedHospital(box)
        _ = try Self.sqlite(box, "CREATE TRIGGER hazards_blank AFTER INSERT ON hazards BEGIN UPDATE hazards SET note = '' WHERE id = NEW.id; END;")
        try Self.expectFails(box, naming: ["schema: trigger hazards_blank on hazards was not made by the migrations"])

        let before = try Self.auditCount(box)
        let hazard = try box.rounds(["record", "inspection", "--device", "ED-BD01", "--kind", "monthly", "--result", "hazard",
                                     "--note", "护栏松动"], now: "2026-11-22T11:00", user: "demo")
        #expect(hazard.status == 1, "\(hazard)")
        #expect(hazard.stderr.contains("hazards: the row read back after writing has note = "), "\(hazard)")
        #expect(hazard.stderr.contains("rewrote it outside rounds; nothing was saved"), "\(hazard)")
        #expect(try Self.auditCount(box) == before, "nothing was written")
        #expect(try Self.sqlite(box, "SELECT COUNT(*) FROM hazards") == "1", "only the hazard from before the trigger")

        // Other objects the migrations did not make: an index, a view, a column.
        // Each is undone before the next (the column last: it cannot be), so each message is its own.
        let others: [(String, String, String)] = [
            ("CREATE INDEX people_name ON people(name)", "schema: index people_name on people was not made by the migrations",
             "DROP INDEX people_name"),
            ("CREATE VIEW v AS SELECT * FROM people", "schema: view v on v was not made by the migrations", "DROP VIEW v"),
            ("ALTER TABLE people ADD COLUMN shoe_size INTEGER",
             "schema: table people is not as the migrations made it: column people.shoe_size was added", ""),
        ]
        _ = try Self.sqlite(box, "DROP TRIGGER hazards_blank")
        #expect(try box.rounds(["verify"]).status == 0, "the trigger dropped, the store is as before")
        for (sql, message, undo) in others {
            _ = try Self.sqlite(box, sql)
            try Self.expectFails(box, naming: [message])
            if !undo.isEmpty { _ = try Self.sqlite(box, undo) }
        }
    }

    /// (f) A person's name rewritten in NFD (`é` → `e` + U+0301): the same letters to Swift's `==`,
    /// other bytes on disk. Found byte for byte by the row check.
    @Test func anNFDRewriteIsCaught() throws {
        let box = try Sandbox("seal-nfd")
        _ = try Self.sealedHospital(box)
        let people = try box.write("zoe.csv", "login,name,roles,department\nzoe,Zoé Martin,engineer,EQ\n")
        try #require(try box.rounds(["import", "people", people], user: "demo").status == 0)
        try #require(try box.rounds(["verify"]).status == 0)
        // char(233) is é (NFC); char(101, 769) is e followed by U+0301 COMBINING ACUTE ACCENT (NFD).
        _ = try Self.sqlite(box, "UPDATE people SET name = replace(name, char(233), char(101, 769)) WHERE login = 'zoe'")
        #expect(try Self.sqlite(box, "SELECT hex(name) FROM people WHERE login = 'zoe'") == "5A6F65CC81204D617274696E")
        try Self.expectFails(box, naming: ["people row zoe does not match audit entry #", "name: recorded Zoé Martin",
                                           "another Unicode normalisation"])
    }

    // MARK: Documents

    /// Every table report and the printed handover sheet end with the seal line of the state they
    /// were made from; that line passes `verify --seal`. JSON and CSV stay as they were.
    @Test func documentsEndWithASealLine() throws {
        let box = try Sandbox("seal-docs")
        _ = try Self.sealedHospital(box)
        let head = try Self.head(box)
        let expected = "seal \(head) \(testNow):00+08:00 demo"
        let reports = [["overdue"], ["uptime"], ["compliance"], ["kpi"], ["maintenance"], ["contacts"],
                       ["missing-checks"], ["handovers"], ["problems"]]
        for report in reports {
            let table = try box.rounds(["report"] + report, user: "demo")
            #expect(table.status == 0, "\(table)")
            #expect(table.stdoutLines.last == expected, "report \(report[0]) should end with the seal line\n\(table)")
            let json = try box.rounds(["report"] + report + ["--format", "json"], user: "demo")
            #expect(!json.stdout.contains("seal "), "\(json)")
            #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "still plain JSON\n\(json)")
            let csv = try box.rounds(["report"] + report + ["--format", "csv"], user: "demo")
            #expect(!csv.stdout.contains("seal "), "\(csv)")
        }
        // Printing does not append to the seal log (docs/DECISIONS.md).
        #expect(try Self.logLines(box).count == 2)
        #expect(try box.rounds(["verify", "--seal", expected]).status == 0)

        // The handover sheet, printed and exported as text.
        let sign = try box.rounds(["handover", "sign", "--department", "ED"], now: "2026-11-22T19:55", user: "demo")
        try #require(sign.status == 0, "\(sign)")
        let signedHead = try Self.head(box)
        let export = try box.rounds(["handover", "export", "1"], now: "2026-11-22T20:00", user: "demo")
        #expect(export.stdoutLines.last == "seal \(signedHead) 2026-11-22T20:00:00+08:00 demo", "\(export)")
        let file = box.path("sheet.txt")
        #expect(try box.rounds(["handover", "export", "1", "--output", file], now: "2026-11-22T20:00", user: "demo").status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\n").last.map(String.init) == "seal \(signedHead) 2026-11-22T20:00:00+08:00 demo", "\(text)")
        let csv = try box.rounds(["handover", "export", "1", "--format", "csv"], now: "2026-11-22T20:00", user: "demo")
        #expect(!csv.stdout.contains("seal "), "\(csv)")
    }
}
