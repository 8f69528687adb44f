import RoundsCore
import RoundsStore
import TerminalUI

/// What Enter opens from the radiation screen's licences and imaging sections: one licence with
/// everything about it (R90–R92), or one imaging device's running-status log (R66, R67). A page
/// to read and scroll, like the output of a command; `q` goes back to the section.
///
/// The page keeps what it is about (``Subject``) so that it can be read again when the store
/// changes (``reloaded(_:today:)``).
public struct RadiationPageState: Sendable {
    public enum Subject: Sendable, Equatable {
        /// A radiological licence by its number.
        case licence(String)
        /// An imaging device's log, by tag.
        case imagingLog(String)
    }

    public var subject: Subject
    var content: Content
    public var scroll = 0

    enum Content: Sendable {
        case licence(RadiationLicencePage)
        case imagingLog(ImagingLogPage)
    }

    /// The page for `subject` on `today`, nil when the licence or device is no longer there.
    static func load(_ store: Store, subject: Subject, today: Day) throws -> RadiationPageState? {
        switch subject {
        case .licence(let number):
            return try RadiationLicencePage.load(store, number: number, today: today).map { RadiationPageState(subject: subject, content: .licence($0)) }
        case .imagingLog(let tag):
            return try ImagingLogPage.load(store, tag: tag, today: today).map { RadiationPageState(subject: subject, content: .imagingLog($0)) }
        }
    }

    /// The same page read again, at the same place.
    func reloaded(_ store: Store, today: Day) throws -> RadiationPageState? {
        var fresh = try Self.load(store, subject: subject, today: today)
        fresh?.scroll = scroll
        return fresh
    }

    func lines(strings s: Strings) -> [(String, StyleRole)] {
        switch content {
        case .licence(let p): return p.lines(strings: s)
        case .imagingLog(let p): return p.lines(strings: s)
        }
    }

    /// The title bar's name of the page.
    func title(_ s: Strings) -> String {
        switch content {
        case .licence: return s.t(.licencePageTitle)
        case .imagingLog: return s.t(.imagingLogTitle)
        }
    }
}

enum RadiationPageView {
    static func render(_ state: inout RadiationPageState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        TextPage.render(state.lines(strings: s), scroll: &state.scroll, into: &frame, rect: rect)
    }
}

/// Label and value lines, the labels padded to one width: the head of a page.
func labelledLines(_ fields: [(TextID, String)], _ s: Strings) -> [(String, StyleRole)] {
    let width = fields.map { displayWidth(s.t($0.0)) }.max() ?? 8
    return fields.map { (fit(s.t($0.0), width: width) + "  " + $0.1, .normal) }
}
