import _CryptoExtras
import Crypto
import Foundation
import GRDB
import RoundsCore

/// Signature PINs (R2), stored salted and hashed in `people.pin_hash`, never as typed.
///
/// New PINs are stored as `v2$scrypt$<N>$<r>$<p>$<salt hex>$<hash hex>`: scrypt (RFC 7914, BoringSSL's
/// through swift-crypto's `_CryptoExtras`) with the cost written into the string, a 16-byte random
/// salt per person and a 32-byte result. ``cost`` is N = 2^15, r = 12, p = 1 (48 MiB of memory; one
/// guess costs 0.16 s of one core of the build machine in a release build, measured with
/// `rounds-bench --pin-guesses`: docs/DECISIONS.md "Signature PINs"), so trying every 6-digit PIN
/// against one stolen hash costs about 45 hours of one core, not minutes. A store written before
/// keeps its `v1$<salt hex>$<hash hex>` hashes (SHA-256 applied 1,000 times over salt + PIN); they
/// still verify, and the next PIN that person sets is stored as v2.
///
/// ```swift
/// let stored = PINHash.make("246810")        // "v2$scrypt$32768$12$1$9f…$3a…"
/// PINHash.matches("246810", stored)          // true
/// PINHash.matches("135790", stored)          // false
/// ```
public enum PINHash {
    /// scrypt's cost parameters: N (CPU/memory cost, a power of 2), r (block size), p (parallelism).
    public struct Cost: Sendable, Equatable {
        public var n: Int, r: Int, p: Int
        public init(n: Int, r: Int, p: Int) { self.n = n; self.r = r; self.p = p }

        /// Bounds on what a stored string may ask for, so a damaged or hostile `pin_hash` cannot make
        /// a check take minutes or gigabytes: N from 2^10 to 2^20, r 1–32, p 1–16, at most 1 GiB.
        var isSane: Bool {
            n >= 1 << 10 && n <= 1 << 20 && n & (n - 1) == 0 && (1...32).contains(r) && (1...16).contains(p)
                && 128 * n * r * p <= 1 << 30
        }
    }

    /// The cost of every PIN a person sets.
    public static let cost = Cost(n: 1 << 15, r: 12, p: 1)
    /// The cost of the demo hospital's documented PIN (DemoHospital): the PIN is printed in the
    /// README, so a slow hash would protect nothing and only slow down `rounds demo`.
    public static let documentedPINCost = Cost(n: 1 << 10, r: 1, p: 1)
    static let v1Rounds = 1_000

    /// The stored form of `pin`: v2 scrypt with a new random salt (or `salt`, for tests).
    public static func make(_ pin: String, salt: [UInt8]? = nil, cost: Cost = PINHash.cost) -> String {
        let s = salt ?? randomBytes(16)
        return "v2$scrypt$\(cost.n)$\(cost.r)$\(cost.p)$\(hex(s))$\(hex(scrypt(pin, salt: s, cost: cost) ?? []))"
    }

    /// Whether `pin` is the PIN `stored` was made from (v2, or an old v1). The hashes are compared
    /// byte by byte to the end, so the time taken does not tell how much matched.
    public static func matches(_ pin: String, _ stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "v2":
            guard parts.count == 7, parts[1] == "scrypt", let n = Int(parts[2]), let r = Int(parts[3]), let p = Int(parts[4]),
                  let salt = bytes(parts[5]), let expected = bytes(parts[6]), expected.count == 32 else { return false }
            let cost = Cost(n: n, r: r, p: p)
            guard cost.isSane, let actual = scrypt(pin, salt: salt, cost: cost) else { return false }
            return constantTimeEqual(actual, expected)
        case "v1":
            guard parts.count == 3, let salt = bytes(parts[1]), let expected = bytes(parts[2]) else { return false }
            return constantTimeEqual(v1Digest(pin, salt: salt), expected)
        default:
            return false
        }
    }

    /// Equal length and every byte equal, looking at every byte whatever the first difference.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func scrypt(_ pin: String, salt: [UInt8], cost: Cost) -> [UInt8]? {
        guard let key = try? KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32,
                                                 rounds: cost.n, blockSize: cost.r, parallelism: cost.p) else { return nil }
        return key.withUnsafeBytes { Array($0) }
    }

    /// The v1 form (kept to verify hashes stored before v2): SHA-256 of salt + PIN, then 999 more
    /// times over the previous digest + salt.
    static func v1Digest(_ pin: String, salt: [UInt8]) -> [UInt8] {
        // buffer = previous digest (32 bytes) + salt, rewritten in place each round.
        var buffer = [UInt8](repeating: 0, count: 32) + salt
        SHA256.hash(data: salt + Array(pin.utf8)).withUnsafeBytes { buffer.replaceSubrange(0..<32, with: $0) }
        for _ in 1..<v1Rounds {
            SHA256.hash(data: buffer).withUnsafeBytes { buffer.replaceSubrange(0..<32, with: $0) }
        }
        return Array(buffer[0..<32])
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
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
            throw StoreError.notFound(en: "no person with login '\(login)'", zh: "没有登录名为 '\(login)' 的人员")
        }
        return hash
    }

    /// Checks that `pin` is `login`'s own PIN. `required`: a PIN must be given (and set); otherwise
    /// only a person who has a PIN must give it. Five wrong PINs in a row lock `login`'s signatures
    /// for 15 minutes (PINLockout.swift); only inside `Store.write`, which records the wrong ones.
    /// `what` names the act in both languages; its English is kept with a wrong PIN.
    func checkPIN(_ pin: String?, of login: String, required: Bool, for what: RuleText) throws {
        let hash = try pinHash(login)
        let given = pin.flatMap { $0.isEmpty ? nil : $0 }
        if hash.isEmpty {
            if required {
                throw StoreError.refused("R2", en: "\(what.en) needs \(login)'s own PIN and \(login) has none: set one first with `rounds pin set` (a first PIN takes a one-time code from an equipment head: `rounds pin issue \(login)`)",
                                         zh: "\(what.zh)须有 \(login) 本人的 PIN，而 \(login) 尚未设置：请先用 `rounds pin set` 设置（首次设置须有设备科主任签发的一次性码：`rounds pin issue \(login)`）")
            }
            return
        }
        guard let given else {
            throw StoreError.refused("R2", en: "\(what.en) needs \(login)'s own PIN (--pin or ROUNDS_PIN)",
                                     zh: "\(what.zh)须有 \(login) 本人的 PIN（--pin 或 ROUNDS_PIN）")
        }
        // Refused while locked; a wrong PIN is recorded and counts towards the lock (PINLockout).
        try proveOwnPIN(given, of: login, hash: hash, for: what.en)
    }
}


extension Store {
    /// Whether a person has set a PIN.
    public func hasPIN(_ login: String) throws -> Bool {
        try read { (try String.fetchOne($0, sql: "SELECT pin_hash FROM people WHERE login = ?", arguments: [login]) ?? "") != "" }
    }
}
