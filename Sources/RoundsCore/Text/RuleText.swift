/// A sentence a user may read, in both interface languages: Simplified Chinese and English.
///
/// Refusals and exception texts are read by equipment staff and by health inspectors, most of whom
/// read Chinese. A `RuleText` has no English-only initializer, so a refusal that lacks its Chinese
/// does not compile. Rule numbers (`R41`), identifiers (`WX-2026-000012`, logins) and option names
/// (`--reason`) are written the same in both.
///
/// ```swift
/// let t = RuleText(en: "\(login) is not a repairer", zh: "\(login) 不是维修工程师")
/// t.text(chinese: true)    // "machao 不是维修工程师"
/// ```
public struct RuleText: Hashable, Sendable {
    /// The English sentence; the command line prints it byte for byte when the language is English.
    public let en: String
    /// The Simplified Chinese sentence, in DOMAIN.md's glossary terms.
    public let zh: String

    public init(en: String, zh: String) { self.en = en; self.zh = zh }

    /// The sentence in the chosen language.
    public func text(chinese: Bool) -> String { chinese ? zh : en }

    /// Both sentences with `prefix` before each, e.g. a rule number: `R41: …` and `R41：…`.
    public func prefixed(_ prefix: String) -> RuleText {
        RuleText(en: "\(prefix): \(en)", zh: "\(prefix)：\(zh)")
    }
}

/// An error that can say itself in both interface languages; its `description` stays the English
/// sentence (the command-line contract's one-line reason).
///
/// ```swift
/// catch let e as BilingualError { print(e.message(chinese: true)) }
/// ```
public protocol BilingualError: Error, CustomStringConvertible {
    /// The error's sentence in the chosen language.
    func message(chinese: Bool) -> String
}

extension RuleText {
    /// The message of `error` in the chosen language: a ``BilingualError`` in that language, any
    /// other error as its English `description`.
    public static func describe(_ error: any Error, chinese: Bool) -> String {
        if let b = error as? any BilingualError { return b.message(chinese: chinese) }
        return "\(error)"
    }
}

/// A refusal whose whole message (rule number included, when a rule applies) is in both languages:
/// the refusals of scrapping (R62–R65) and of spare parts (R58). `description` is the English.
///
/// ```swift
/// throw RuleRefusal("R58", en: "only 2 in stock, cannot issue 3", zh: "库存仅 2 件，不能领用 3 件")
/// ```
public struct RuleRefusal: BilingualError, Equatable, Sendable {
    public let text: RuleText

    /// A refusal citing `rule`: `R58: …` and `R58：…`.
    public init(_ rule: String, en: String, zh: String) { text = RuleText(en: en, zh: zh).prefixed(rule) }
    /// A refusal that cites no rule (a value out of its domain).
    public init(en: String, zh: String) { text = RuleText(en: en, zh: zh) }

    public var description: String { text.en }
    public func message(chinese: Bool) -> String { text.text(chinese: chinese) }
}
