import Crypto
import Foundation
import GRDB
import RoundsCore

/// Signature PINs (R2), stored salted and hashed in `people.pin_hash`, never as typed.
///
/// Form: `v1$<salt hex>$<hash hex>`, hash = SHA-256 applied 1,000 times over salt + PIN (the
/// stretching makes a stolen store slower to search; a 4-digit PIN stays guessable by anyone who
/// holds the file, which is why the file's permissions and the audit log matter more).
///
/// ```swift
/// let stored = PINHash.make("2468")          // "v1$9f…$3a…"
/// PINHash.matches("2468", stored)            // true
/// PINHash.matches("1357", stored)            // false
/// ```
public enum PINHash {
    static let rounds = 1_000

    public static func make(_ pin: String, salt: [UInt8]? = nil) -> String {
        var generator = SystemRandomNumberGenerator()
        let s = salt ?? (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "v1$\(hex(s))$\(hex(digest(pin, salt: s)))"
    }

    public static func matches(_ pin: String, _ stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 3, parts[0] == "v1", let salt = bytes(parts[1]) else { return false }
        let expected = parts[2]
        let actual = hex(digest(pin, salt: salt))
        // Compare every character, so the time taken does not tell how much matched.
        guard actual.count == expected.count else { return false }
        return zip(actual.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func digest(_ pin: String, salt: [UInt8]) -> [UInt8] {
        // buffer = previous digest (32 bytes) + salt, rewritten in place each round.
        var buffer = [UInt8](repeating: 0, count: 32) + salt
        SHA256.hash(data: salt + Array(pin.utf8)).withUnsafeBytes { buffer.replaceSubrange(0..<32, with: $0) }
        for _ in 1..<rounds {
            SHA256.hash(data: buffer).withUnsafeBytes { buffer.replaceSubrange(0..<32, with: $0) }
        }
        return Array(buffer[0..<32])
    }

    static func hex(_ b: [UInt8]) -> String { AuditChain.hex(b) }

    static func bytes(_ hex: String) -> [UInt8]? {
        let chars = Array(hex.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: chars.count, by: 2) {
            guard let v = UInt8(String(decoding: chars[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            out.append(v)
        }
        return out
    }
}

extension Recorder {
    /// The stored PIN hash of a person ("" when none); refuses an unknown login.
    func pinHash(_ login: String) throws -> String {
        guard let hash = try String.fetchOne(db, sql: "SELECT pin_hash FROM people WHERE login = ?", arguments: [login]) else {
            throw StoreError.notFound("no person with login '\(login)'")
        }
        return hash
    }

    /// Sets `login`'s own PIN (audited; the audit keeps the hash, not the PIN). Changing an existing
    /// PIN needs the old one, so a PIN once set cannot be replaced by someone who merely types
    /// `--user` with another person's login.
    public func setPIN(_ pin: String, for login: String, oldPIN: String?) throws {
        if let problem = HandoverRules.pinProblem(pin) { throw StoreError.refused(problem) }
        let current = try pinHash(login)
        if !current.isEmpty {
            guard let oldPIN, !oldPIN.isEmpty else {
                throw StoreError.refused("R2: \(login) already has a PIN: give the current one with --old-pin to change it")
            }
            guard PINHash.matches(oldPIN, current) else { throw StoreError.refused("R2: the current PIN of \(login) (--old-pin) is wrong") }
        }
        try upsert("people", key: "login", ["login": login, "pin_hash": PINHash.make(pin)])
        // Whoever just chose (or changed, with the old one) the PIN has proven it in this write.
        proven.proofs[login] = .pin
    }

    /// Checks that `pin` is `login`'s own PIN. `required`: a PIN must be given (and set); otherwise
    /// only a person who has a PIN must give it.
    func checkPIN(_ pin: String?, of login: String, required: Bool, for what: String) throws {
        let hash = try pinHash(login)
        let given = pin.flatMap { $0.isEmpty ? nil : $0 }
        if hash.isEmpty {
            if required {
                throw StoreError.refused("R2: \(what) needs \(login)'s own PIN and \(login) has none: set one first with `rounds pin set --user \(login) --pin NNNN`")
            }
            return
        }
        guard let given else { throw StoreError.refused("R2: \(what) needs \(login)'s own PIN (--pin or ROUNDS_PIN)") }
        guard PINHash.matches(given, hash) else { throw StoreError.refused("R2: wrong PIN for \(login)") }
    }
}

extension Recorder {
    /// Checks a signature given at this keyboard in someone's name (R2): their own PIN when they have
    /// one, or always when `required` (a store created with `--require-pin`).
    public func verifySignature(of login: String, pin: String?, required: Bool, for what: String) throws {
        try checkPIN(pin, of: login, required: required, for: what)
    }
}

extension Store {
    /// Whether a person has set a PIN.
    public func hasPIN(_ login: String) throws -> Bool {
        try read { (try String.fetchOne($0, sql: "SELECT pin_hash FROM people WHERE login = ?", arguments: [login]) ?? "") != "" }
    }
}
