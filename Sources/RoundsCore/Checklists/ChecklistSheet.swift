/// A checklist as answered: every item of a template for one device (or one room), in the
/// template's order, each with its answer.
///
/// A sheet is only made complete: ``answer(_:items:given:)`` refuses a blank item, naming it and
/// the rule (R18: "the record cannot be completed while a mandatory item is blank"), and an answer
/// for an item the template does not ask. ``allNormal(_:)`` is round mode's one key: every item
/// answered normal, stored item by item.
///
/// ```swift
/// let items = ChecklistTemplates.items(.monthly, for: device, scope: .device)
/// let sheet = try ChecklistSheet.answer(.monthly, items: items, given: ["casing": .normal, …])
/// sheet.result        // .ok, .hazard or .fault
/// sheet.canonicalJSON // what the store keeps (ChecklistJSON)
/// ```
public struct ChecklistSheet: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public let code: String
        public let answer: ChecklistAnswer
        public init(code: String, answer: ChecklistAnswer) { self.code = code; self.answer = answer }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Every item answered normal (round mode's Space, `--all-normal`).
    public static func allNormal(_ items: [ChecklistItem]) -> ChecklistSheet {
        ChecklistSheet(entries: items.map { Entry(code: $0.code, answer: .normal) })
    }

    /// The sheet for `items` from the answers `given` by item code; refuses an unknown code and a
    /// blank item (the first blank is named with its text in both languages; the count of the
    /// others follows).
    public static func answer(_ kind: ChecklistKind, items: [ChecklistItem], given: [String: ChecklistAnswer]) throws -> ChecklistSheet {
        let codes = Set(items.map(\.code))
        if let unknown = given.keys.sorted().first(where: { !codes.contains($0) }) {
            throw RuleRefusal(kind.rule, en: "'\(unknown)' is not an item of this \(kind.rawValue) checklist (items: \(items.map(\.code).joined(separator: ", ")))",
                              zh: "'\(unknown)' 不是本\(kind.chineseName)检查表的项目（项目：\(items.map(\.code).joined(separator: "、"))）")
        }
        let blank = items.filter { given[$0.code] == nil }
        if let first = blank.first {
            let more = blank.count - 1
            throw RuleRefusal(kind.rule,
                              en: "checklist item '\(first.code)' (\(first.en)) is blank\(more > 0 ? " and \(more) more" : ""): the record cannot be completed while an item is blank; answer it normal, abnormal:NOTE or na:REASON",
                              zh: "检查项“\(first.zh)”（\(first.code)）未填写\(more > 0 ? "，另有 \(more) 项未填写" : "")：有检查项空白时记录不能完成；请回答正常、异常（附说明）或不适用（附理由）")
        }
        return ChecklistSheet(entries: items.map { Entry(code: $0.code, answer: Self.ruled($0.code, given[$0.code]!)) })
    }

    /// R32: a failed powered test opens a repair request, whatever was chosen for it.
    static func ruled(_ code: String, _ answer: ChecklistAnswer) -> ChecklistAnswer {
        if code == ChecklistItem.poweredTest, case .abnormal(let note, .hazard) = answer { return .abnormal(note: note, raises: .ticket) }
        return answer
    }

    public subscript(code: String) -> ChecklistAnswer? { entries.first { $0.code == code }?.answer }

    /// The abnormal entries that raise `finding`.
    public func findings(_ finding: ChecklistAnswer.Finding) -> [(code: String, note: String)] {
        entries.compactMap {
            if case .abnormal(let note, let raises) = $0.answer, raises == finding { return ($0.code, note) }
            return nil
        }
    }

    /// The record's result (R15): a fault when an abnormal item raises a ticket, a hidden hazard
    /// when one raises a hazard, else normal.
    public var result: InspectionResult {
        if !findings(.ticket).isEmpty { return .fault }
        if !findings(.hazard).isEmpty { return .hazard }
        return .ok
    }

    public var isAllNormal: Bool { entries.allSatisfy { $0.answer.isNormal } }
}

extension ChecklistKind {
    /// The kind's name in Chinese, for sentences.
    public var chineseName: String {
        switch self {
        case .tenDay: return "十天检查"
        case .monthly: return "月度巡查"
        case .quarterly: return "季度监督检查"
        case .daily: return "日常保养"
        case .first: return "一级保养"
        case .second: return "二级保养"
        }
    }

    /// The kind's name in English, for sentences and headings.
    public var englishName: String {
        switch self {
        case .tenDay: return "ten-day check"
        case .monthly: return "monthly round"
        case .quarterly: return "quarterly inspection"
        case .daily: return "routine maintenance"
        case .first: return "first-level maintenance"
        case .second: return "second-level maintenance"
        }
    }
}
