import RoundsCore
import RoundsStore
import TerminalUI

/// One device: every field of the archive record, then its history.
public struct DetailState: Sendable {
    public var device: Equipment
    public var history: [HistoryEntry]
    public var department: Department?
    public var custodian: Person?
    public var scroll: Int = 0

    static func load(_ store: Store, tag: String) throws -> DetailState? {
        guard let d = try store.device(tag) else { return nil }
        return DetailState(device: d, history: try store.history(of: tag),
                           department: try store.departments().first { $0.code == d.department },
                           custodian: d.custodian.isEmpty ? nil : try store.person(d.custodian))
    }

    /// The lines of the view, labels padded so values line up in both languages.
    func lines(strings s: Strings, calendar: FacilityCalendar, width: Int) -> [(String, StyleRole)] {
        let fields = DeviceFields.rows(device, strings: s, department: department, custodian: custodian)
        let labelWidth = fields.map { displayWidth($0[0]) }.max() ?? 10
        var out: [(String, StyleRole)] = []
        out.append((device.tag + "  " + device.displayName(english: !s.isChinese), .title))
        for f in fields { out.append((fit(f[0], width: labelWidth) + "  " + f[1], .normal)) }
        out.append(("", .normal))
        out.append((s.t(.history), .header))
        for h in history.reversed() {
            out.append(("\(calendar.format(h.at))  \(fit(h.actor, width: 12))  \(fit(s.historyAction(h.action), width: 8))  \(s.historyDetail(h))", .normal))
        }
        return out
    }
}

enum DetailView {
    static func render(_ state: inout DetailState, into frame: inout Frame, rect: Rect, strings s: Strings, calendar: FacilityCalendar) {
        TextPage.render(state.lines(strings: s, calendar: calendar, width: rect.width), scroll: &state.scroll, into: &frame, rect: rect)
    }
}
