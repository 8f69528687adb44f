/// Why a step was not recorded, in both interface languages. The message always starts with the
/// rule that forbids it, so the CLI can print it as the one-line reason of exit code 1 (CONTRACT).
///
/// The only initializer takes both sentences: a refusal without its Chinese does not compile.
///
/// ```swift
/// TicketRefusal("R46", en: "damage by fault must be reported to leadership …",
///                      zh: "设备损坏须先向领导报告并查明事实，方可开始维修")
///     .description                   // "R46: damage by fault must be reported …"
///     .message(chinese: true)        // "R46：设备损坏须先向领导报告…"
/// ```
public struct TicketRefusal: BilingualError, Hashable, Sendable {
    /// The rule number, e.g. `R46`.
    public let rule: String
    /// The reason without the rule number, in both languages.
    public let text: RuleText

    public init(_ rule: String, en: String, zh: String) {
        self.rule = rule; self.text = RuleText(en: en, zh: zh)
    }

    /// The English reason without the rule number.
    public var reason: String { text.en }

    /// The whole message with its rule number, in both languages.
    public var words: RuleText { text.prefixed(rule) }

    /// `R46: damage by fault must be reported …`
    public var description: String { words.en }
    public var message: String { description }

    /// `R46：…` in Chinese, else ``description``.
    public func message(chinese: Bool) -> String { words.text(chinese: chinese) }
}
