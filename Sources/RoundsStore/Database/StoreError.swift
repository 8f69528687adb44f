import RoundsCore

/// Why the store refused a request. Every case reads as one line a person can act on.
///
/// `description` is always the English line (the command-line contract); ``message(chinese:)``
/// says a ``ruled(_:)`` refusal in Chinese too.
public enum StoreError: BilingualError, Equatable {
    case cannotOpen(String, String)
    case alreadyExists(String)
    case notFound(String)
    case notInitialised(String)
    /// A rule refused the change; the message names the rule (e.g. "R8: ...").
    case refused(String)
    /// A rule refused the change, in both languages; the message names the rule (e.g. "R8：…").
    case ruled(RuleText)
    /// An import was refused; one `FILE:LINE: column: message` per problem.
    case importRejected([String])

    public var description: String {
        switch self {
        case .cannotOpen(let path, let why): return "cannot open store \(path): \(why)"
        case .alreadyExists(let path): return "store already exists: \(path) (init refuses to overwrite it)"
        case .notFound(let what): return what
        case .notInitialised(let path): return "no store at \(path): create one with `rounds init` (or try `rounds demo`)"
        case .refused(let why): return why
        case .ruled(let why): return why.en
        case .importRejected(let problems): return problems.joined(separator: "\n")
        }
    }

    /// The Chinese sentence of a ``ruled(_:)`` refusal when `chinese`; otherwise ``description``.
    public func message(chinese: Bool) -> String {
        if case .ruled(let why) = self { return why.text(chinese: chinese) }
        return description
    }

    /// Something asked for that the store does not hold, in both languages ("no ticket WX-…" /
    /// "没有维修单 WX-…").
    public static func notFound(en: String, zh: String) -> StoreError {
        .ruled(RuleText(en: en, zh: zh))
    }

    /// A rule's refusal in both languages: `StoreError.refused(rule, en: …, zh: …)`.
    public static func refused(_ rule: String, en: String, zh: String) -> StoreError {
        .ruled(RuleText(en: en, zh: zh).prefixed(rule))
    }
}
