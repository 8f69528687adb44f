/// The rules of a handover's two signatures (R2, R25) and of PINs, as pure checks.
///
/// The outgoing person signs the sheet; the incoming person acknowledges it under their own
/// identity, proved by their own PIN, never the outgoing person's session. A handover still not
/// acknowledged `graceMinutes` after its signature is flagged.
///
/// ```swift
/// HandoverRules.refusal(toAcknowledge: 7, signedBy: "lina", by: "lina", acknowledgedBy: nil)
/// // "R2: handover #7 was signed by lina: the incoming person acknowledges it under their own identity"
/// HandoverRules.isUnacknowledged(signedAt: t, acknowledged: false, now: t.adding(seconds: 3601))   // true
/// ```
public enum HandoverRules {
    /// Minutes after the signature when an unacknowledged handover is flagged.
    public static let graceMinutes = 60

    /// Why `by` may not acknowledge handover `id` now; nil when they may (the PIN is checked apart).
    public static func refusal(toAcknowledge id: Int64, signedBy: String, by: String, acknowledgedBy: String?) -> String? {
        if let acknowledgedBy {
            return "handover #\(id) was already acknowledged by \(acknowledgedBy)"
        }
        if by == signedBy {
            return "R2: handover #\(id) was signed by \(signedBy): the incoming person acknowledges it under their own identity (--user LOGIN --pin PIN)"
        }
        return nil
    }

    /// True when the handover is unacknowledged more than `graceMinutes` after its signature.
    public static func isUnacknowledged(signedAt: Instant, acknowledged: Bool, now: Instant, graceMinutes: Int = graceMinutes) -> Bool {
        !acknowledged && signedAt.seconds(until: now) > Int64(graceMinutes) * 60
    }

    /// Why a PIN is not acceptable; nil when it is: 6 to 12 letters or digits (ASCII), no spaces.
    public static func pinProblem(_ pin: String) -> String? {
        guard (6...12).contains(pin.count) else { return "a PIN has 6 to 12 characters (letters or digits), not \(pin.count)" }
        guard pin.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return "a PIN has only letters and digits" }
        return nil
    }
}

/// A working day without a daily check of an in-service device (R23).
public struct MissingCheck: Hashable, Sendable, Codable {
    public var device: String
    public var department: String
    public var day: Day

    public init(device: String, department: String, day: Day) {
        self.device = device; self.department = department; self.day = day
    }
}
