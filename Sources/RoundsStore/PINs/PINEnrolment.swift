import Crypto
import Foundation
import GRDB
import RoundsCore

/// Choosing a PIN (CONTRACT "Signatures", R2). A first PIN is not self-service:
///
/// ```text
/// wangfang (equipment head, proven):  rounds --user wangfang pin issue lina --pin 246810
///                                     K7QM-2XWD-9RTP          ← give it to lina, valid 72 hours
/// lina:                               rounds --user lina pin set --code K7QM-2XWD-9RTP --pin 135790
/// lina, later:                        rounds --user lina pin set --old-pin 135790 --pin 864209
/// ```
///
/// - A person whose login is the OS account running `rounds` (the OS authenticated them) may set
///   their own first PIN without a code.
/// - Changing a PIN needs the old one (`--old-pin`), checked like a signature's: a wrong one counts
///   towards the lock.
/// - A code is also how a forgotten PIN is reset: `pin issue` for someone who has a PIN is allowed,
///   and `pin set --code` then replaces the PIN without the old one (and ends a lock: the head who
///   issued the code vouched for the person).
/// - Issuing a code replaces the person's earlier codes; a code is used once; it expires 72 hours
///   after it was issued.
public enum PINCode {
    /// How long a code is good for.
    public static let validSeconds: Int64 = 72 * 3600
    /// 32 letters and digits, without I, O, 0 and 1 (read aloud or copied from paper).
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    /// 12 characters of 32: 60 random bits, so guessing one within its 72 hours is hopeless.
    static let length = 12

    /// A new random code, shown as `XXXX-XXXX-XXXX`.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let chars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: length, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The code as compared: upper case, without dashes or spaces.
    static func normalised(_ code: String) -> String {
        code.uppercased().filter { $0 != "-" && !$0.isWhitespace }
    }

    /// What is stored: SHA-256 of the normalised code (60 random bits need no slow hash).
    static func hash(_ code: String) -> String {
        AuditChain.hex(Array(SHA256.hash(data: Array(normalised(code).utf8))))
    }
}

extension Recorder {
    /// Issues a one-time code with which `login` chooses a PIN; returns the code (shown once, stored
    /// hashed). Only an equipment head issues codes, and only with her identity proven: her login
    /// is `osAccount` (the OS account running the program), or `issuerPIN` is her own PIN. Earlier
    /// codes of `login` stop working.
    public func issuePINCode(for login: String, issuerPIN: String?, osAccount: String? = OSAccount.current) throws -> String {
        let issuer = actor
        let roles = try String.fetchOne(db, sql: "SELECT roles FROM people WHERE login = ?", arguments: [issuer]) ?? ""
        guard roles.split(separator: ";").contains(Substring(Role.equipmentHead.rawValue)) else {
            throw StoreError.refused("R2", en: "one-time PIN codes are issued by an equipment head; \(issuer) is not one",
                                     zh: "一次性 PIN 码由设备科主任签发；\(issuer) 不是设备科主任")
        }
        _ = try pinHash(login)   // refuses an unknown login
        if issuer != osAccount {
            try checkPIN(issuerPIN, of: issuer, required: true, for: RuleText(en: "issuing a one-time PIN code", zh: "签发一次性 PIN 码"))
        }
        let code = PINCode.make()
        try insert("pin_codes", ["login": login, "code_hash": PINCode.hash(code), "issued_by": issuer,
                                 "issued_at": at.seconds, "expires_at": at.adding(seconds: PINCode.validSeconds).seconds])
        return code
    }

    /// Sets `login`'s own PIN (audited; the audit keeps the hash, not the PIN), proven by one of:
    /// a one-time `code` issued for `login` (a first PIN, or a reset: the old PIN is not needed);
    /// the current PIN `oldPIN` (a change); or, for a first PIN, `login` being `osAccount`, the OS
    /// account running the program. Anything else is refused naming R2.
    public func setPIN(_ pin: String, for login: String, oldPIN: String?, code: String? = nil,
                       osAccount: String? = OSAccount.current) throws {
        if let problem = HandoverRules.pinProblem(pin) { throw StoreError.ruled(problem) }
        guard login == actor else {
            throw StoreError.refused("R2", en: "only \(login) sets \(login)'s PIN (the user is \(actor))",
                                     zh: "只有 \(login) 本人可以设置 \(login) 的 PIN（当前用户是 \(actor)）")
        }
        let current = try pinHash(login)
        let how: String
        var usedCode: Int64?
        if let code, !code.isEmpty {
            usedCode = try redeem(code, of: login)
            how = "code"
        } else if !current.isEmpty {
            guard let oldPIN, !oldPIN.isEmpty else {
                throw StoreError.refused("R2", en: "\(login) already has a PIN: give the current one with --old-pin to change it (forgotten: an equipment head issues a code with `rounds pin issue \(login)`)",
                                         zh: "\(login) 已有 PIN：更改时请用 --old-pin 给出现有 PIN（忘记了：请设备科主任用 `rounds pin issue \(login)` 签发一次性码）")
            }
            try proveOwnPIN(oldPIN, of: login, hash: current, for: "changing the PIN")
            how = "old-pin"
        } else if login == osAccount {
            how = "os-account"
        } else {
            let account = osAccount.map { "the OS account running rounds is \($0)" } ?? "the OS account running rounds is unknown"
            let accountZh = osAccount.map { "运行 rounds 的系统账户是 \($0)" } ?? "运行 rounds 的系统账户未知"
            throw StoreError.refused("R2", en: "\(login)'s first PIN needs a one-time code from an equipment head (`rounds pin issue \(login)`, then `pin set --code CODE`); \(account), not \(login)",
                                     zh: "\(login) 首次设置 PIN 须有设备科主任签发的一次性码（`rounds pin issue \(login)`，再 `pin set --code CODE`）；\(accountZh)，不是 \(login)")
        }
        try upsert("people", key: "login", ["login": login, "pin_hash": PINHash.make(pin)])
        try recordPINEvent(login, "set", what: how, code: usedCode)
        // Whoever just set the PIN (with a code, the old PIN or as the OS account) is proven in this write.
        proven.proofs[login] = .pin
    }

    /// The id of `login`'s code `code` if it can be used now; refuses (R2) a code that is not
    /// `login`'s, was replaced by a newer one, was used, or has expired.
    func redeem(_ code: String, of login: String) throws -> Int64 {
        let hash = PINCode.hash(code)
        let codes = try Row.fetchAll(db, sql: "SELECT id, code_hash, expires_at FROM pin_codes WHERE login = ? ORDER BY id DESC", arguments: [login])
        guard let index = codes.firstIndex(where: { PINHash.constantTimeEqual(Array(($0["code_hash"] as String).utf8), Array(hash.utf8)) }) else {
            throw StoreError.refused("R2", en: "that is not a one-time PIN code issued for \(login)", zh: "这不是为 \(login) 签发的一次性 PIN 码")
        }
        let row = codes[index]
        let id: Int64 = row["id"]
        if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM pin_events WHERE code = ?)", arguments: [id]) == true {
            throw StoreError.refused("R2", en: "that one-time PIN code of \(login) has been used already; a code is good for one PIN (ask an equipment head for a new one)",
                                     zh: "\(login) 的这个一次性 PIN 码已经用过；一个码只能设置一次 PIN（请设备科主任重新签发）")
        }
        if index > 0 {
            throw StoreError.refused("R2", en: "that one-time PIN code of \(login) was replaced by a newer one; use the newest code",
                                     zh: "\(login) 的这个一次性 PIN 码已被新码取代；请使用最新的码")
        }
        let expires = Instant(seconds: row["expires_at"])
        if at >= expires {
            let time = try timeText(expires)
            throw StoreError.refused("R2", en: "that one-time PIN code of \(login) expired at \(time) (codes are good for 72 hours; ask an equipment head for a new one)",
                                     zh: "\(login) 的这个一次性 PIN 码已于 \(time) 过期（有效期 72 小时；请设备科主任重新签发）")
        }
        return id
    }
}
