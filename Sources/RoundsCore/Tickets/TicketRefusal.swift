/// Why a step was not recorded. The message always starts with the rule that forbids it, so the CLI
/// can print it as the one-line reason of exit code 1 (CONTRACT).
///
/// ```swift
/// TicketRefusal("R46", "damage by fault must be reported to leadership with the established facts before repair starts")
///     .description   // "R46: damage by fault must be reported …"
/// ```
public struct TicketRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule number, e.g. `R46`.
    public let rule: String
    /// The reason without the rule number.
    public let reason: String

    public init(_ rule: String, _ reason: String) { self.rule = rule; self.reason = reason }

    /// `R46: damage by fault must be reported …`
    public var description: String { "\(rule): \(reason)" }
    public var message: String { description }
}
