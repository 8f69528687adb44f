import GRDB
import RoundsCore

/// One change of a rule setting or of a device's maintenance interval (R114): what it was, what it
/// became, why, who changed it and when, and who approved it when it lengthened an interval of
/// life-support equipment. `rule` is the setting (`rule.ten-day-interval`) or the plan
/// (`maintenance-plan ICU-V01 first`).
public struct RuleChange: Sendable, Equatable {
    public var id: Int64
    public var rule: String
    public var oldValue: String
    public var newValue: String
    public var reason: String
    public var at: Instant
    public var by: String
    /// The equipment head whose proven signature approved a lengthened life-support interval; empty otherwise.
    public var approvedBy: String
}

extension RuleSetting {
    /// The rules that set how often life-support equipment is inspected: the ten-day round
    /// (life-support and emergency devices of key departments, R12) and the rolling monthly round
    /// (every device, life support included, R13).
    public var isLifeSupportInterval: Bool { self == .tenDayInterval || self == .monthlyRollingDays }

    /// Whether going from `old` to `new` lengthens a life-support interval (R114).
    public func lengthensLifeSupportInterval(from old: String, to new: String) -> Bool {
        guard isLifeSupportInterval, let o = Int(old), let n = Int(new) else { return false }
        return n > o
    }
}

extension Recorder {
    /// Changes a rule with its documented justification (R114), audited, and lists it in the rule
    /// history. Refused without a reason. Lengthening an interval of life-support equipment (see
    /// ``RuleSetting/lengthensLifeSupportInterval(from:to:)``) is approved by the equipment head
    /// making it, whose signature must be proven (their PIN, or their OS account) even in a practice
    /// store; the head is recorded as the approver.
    @discardableResult
    public func changeRule(_ rule: RuleSetting, _ value: String, reason: String) throws -> RuleChange {
        try requireAdministrator(doing: RuleText(en: "changing the rules", zh: "更改规则"))
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.refused("R114", en: "changing \(rule.rawValue) needs its justification: give --reason", zh: "修改 \(rule.rawValue) 须说明理由：请给出 --reason")
        }
        let old = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [rule.rawValue]) ?? rule.defaultValue
        let approver = rule.lengthensLifeSupportInterval(from: old, to: value)
            ? try approveLongerLifeSupportInterval(RuleText(en: "lengthening \(rule.rawValue) from \(old) to \(value) days",
                                                            zh: "将 \(rule.rawValue) 从 \(old) 天延长到 \(value) 天"))
            : ""
        try setRule(rule, value)
        return try recordChange(rule.rawValue, from: old, to: value, reason: why, approvedBy: approver)
    }

    /// The equipment head at the keyboard approves a longer interval of life-support equipment
    /// (R114) with a proven signature — their PIN or their OS account — even in a practice store.
    /// Returns the approver's login.
    func approveLongerLifeSupportInterval(_ what: RuleText) throws -> String {
        guard let me = try person(actor), me.has(.equipmentHead) else {
            throw StoreError.refused("R114", en: "\(what.en) lengthens the interval of life-support equipment: only the equipment head approves it",
                                     zh: "\(what.zh)会延长生命支持类设备的间隔：只有设备科主任可以批准")
        }
        guard try prove(actor, meaning: .approved) != .unproven else {
            throw StoreError.refused("R114", en: "\(what.en) lengthens the interval of life-support equipment: the equipment head approves it with their own PIN (--pin)",
                                     zh: "\(what.zh)会延长生命支持类设备的间隔：须设备科主任以本人 PIN 批准（--pin）")
        }
        return actor
    }

    /// One line of the rule history (R114).
    func recordChange(_ rule: String, from old: String, to new: String, reason: String, approvedBy: String) throws -> RuleChange {
        let id = try insert("rule_changes", ["rule": rule, "old_value": old, "new_value": new, "reason": reason,
                                             "at": at.seconds, "by": actor, "approved_by": approvedBy])
        return RuleChange(id: id, rule: rule, oldValue: old, newValue: new, reason: reason, at: at, by: actor, approvedBy: approvedBy)
    }
}

extension Store {
    /// Every rule change, oldest first, up to `asOf` (R114).
    public func ruleChanges(asOf: Instant) throws -> [RuleChange] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM rule_changes WHERE at <= ? ORDER BY at, id", arguments: [asOf.seconds]).map { r in
                RuleChange(id: r["id"], rule: r["rule"], oldValue: r["old_value"], newValue: r["new_value"], reason: r["reason"],
                           at: Instant(seconds: r["at"]), by: r["by"], approvedBy: r["approved_by"])
            }
        }
    }
}
