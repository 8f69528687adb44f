import RoundsCore
import TerminalUI

/// Round mode's checklist of the current device, answered item by item (`c`, R14, R18).
///
/// The items are the device's template and, while its room is not yet answered in the round, the
/// room's environment items (R19). Each answer is normal, abnormal (raising a hazard item or a
/// repair ticket, as the person chooses: R16, R36) with a note, or not applicable with a reason.
/// Enter records the inspection; with an item still blank the store refuses it, naming the item.
public struct ChecklistEditor: Sendable {
    public let items: [ChecklistItem]
    public var answers: [String: ChecklistAnswer] = [:]
    public var selected = 0
    /// The item whose note or reason is being typed, and what the text will make of it.
    public var pending: Pending?

    public enum Pending: Sendable, Equatable {
        case abnormal(ChecklistAnswer.Finding)
        case notApplicable
    }

    public init(items: [ChecklistItem]) { self.items = items }

    public var current: ChecklistItem? { items.indices.contains(selected) ? items[selected] : nil }
    public var blankCount: Int { items.filter { answers[$0.code] == nil }.count }

    /// Answers the selected item and moves to the next blank one (or the next item).
    mutating func answer(_ a: ChecklistAnswer) {
        guard let item = current else { return }
        answers[item.code] = a
        let after = items.indices.dropFirst(selected + 1)
        selected = after.first { answers[items[$0].code] == nil } ?? min(selected + 1, items.count - 1)
    }

    /// The typed note or reason applied to the selected item; an empty text answers nothing.
    mutating func finish(_ pending: Pending, text: String) {
        // Kept as typed (R105); only an all-blank text is no answer.
        guard !text.allSatisfy(\.isWhitespace) else { return }
        switch pending {
        case .abnormal(let finding): answer(.abnormal(note: text, raises: finding))
        case .notApplicable: answer(.notApplicable(reason: text))
        }
    }

    /// The same answers over `items` (the room's items drop out when someone else in the round has
    /// answered the room meanwhile, R19), the selection kept on its item where it still exists.
    func narrowed(to items: [ChecklistItem]) -> ChecklistEditor {
        guard items != self.items else { return self }
        var e = ChecklistEditor(items: items)
        e.answers = answers.filter { code, _ in items.contains { $0.code == code } }
        e.selected = current.flatMap { c in items.firstIndex { $0.code == c.code } } ?? min(selected, max(0, items.count - 1))
        e.pending = pending
        return e
    }

    mutating func move(by delta: Int) { selected = max(0, min(items.count - 1, selected + delta)) }
}
