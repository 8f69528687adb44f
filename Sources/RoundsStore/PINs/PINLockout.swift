import GRDB
import RoundsCore

/// Five wrong PINs in a row lock a person's signatures for 15 minutes (CONTRACT "Signatures", R2).
///
/// A wrong PIN refuses the command that carried it, so that command's transaction rolls back and
/// writes nothing. The attempt must still be kept: ``Recorder/proveOwnPIN(_:of:hash:for:)`` throws a
/// ``WrongPIN``, and ``Store/recordingWrongPINs(actor:at:_:)`` (around every `Store.write`) catches it
/// after the rollback, records the attempt (and the lock, at the fifth) in a transaction of its own,
/// and refuses with the message. Times are the write's time (the Recorder's `at`), so a practice
/// store's `--now` drives the lock like everything else.
///
/// ```text
/// 10:00–10:04  five wrong PINs for lina     → pin_events: wrong ×5, locked until 10:19
/// 10:05        lina's right PIN             → refused: "R2: lina's signatures are locked until 10:19 …"
/// 10:19        lina's right PIN             → accepted (the run of wrong PINs starts again from 0)
/// ```
enum PINLockout {
    /// Wrong PINs in a row that lock.
    static let limit = 5
    /// How long a lock lasts.
    static let seconds: Int64 = 15 * 60
}

/// A wrong PIN was given for `login` (for `what`). Never leaves `Store.write`: it becomes a
/// `StoreError.refused` once the attempt is recorded.
struct WrongPIN: Error {
    let login: String
    let what: String
}

/// Where a person stands: wrong PINs since the last lock, right PIN or new PIN, and the end of a lock.
struct PINLockState {
    var wrongInARow: Int
    var lockedUntil: Instant?

    func isLocked(at now: Instant) -> Bool { lockedUntil.map { now < $0 } ?? false }
}

extension Recorder {
    func pinLockState(_ login: String) throws -> PINLockState {
        let last = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, kind, until FROM pin_events WHERE login = ? AND kind IN ('locked', 'cleared', 'set')
            ORDER BY id DESC LIMIT 1
            """), arguments: [login])
        let since: Int64 = last?["id"] ?? 0
        let wrong = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM pin_events WHERE login = ? AND kind = 'wrong' AND id > ?"),
                                     arguments: [login, since]) ?? 0
        let until: Int64? = (last?["kind"] as String?) == "locked" ? last?["until"] : nil
        return PINLockState(wrongInARow: wrong, lockedUntil: until.map(Instant.init(seconds:)))
    }

    /// Checks `given` against `login`'s stored `hash`: refused while `login` is locked (the PIN is
    /// not even tried), a ``WrongPIN`` when it does not match, and a right PIN ends a run of wrong ones.
    func proveOwnPIN(_ given: String, of login: String, hash: String, for what: String) throws {
        let state = try pinLockState(login)
        if let until = state.lockedUntil, state.isLocked(at: at) {
            let time = try timeText(until)
            throw StoreError.refused("R2", en: "\(login)'s signatures are locked until \(time) after \(PINLockout.limit) wrong PINs in a row; no PIN of \(login)'s is accepted before then",
                                     zh: "\(login) 连续 \(PINLockout.limit) 次输错 PIN，签名已锁定至 \(time)；此前不接受 \(login) 的任何 PIN")
        }
        guard PINHash.matches(given, hash) else { throw WrongPIN(login: login, what: what) }
        if state.wrongInARow > 0 { try recordPINEvent(login, "cleared") }
        // Proven for the rest of this write: a step that signs twice asks the KDF once.
        proven.proofs[login] = .pin
    }

    /// Records a wrong PIN and, at the fifth in a row, the lock; returns the refusal to show.
    func recordWrongPIN(_ wrong: WrongPIN) throws -> StoreError {
        try recordPINEvent(wrong.login, "wrong", what: wrong.what)
        let state = try pinLockState(wrong.login)
        guard state.wrongInARow >= PINLockout.limit else {
            return .refused("R2", en: "wrong PIN for \(wrong.login)", zh: "\(wrong.login) 的 PIN 不正确")
        }
        let until = at.adding(seconds: PINLockout.seconds)
        try recordPINEvent(wrong.login, "locked", until: until)
        let time = try timeText(until)
        return .refused("R2", en: "wrong PIN for \(wrong.login), \(PINLockout.limit) in a row: \(wrong.login)'s signatures are locked until \(time)",
                        zh: "\(wrong.login) 的 PIN 不正确，已连续 \(PINLockout.limit) 次：\(wrong.login) 的签名锁定至 \(time)")
    }

    func recordPINEvent(_ login: String, _ kind: String, what: String = "", until: Instant? = nil, code: Int64? = nil) throws {
        try insert("pin_events", ["login": login, "kind": kind, "at": at.seconds, "what": what,
                                  "until": until?.seconds, "code": code])
    }

    /// `YYYY-MM-DD HH:MM` in the facility's time zone.
    func timeText(_ t: Instant) throws -> String {
        try StoreSettings.load(db).calendar.format(t)
    }
}

extension Store {
    /// Runs a write (`Store.write`'s transaction); when it was refused for a wrong PIN, records the
    /// attempt in a transaction of its own (the refused one has rolled back) and refuses.
    func recordingWrongPINs<T>(actor: String, at: Instant, _ write: () throws -> T) throws -> T {
        do {
            return try write()
        } catch let wrong as WrongPIN {
            throw try pool.write { db in try Recorder(db: db, actor: actor, at: at).recordWrongPIN(wrong) }
        }
    }
}
