import RoundsCore
import RoundsStore
import TerminalUI

/// A screen on the stack. `q` pops one; quitting the last one ends the program.
public enum Screen: Sendable {
    case dashboard(DashboardState)
    case archive(ArchiveState)
    case detail(DetailState)
    /// The device file: every record of one device, oldest first (R9).
    case deviceFile(DeviceFileState)
    case overdue(OverdueBoardState)
    case round(RoundState)
    case uptime(UptimeBoardState)
    case tickets(TicketListState)
    case ticket(TicketDetailState)
    case shift(ShiftState)
    case handover(HandoverState)
    case handovers(HandoverListState)
    /// What a command run from `:` printed.
    case output(OutputState)
    /// Radiation QC (Radiation/): the due list and its sections, and one test.
    case radiation(RadiationBoardState)
    case qcTest(QCTestDetailState)
    /// A licence or an imaging device's log opened from the licences and imaging sections.
    case radiationPage(RadiationPageState)
    /// The hospital's missed duties (Exceptions/).
    case exceptions(MissedDutyBoardState)

    var context: Context {
        switch self {
        case .dashboard: return .dashboard
        case .archive(let a): return a.search == nil ? .archive : .search
        case .detail: return .detail
        case .deviceFile: return .deviceFile
        case .overdue(let o): return o.search.isOpen ? .search : .overdue
        case .round(let r): return r.note != nil ? .note : (r.checklist != nil ? .checklist : .round)
        case .uptime(let u): return u.search.isOpen ? .search : .uptime
        case .tickets(let l): return l.search.isOpen ? .search : .tickets
        case .ticket: return .ticket
        case .shift(let s): return s.note != nil ? .note : (s.search.isOpen ? .search : .shift)
        case .handover(let h): return h.note == nil ? .handover : .note
        case .handovers(let l): return l.search == nil ? .handovers : .search
        case .output: return .output
        case .radiation: return .radiation
        case .qcTest: return .qcTest
        case .radiationPage: return .output             // a page to read, as a command's output is
        case .exceptions: return .exceptions
        }
    }
}

/// Something drawn over the current screen that takes the keys while it is open.
public enum Overlay: Sendable {
    case help(HelpState)
    case picker(PickerState)
    case form(FormState)
    /// The `:` prompt on the bottom line.
    case commandLine(CommandLineState)
}

/// Everything the terminal UI shows, as plain values: screens are functions of this state.
public struct AppState: Sendable {
    public var language: Language
    public var stack: [Screen]
    public var overlay: Overlay?
    /// A one-line message shown in the status bar until the next key.
    public var message: String?
    /// The day the screens were computed for; a new day recomputes everything (midnight).
    public var day: Day
    /// The newest audit entry seen; a higher one means someone else changed the store.
    public var changeMark: Int64
    public var border: BorderStyle

    public var strings: Strings { Strings(language: language) }

    public var hasOverlay: Bool { overlay != nil }

    public var context: Context {
        switch overlay {
        case .help: return .help
        case .picker: return .picker
        case .form: return .form
        case .commandLine: return .commandLine
        case nil: return stack.last?.context ?? .dashboard
        }
    }
}
