/// The rules of a handover's two signatures (R2, R25) and of PINs, as pure checks.
///
/// The outgoing person signs the sheet; the incoming person acknowledges it under their own
/// identity, proved by their own PIN, never the outgoing person's session. A handover still not
/// acknowledged `graceMinutes` after its signature is flagged.
///
/// ```swift
/// HandoverRules.refusal(toAcknowledge: 7, signedBy: "lina", by: "lina", acknowledgedBy: nil)
/// // en: "R2: handover #7 was signed by lina: the incoming person acknowledges it under their own identity …"
/// HandoverRules.isUnacknowledged(signedAt: t, acknowledged: false, now: t.adding(seconds: 3601))   // true
/// ```
public enum HandoverRules {
    /// Minutes after the signature when an unacknowledged handover is flagged.
    public static let graceMinutes = 60

    /// Why `by` may not acknowledge handover `id` now, in both languages; nil when they may (the
    /// PIN is checked apart).
    public static func refusal(toAcknowledge id: Int64, signedBy: String, by: String, acknowledgedBy: String?) -> RuleText? {
        if let acknowledgedBy {
            return RuleText(en: "handover #\(id) was already acknowledged by \(acknowledgedBy)",
                            zh: "交接班 #\(id) 已由 \(acknowledgedBy) 确认")
        }
        if by == signedBy {
            return RuleText(en: "handover #\(id) was signed by \(signedBy): the incoming person acknowledges it under their own identity (--user LOGIN --pin PIN)",
                            zh: "交接班 #\(id) 由 \(signedBy) 签署：须由接班人以本人身份确认（--user LOGIN --pin PIN）").prefixed("R2")
        }
        return nil
    }

    /// True when the handover is unacknowledged more than `graceMinutes` after its signature.
    public static func isUnacknowledged(signedAt: Instant, acknowledged: Bool, now: Instant, graceMinutes: Int = graceMinutes) -> Bool {
        !acknowledged && signedAt.seconds(until: now) > Int64(graceMinutes) * 60
    }

    /// Why a PIN is not acceptable; nil when it is: 6 to 12 letters or digits (ASCII), no spaces.
    public static func pinProblem(_ pin: String) -> RuleText? {
        guard (6...12).contains(pin.count) else {
            return RuleText(en: "a PIN has 6 to 12 characters (letters or digits), not \(pin.count)",
                            zh: "PIN 须为 6 到 12 个字符（字母或数字），不是 \(pin.count) 个")
        }
        guard pin.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return RuleText(en: "a PIN has only letters and digits", zh: "PIN 只能包含字母和数字")
        }
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
