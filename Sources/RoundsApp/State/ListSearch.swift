import TerminalUI

/// `/` on a list: a line of text that narrows the list as it is typed (the overdue board, ticket
/// lists) or jumps to the first row it matches (the uptime board, the shift's devices, whose order
/// means something); Enter keeps it, Esc puts back the one before. Lists keep one of these and say
/// which of their rows match (``matches(_:)`` over the row's words).
public struct ListSearch: Sendable {
    /// The line being typed (nil when the search is not open).
    public var field: TextField?
    /// The filter in force.
    public var text = ""
    var before = ""

    public var isOpen: Bool { field != nil }

    mutating func open() { before = text; field = TextField(text: text) }

    /// Types a key into the line; the filter follows.
    mutating func handle(_ key: Key) {
        field?.handle(key)
        text = field?.text ?? text
    }

    mutating func close(keeping: Bool) {
        if !keeping { text = before }
        field = nil
    }

    /// Whether any of a row's words contains the filter, ignoring case (Chinese has none).
    public func matches(_ words: [String]) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || words.contains { $0.localizedCaseInsensitiveContains(t) }
    }
}

extension App {
    /// A key while a list's search line is open; false when the top screen has none open.
    func handleListSearch(_ key: Key) -> Bool {
        let index = state.stack.count - 1
        switch state.stack[index] {
        case .overdue(var o) where o.search.isOpen:
            guard edit(&o.search, key) else { return false }
            o.refilter()
            state.stack[index] = .overdue(o)
        case .tickets(var l) where l.search.isOpen:
            guard edit(&l.search, key) else { return false }
            l.refilter()
            state.stack[index] = .tickets(l)
        case .uptime(var u) where u.search.isOpen:
            guard edit(&u.search, key) else { return false }
            u.jumpToMatch()
            state.stack[index] = .uptime(u)
        case .shift(var x) where x.search.isOpen:
            guard edit(&x.search, key) else { return false }
            x.jumpToMatch()
            state.stack[index] = .shift(x)
        default:
            return false
        }
        return true
    }

    /// Enter keeps, Esc restores, anything else is typed.
    private func edit(_ search: inout ListSearch, _ key: Key) -> Bool {
        switch CommandTable.command(for: key, in: .search) {
        case .confirm: search.close(keeping: true)
        case .cancel: search.close(keeping: false)
        case .quit: return false
        default: search.handle(key)
        }
        return true
    }
}
