import RoundsCore
import RoundsStore
import TerminalUI

/// The keys of the radiation QC screens. Nothing here records: `n` opens the command line's own
/// `qc record` form (R76) with the line's device filled in, and the store decides the rest.
extension App {
    func openRadiation() {
        guard let board = try? RadiationBoardState.load(store, today: state.day, now: environment.now()) else { return }
        push(.radiation(board))
    }

    func performRadiation(_ command: CommandID, at index: Int) {
        switch state.stack[index] {
        case .radiation(var r):
            if r.table.navigate(command, page: page) { state.stack[index] = .radiation(r); return }
            switch command {
            case .nextTab: r.nextSection()
            case .open where r.section == .licences || r.section == .imaging:
                state.stack[index] = .radiation(r)
                openRadiationLine(r.selectedOpening)
                return
            case .open:
                state.stack[index] = .radiation(r)
                guard let id = try? r.selectedTest(store), let detail = try? QCTestDetailState.load(store, id: id) else {
                    state.message = state.strings.t(.noTestOnLine)
                    return
                }
                push(.qcTest(detail))
                return
            case .recordQC:
                guard let device = r.selectedDevice else { state.message = state.strings.t(.noDeviceOnLine); break }
                openCommandForm(["qc", "record"], given: ["--device", device, "--kind", r.kindToRecord.rawValue])
            default: break
            }
            state.stack[index] = .radiation(r)
        case .qcTest(var t):
            if command == .recordQC {
                openCommandForm(["qc", "record"], given: ["--device", t.summary.test.device, "--kind", t.summary.test.kind.rawValue])
            }
            if let moved = scrolled(t.scroll, by: command) { t.scroll = moved }
            state.stack[index] = .qcTest(t)
        case .radiationPage(var p):
            if let moved = scrolled(p.scroll, by: command) { p.scroll = moved }
            state.stack[index] = .radiationPage(p)
        default: break
        }
    }

    /// Enter on a licences or imaging line: the licence or the device's log as a page, or the
    /// device's record; a line about nothing openable says so.
    func openRadiationLine(_ opening: RadiationOpening?) {
        switch opening {
        case .page(let subject)?:
            guard let page = try? RadiationPageState.load(store, subject: subject, today: state.day) else { break }
            push(.radiationPage(page))
            return
        case .device(let tag)?:
            guard let detail = try? DetailState.load(store, tag: tag) else { break }
            push(.detail(detail))
            return
        case nil: break
        }
        state.message = state.strings.t(.noDeviceOnLine)
    }

    func renderRadiationScreen(at index: Int, into frame: inout Frame, rect: Rect, strings s: Strings) {
        switch state.stack[index] {
        case .radiation(var r):
            RadiationBoardView.render(&r, into: &frame, rect: rect, strings: s)
            state.stack[index] = .radiation(r)
        case .qcTest(var t):
            QCTestDetailView.render(&t, into: &frame, rect: rect, strings: s, calendar: environment.calendar)
            state.stack[index] = .qcTest(t)
        case .radiationPage(var p):
            RadiationPageView.render(&p, into: &frame, rect: rect, strings: s)
            state.stack[index] = .radiationPage(p)
        default: break
        }
    }

    /// The screen read again (a test recorded from its form, a new day), keeping section and place.
    func reloadedRadiationScreen(_ screen: Screen) -> Screen {
        switch screen {
        case .radiation(let r):
            return (try? r.reloaded(store, today: state.day, now: environment.now())).map(Screen.radiation) ?? screen
        case .qcTest(let t):
            return (try? QCTestDetailState.load(store, id: t.summary.id)).map { var n = $0; n.scroll = t.scroll; return .qcTest(n) } ?? screen
        case .radiationPage(let p):
            return (try? p.reloaded(store, today: state.day)).flatMap { $0 }.map(Screen.radiationPage) ?? screen
        default: return screen
        }
    }
}
