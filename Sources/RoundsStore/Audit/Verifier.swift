import Crypto
import Foundation
import GRDB

/// What `rounds verify` found.
public struct VerifyReport: Sendable {
    /// SQLite's own `PRAGMA integrity_check` answer ("ok" when the file is sound).
    public var integrity: String
    public var auditEntries: Int
    public var rowsChecked: Int
    /// How many seals the chain was checked against.
    public var sealsChecked: Int = 0
    /// `verify --since-seal`: the seal the check started from, and how many devices' derived rows
    /// were compared with their records.
    public var startSeal: Seal?
    public var devicesChecked = 0
    /// `verify --since-seal`: devices whose due days alone were compared (an archive or department
    /// edit that left the in-service day as it was: their compliance marks cannot have moved).
    public var dueDaysChecked = 0
    /// The first problem found, naming the row, schema object or seal; nil when everything matches.
    public var firstProblem: String?

    public var passed: Bool { integrity == "ok" && firstProblem == nil }
}

/// The seals to check a store against: every line of its seal log, or one line given by hand.
public enum SealsToCheck: Sendable {
    /// Every line of `STORE.seals` (no log: nothing to check, said in the answer).
    case log
    /// One seal, for example copied from the foot of a printed report (`rounds verify --seal LINE`).
    case given(Seal)
    /// None (the chain, the schema and the rows only).
    case none
}

/// Proves the store was only changed through the program (R3).
///
/// Six checks, in order: SQLite's integrity check; the schema against the migrations'
/// (``SchemaCheck``); the audit hash chain, entry by entry; the chain against the seals kept outside
/// the file (``Seal``), which catches a history cut short, rolled back, swapped for an older copy or
/// rewritten with recomputed hashes; then every row of every audited table against the last audit
/// entry recorded for it; then every derived table (``DerivedState``) against the records it is
/// derived from. A row edited, added or deleted behind the program's back (say with the
/// `sqlite3` tool) is named with its table and key. Text is compared byte for byte: Swift's `==`
/// and `hashValue` on strings treat a name in NFC and the same name in NFD as equal, so the row
/// check compares SHA-256 digests of the UTF-8 bytes and keys rows by their bytes.
enum Verifier {
    static let auditedTables = ["settings", "departments", "people", "equipment", "status_history",
                                 "inspections", "hazards", "daily_checks", "maintenance", "rounds", "round_skips",
                                 "tickets", "ticket_events",
                                 "spare_parts", "part_movements", "service_contacts", "scrap_requests", "scrap_steps"]
                                 + ShiftSchema.auditedTables + MaintenanceSchema.auditedTables + EvidenceSchema.auditedTables
                                 + PINSchema.auditedTables + HazardSchema.auditedTables + RadiationSchema.auditedTables + ChecklistSchema.auditedTables
                                 + LicenceSchema.auditedTables
                                 + ArchiveFieldsSchema.auditedTables
                                 + MaintenanceSpanSchema.auditedTables
                                 + OperatingCalendarSchema.auditedTables
                                 + MaintenanceModeSchema.auditedTables
                                 + StabilitySchema.auditedTables
                                 + SafetyLicenceSchema.auditedTables

    /// A seal to check, and how to name it in a message ("line 3 of rounds.sqlite.seals").
    struct SealToCheck {
        var seal: Seal
        var source: String
    }

    /// SQLite's integrity check of the whole file ("ok" when sound).
    static func integrity(_ db: Database) throws -> String {
        try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
    }

    /// Every check; with `integrityChecked`, SQLite's integrity check, and with `derivedChecked`,
    /// step 5, are run elsewhere, alongside (``Store/verify(seals:)``).
    static func run(_ db: Database, seals: [SealToCheck] = [], sealLogProblem: String? = nil,
                    integrityChecked: Bool = false, derivedChecked: Bool = false) throws -> VerifyReport {
        let integrity = integrityChecked ? "ok" : try Self.integrity(db)
        var report = VerifyReport(integrity: integrity, auditEntries: 0, rowsChecked: 0, firstProblem: nil)
        guard integrity == "ok" else { return report }

        // 1. The schema, exactly as the migrations make it.
        if let problem = try SchemaCheck.problem(db) {
            report.firstProblem = problem
            return report
        }

        // 2. The chain, streamed entry by entry; beside it, the rows of the tables written by
        // inserts only, in the same order (StreamedRowCheck, part of step 4).
        let streamed = StreamedRowCheck(db, tables: auditedTables)
        var prev = AuditChain.genesis
        var expectedID: Int64 = 1
        // Columns by position: a name lookup per column of two million entries was a tenth of the pass.
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, at, actor, action, tbl, row_key, payload, prev_hash, hash FROM audit ORDER BY id")
        while let row = try cursor.next() {
            let e = AuditChain.Entry(id: row[0], at: row[1], actor: row[2], action: row[3],
                                     table: row[4], key: row[5], payload: row[6],
                                     prevHash: row[7], hash: row[8])
            report.auditEntries += 1
            if e.id != expectedID {
                report.firstProblem = "audit entry #\(expectedID) is missing (the log jumps to #\(e.id))"
                return report
            }
            let h = AuditChain.hash(prev: prev, id: e.id, at: e.at, actor: e.actor, action: e.action,
                                    table: e.table, key: e.key, payload: e.payload)
            if !ByteText.equal(e.prevHash, prev) || !ByteText.equal(e.hash, h) {
                report.firstProblem = "audit entry #\(e.id) (\(e.table) \(e.key)) does not match its hash: the audit log was edited"
                return report
            }
            try streamed.entry(table: e.table, key: e.key, payload: e.payload)
            prev = e.hash
            expectedID += 1
        }
        let matched = try streamed.finish()

        // 3. The chain against each seal: the sealed entry must still be there with the sealed hash.
        if let sealLogProblem {
            report.firstProblem = sealLogProblem
            return report
        }
        let lastID = expectedID - 1
        for s in seals {
            report.sealsChecked += 1
            if let problem = try sealProblem(db, s, lastID: lastID) {
                report.firstProblem = problem
                return report
            }
        }

        // 4. Every row against its last audit entry, one table at a time (RowCheck below).
        for table in auditedTables {
            if let rows = matched[table] { report.rowsChecked += rows; continue }
            if let problem = try RowCheck.problem(db, table: table, rowsChecked: &report.rowsChecked) {
                report.firstProblem = problem
                return report
            }
        }

        // 5. Every derived table against the records it is derived from (Derived/DerivedState.swift),
        // unless the caller does it alongside.
        if !derivedChecked { report.firstProblem = try DerivedState.mismatch(db) }
        return report
    }

    /// Whether the entry a seal names is still there with the sealed hash; the problem otherwise.
    static func sealProblem(_ db: Database, _ s: SealToCheck, lastID: Int64) throws -> String? {
        let seal = s.seal
        let named = "seal of audit entry #\(seal.auditID) made \(seal.time) by \(seal.login) (\(s.source))"
        let hash: String? = seal.auditID == 0
            ? AuditChain.genesis
            : try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE id = ?", arguments: [seal.auditID])
        guard let hash else {
            return "\(named) fails: the audit log ends at entry #\(lastID), before the sealed entry: "
                + "the history was truncated, rolled back or replaced by an older copy after the seal"
        }
        guard ByteText.equal(hash, seal.hash) else {
            return "\(named) fails: audit entry #\(seal.auditID) now has hash \(hash.prefix(12))…, the seal says \(seal.hash.prefix(12))…: "
                + "the history up to it was rewritten (or replaced by another copy) after the seal"
        }
        return nil
    }

    /// SHA-256 of the UTF-8 bytes: equal digests mean equal bytes.
    static func digest(_ text: String) -> SHA256Digest { SHA256.hash(data: Array(text.utf8)) }

    /// A short ` (field: recorded X, found Y)` note naming the first differing column; a difference
    /// in bytes only (the same letters in another Unicode normalisation) is said so.
    static func difference(_ recorded: String, _ found: String) -> String {
        let a = FlatJSON.parse(recorded), b = FlatJSON.parse(found)
        for k in Set(a.keys).union(b.keys).sorted() where !ByteText.equal(a[k] ?? "", b[k] ?? "") || (a[k] == nil) != (b[k] == nil) {
            let (x, y) = (a[k] ?? "nothing", b[k] ?? "nothing")
            let note = x == y ? ", the same letters in other bytes: another Unicode normalisation" : ""
            return " (\(k): recorded \(x), found \(y)\(note))"
        }
        return ""
    }
}

extension Store {
    /// SQLite's integrity check, the schema, the audit chain, the seals and every audited row.
    ///
    /// With `.log` (the default), every line of `STORE.seals`; a line that is not a seal fails the
    /// check, naming its line number.
    public func verify(seals: SealsToCheck = .log) throws -> VerifyReport {
        var toCheck: [Verifier.SealToCheck] = []
        var logProblem: String?
        switch seals {
        case .none: break
        case .given(let seal): toCheck = [Verifier.SealToCheck(seal: seal, source: "given with --seal")]
        case .log: (toCheck, logProblem) = try sealsOfLog()
        }
        // Two readers, one per core. The other runs SQLite's integrity check (half the time on a
        // large store), then derives every derived table again and compares (step 5); this one
        // checks the schema, the chain, the seals and every row (steps 1-4). The answer is the
        // one the steps in order would give: a file that is not sound first, whatever the other
        // checks found or threw; then the first problem of steps 1-4; then that of step 5, which
        // is only looked at (and may only throw) when steps 1-4 found nothing.
        let other = Alongside { [self] () throws -> (integrity: String, derived: Result<String?, Error>) in
            try read { db in
                let integrity = try Verifier.integrity(db)
                return (integrity, integrity == "ok" ? Result { try DerivedState.mismatch(db) } : .success(nil))
            }
        }
        let rest = Result {
            try read { try Verifier.run($0, seals: toCheck, sealLogProblem: logProblem, integrityChecked: true, derivedChecked: true) }
        }
        let (sound, derived) = try other.value()
        guard sound == "ok" else { return VerifyReport(integrity: sound, auditEntries: 0, rowsChecked: 0, firstProblem: nil) }
        var report = try rest.get()
        if report.firstProblem == nil { report.firstProblem = try derived.get() }
        return report
    }

    /// Every seal of `STORE.seals`, named by line, or the first line that is not a seal.
    func sealsOfLog() throws -> ([Verifier.SealToCheck], String?) {
        var toCheck: [Verifier.SealToCheck] = []
        let log = sealLog
        let name = (log.path as NSString).lastPathComponent
        for line in try log.lines() ?? [] {
            do {
                toCheck.append(Verifier.SealToCheck(seal: try Seal(line: line.text), source: "line \(line.number) of \(name)"))
            } catch let e as SealLineError {
                return (toCheck, "\(log.path):\(line.number): \(e)")
            }
        }
        return (toCheck, nil)
    }
}
