import GRDB
import RoundsCore

/// How a signature was proven (CONTRACT "Signatures").
public enum SignatureProof: String, Sendable {
    /// The signer is the OS account running the program: the operating system authenticated them.
    case osAccount = "os"
    /// The signer gave their own PIN.
    case pin
    /// Not proven: allowed only in a practice store, for a person who has set no PIN.
    case unproven
    /// The sample hospital's generated history.
    case generated
}

/// The signers proven so far in one write transaction (shared by copies of its `Recorder`).
final class ProvenSigners {
    var proofs: [String: SignatureProof] = [:]
    /// Whether the transaction wrote a row (then someone must have signed it).
    var wrote = false
    /// Whether the person entering was in the store when the write began (not during the bootstrap).
    var actorWasPerson = false
}

extension Recorder {
    /// Proves that `login` signs what this write records (R2): they are the OS account at this
    /// keyboard, or they gave their own PIN. In an evidence store (or a store made with
    /// `--require-pin`) an unproven signature is refused; in a practice store only a person who has
    /// set a PIN must give it. A person whose only role is auditor signs nothing.
    @discardableResult
    public func prove(_ login: String, pin: String? = nil, meaning: SignatureMeaning) throws -> SignatureProof {
        guard let signer = try person(login) else {
            throw StoreError.notFound(en: "no person with login '\(login)'", zh: "没有登录名为 '\(login)' 的人员")
        }
        if let problem = Permissions.writeProblem(signer) { throw StoreError.ruled(problem) }
        if options.generatedHistory { return .generated }
        if let known = proven.proofs[login] { return known }
        let proof: SignatureProof
        let given = pin.flatMap { $0.isEmpty ? nil : $0 } ?? options.pins[login]
        if login == options.osAccount {
            proof = .osAccount
        } else if let session = options.sessionSigner, session.login == login, session.proof != .unproven {
            proof = session.proof
        } else if let given {
            try checkPIN(given, of: login, required: true, for: RuleText(en: "“\(meaning.english)”", zh: "“\(meaning.chinese)”"))
            proof = .pin
        } else if mustProveSignatures && (storeSettings?.kind == .evidence || ![.administration, .storeRecord].contains(meaning)) {
            throw StoreError.refused("R2", en: "“\(meaning.english)” must be signed by \(login) in person: give \(login)'s own PIN (--pin or ROUNDS_PIN; --with-pin for a second signer), or run rounds as the OS account \(login)",
                                     zh: "“\(meaning.chinese)”须由 \(login) 本人签名：请给出 \(login) 本人的 PIN（--pin 或 ROUNDS_PIN；第二签名人用 --with-pin），或以系统账户 \(login) 运行 rounds")
        } else {
            try checkPIN(nil, of: login, required: false, for: RuleText(en: "“\(meaning.english)”", zh: "“\(meaning.chinese)”"))
            proof = .unproven
        }
        proven.proofs[login] = proof
        return proof
    }

    /// Every write is signed by someone: when the records written name no signer of their own (a
    /// spare part, a contact, a plan, a department's shifts), the person at the keyboard signs for
    /// them ("I entered this record"). Before the first person exists (the bootstrap) nobody can.
    func signForUnsignedWrite() throws {
        guard proven.wrote, proven.proofs.isEmpty, proven.actorWasPerson, !options.generatedHistory, !options.signInOnly else { return }
        try prove(actor, meaning: .storeRecord)
    }

    /// Whether every signature must be proven: in an evidence store, or a store made with
    /// `--require-pin` (there: every signature of work; administration as in any practice store).
    var mustProveSignatures: Bool {
        guard let s = storeSettings else { return false }
        return s.kind == .evidence || s.requirePIN
    }

    /// Proves `login`'s signature and records it against the row `row` of `table`, with the signer's
    /// name as it stands today, the meaning and the proof (21 CFR 11.50).
    @discardableResult
    public func sign(_ table: String, row: Int64, by login: String, pin: String? = nil, meaning: SignatureMeaning) throws -> SignatureProof {
        let proof = try prove(login, pin: pin, meaning: meaning)
        guard proof != .generated else { return proof }
        let person = try Row.fetchOne(db.cachedStatement(sql: "SELECT name, roles FROM people WHERE login = ?"), arguments: [login])
        try insert("signatures", ["tbl": table, "row": row, "signer": login, "name": person?["name"] ?? login,
                                  "roles": person?["roles"] ?? "", "meaning": meaning.rawValue, "proof": proof.rawValue, "at": at.seconds])
        return proof
    }
}

/// A signature as stored: who, their name then, what it means, how it was proven, when.
public struct StoredSignature: Sendable, Equatable {
    public var signer: String
    public var name: String
    /// The signer's roles when they signed (`;`-separated).
    public var roles: String
    public var meaning: SignatureMeaning?
    public var proof: SignatureProof?
    public var at: Instant
}

/// A ticket step as it was entered and signed: when entered, by whom, and its signature.
public struct SignedStep: Sendable, Equatable {
    public var enteredAt: Instant
    public var enteredBy: String
    public var signature: StoredSignature?
}

extension Store {
    /// Each of a ticket's steps in order (as `Ticket.events`), with its entry time and signature.
    public func signedSteps(_ number: TicketNumber) throws -> [SignedStep] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.recorded_at, e.recorded_by, s.signer, s.name, s.roles, s.meaning, s.proof, s.at AS signed_at
                FROM ticket_events e LEFT JOIN signatures s ON s.tbl = 'ticket_events' AND s.row = e.id
                WHERE e.ticket = ? ORDER BY e.id
                """, arguments: [number.description]).map { r in
                let signer: String? = r["signer"]
                return SignedStep(enteredAt: Instant(seconds: r["recorded_at"]), enteredBy: r["recorded_by"],
                                  signature: signer.map { StoredSignature(signer: $0, name: r["name"], roles: r["roles"],
                                                                          meaning: SignatureMeaning(rawValue: r["meaning"]),
                                                                          proof: SignatureProof(rawValue: r["proof"]),
                                                                          at: Instant(seconds: r["signed_at"])) })
            }
        }
    }

    /// The signatures of one record, oldest first.
    public func signatures(_ table: String, row: Int64) throws -> [StoredSignature] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM signatures WHERE tbl = ? AND row = ? ORDER BY id", arguments: [table, row]).map {
                StoredSignature(signer: $0["signer"], name: $0["name"], roles: $0["roles"], meaning: SignatureMeaning(rawValue: $0["meaning"]),
                                proof: SignatureProof(rawValue: $0["proof"]), at: Instant(seconds: $0["at"]))
            }
        }
    }
}

extension Store {
    /// Whether `login` must give their own PIN to take the keyboard: not the OS account, and an
    /// evidence store, a `--require-pin` store, or a person who has set a PIN.
    public func signInNeedsPIN(_ login: String) throws -> Bool {
        guard login != OSAccount.current else { return false }
        return try settings.kind == .evidence || settings.requirePIN || hasPIN(login)
    }

    /// Proves that `login` is at the keyboard (their own PIN, or the OS account) for a session of the
    /// terminal UI, and says how. A wrong PIN counts towards the lockout like any signature's.
    public func signIn(_ login: String, pin: String?, at: Instant) throws -> SignatureProof {
        if login == OSAccount.current { return .osAccount }
        guard let pin, !pin.isEmpty else {
            if try signInNeedsPIN(login) {
                throw StoreError.refused("R2", en: "\(login) signs in with their own PIN (or as the OS account \(login))",
                                         zh: "\(login) 须用本人的 PIN 登录（或以系统账户 \(login) 运行）")
            }
            return .unproven
        }
        var options = WriteOptions(pins: [login: pin])
        options.signInOnly = true
        try write(actor: login, at: at, options: options) { rec in
            try rec.checkPIN(pin, of: login, required: true, for: RuleText(en: "signing in", zh: "登录"))
        }
        return .pin
    }
}
