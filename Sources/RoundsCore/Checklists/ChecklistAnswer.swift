/// The answer to one checklist item: normal, abnormal with a note, or not applicable with a
/// reason (R18: "pass / fail / not applicable with comment on fail").
///
/// An abnormal item is a finding, and the person answering chooses what it raises (R16, R36): a
/// hidden hazard item to be closed with an action, or a repair ticket with the device out of service.
///
/// ```swift
/// try ChecklistAnswer(parsing: "normal")                 // .normal
/// try ChecklistAnswer(parsing: "abnormal:外壳裂纹")       // .abnormal(note: "外壳裂纹", raises: .hazard)
/// try ChecklistAnswer(parsing: "abnormal-ticket:不开机")  // .abnormal(note: "不开机", raises: .ticket)
/// try ChecklistAnswer(parsing: "na:本设备无气路")          // .notApplicable(reason: "本设备无气路")
/// ```
public enum ChecklistAnswer: Hashable, Sendable {
    case normal
    case abnormal(note: String, raises: Finding)
    case notApplicable(reason: String)

    /// What an abnormal item raises.
    public enum Finding: String, Hashable, Sendable, CaseIterable {
        /// 隐患: a hazard item (R16).
        case hazard
        /// 报修: a repair ticket, the device out of service (R36).
        case ticket
    }

    /// The answer's word in the store and on the command line: `normal`, `abnormal`, `na`.
    public var word: String {
        switch self {
        case .normal: return "normal"
        case .abnormal: return "abnormal"
        case .notApplicable: return "na"
        }
    }

    public var isNormal: Bool { self == .normal }

    /// Reads `normal`, `abnormal:NOTE`, `abnormal-ticket:NOTE` or `na:REASON`; a note or a reason
    /// must not be empty (R18: a comment on fail; a not-applicable says why).
    public init(parsing text: String) throws {
        let (word, rest) = Self.split(text)
        switch word {
        case "normal" where rest == nil:
            self = .normal
        case "abnormal", "abnormal-hazard", "abnormal-ticket":
            guard let note = rest, !note.isEmpty else {
                throw RuleRefusal("R18", en: "an abnormal item needs a note: \(word):NOTE", zh: "异常项须附说明：\(word):说明")
            }
            self = .abnormal(note: note, raises: word == "abnormal-ticket" ? .ticket : .hazard)
        case "na":
            guard let reason = rest, !reason.isEmpty else {
                throw RuleRefusal("R18", en: "a not-applicable item needs its reason: na:REASON", zh: "不适用项须附理由：na:理由")
            }
            self = .notApplicable(reason: reason)
        default:
            throw RuleRefusal(en: "'\(text)' is not an answer: normal, abnormal:NOTE, abnormal-ticket:NOTE or na:REASON",
                              zh: "'\(text)' 不是有效回答：normal、abnormal:说明、abnormal-ticket:说明 或 na:理由")
        }
    }

    private static func split(_ text: String) -> (String, String?) {
        guard let colon = text.firstIndex(of: ":") else { return (text.trimmed, nil) }
        return (String(text[..<colon]).trimmed, String(text[text.index(after: colon)...]).trimmed)
    }
}

extension String {
    fileprivate var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
