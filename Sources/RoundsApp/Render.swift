import RoundsCore
import TerminalUI

extension App {
    /// Draws the current state: a title bar, the screen, any overlay, the status bar.
    /// Below 80x24 only a "terminal too small" message is drawn (never a crash).
    public func render(size: Size) -> Frame {
        lastSize = size
        var frame = Frame(size: size)
        let s = state.strings
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            let text = "\(s.t(.tooSmall)): \(size.width)x\(size.height) < \(Self.minimumSize.width)x\(Self.minimumSize.height)"
            let lines = wrap(text, width: max(1, size.width))
            for (i, line) in lines.prefix(size.height).enumerated() {
                frame.put(line, at: Point(x: 0, y: max(0, size.height / 2 - lines.count / 2) + i), role: .warning)
            }
            return frame
        }
        renderTitle(into: &frame, strings: s)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let calendar = environment.calendar
        let index = state.stack.count - 1
        switch state.stack[index] {
        case .dashboard(var d):
            DashboardView.render(&d, into: &frame, rect: body, strings: s)
            state.stack[index] = .dashboard(d)
        case .archive(var a):
            ArchiveView.render(&a, into: &frame, rect: body, strings: s)
            state.stack[index] = .archive(a)
        case .detail(var d):
            DetailView.render(&d, into: &frame, rect: body, strings: s, calendar: calendar)
            state.stack[index] = .detail(d)
        case .deviceFile(var f):
            DeviceFileView.render(&f, into: &frame, rect: body, strings: s, calendar: calendar)
            state.stack[index] = .deviceFile(f)
        case .overdue(var o):
            OverdueBoardView.render(&o, into: &frame, rect: body, strings: s)
            state.stack[index] = .overdue(o)
        case .round(var r):
            RoundView.render(&r, into: &frame, rect: body, strings: s, border: state.border,
                             signer: environment.person?.name ?? environment.login)
            state.stack[index] = .round(r)
        case .uptime(var u):
            UptimeBoardView.render(&u, into: &frame, rect: body, strings: s, calendar: calendar)
            state.stack[index] = .uptime(u)
        case .tickets(var l):
            TicketListView.render(&l, into: &frame, rect: body, strings: s, calendar: calendar, now: environment.now())
            state.stack[index] = .tickets(l)
        case .ticket(var t):
            TicketDetailView.render(&t, into: &frame, rect: body, strings: s, calendar: calendar, now: environment.now())
            state.stack[index] = .ticket(t)
        case .shift, .handover, .handovers:
            renderShiftScreen(at: index, into: &frame, rect: body, strings: s)
        case .output(var o):
            OutputView.render(&o, into: &frame, rect: body, strings: s)
            state.stack[index] = .output(o)
        case .radiation, .qcTest, .radiationPage:
            renderRadiationScreen(at: index, into: &frame, rect: body, strings: s)
        case .exceptions(var x):
            MissedDutyBoardView.render(&x, into: &frame, rect: body, strings: s)
            state.stack[index] = .exceptions(x)
        }
        switch state.overlay {
        case .help(var h):
            // The reasons are those of the screen under the help (the overlay itself is set aside).
            state.overlay = nil
            OverlayView.renderHelp(&h, into: &frame, rect: body, strings: s, border: state.border, why: whyDisabled)
            state.overlay = .help(h)
        case .picker(var p):
            OverlayView.renderPicker(&p, into: &frame, rect: body, border: state.border)
            state.overlay = .picker(p)
        case .form(let form):
            FormView.render(form, into: &frame, rect: body, strings: s, border: state.border)
        case .commandLine(let line):
            renderStatus(into: &frame, strings: s)
            CommandLineView.render(line, into: &frame, strings: s)
            return frame
        case nil: break
        }
        renderStatus(into: &frame, strings: s)
        return frame
    }

    func screenTitle(_ s: Strings) -> String {
        switch state.stack.last! {
        case .dashboard: return s.t(.dashboard)
        case .archive: return s.t(.archive)
        case .detail(let d): return "\(s.t(.deviceDetail)) \(d.device.tag)"
        case .deviceFile(let f): return "\(s.t(.deviceFile)) \(f.device.tag)"
        case .overdue: return s.t(.overdueBoard)
        case .uptime: return s.t(.uptimeTitle)
        case .tickets: return s.t(.ticketsTitle)
        case .ticket(let t): return t.ticket.number.description       // the number says what it is; room for who signs
        case .round(let r): return "\(s.kind(r.kind)) \(r.department.code) \(r.department.displayName(english: !s.isChinese))"
        case .shift, .handover, .handovers: return shiftScreenTitle(s)
        case .output: return s.t(.outputTitle)
        case .radiation: return s.t(.radiationTitle)
        case .exceptions: return s.t(.exceptionsTitle)
        case .radiationPage(let p): return p.title(s)
        case .qcTest: return s.t(.qcTestTitle)               // the page's first line names the device and test
        }
    }

    func renderTitle(into frame: inout Frame, strings s: Strings) {
        frame.fill(Rect(x: 0, y: 0, width: frame.width, height: 1), role: .title)
        let left = " \(s.t(.appName)) | \(screenTitle(s))"
        let now = environment.calendar.format(environment.now())
        // Who signs what is entered here (R2), and a practice store says so on every screen.
        let who = environment.person.map { p in
            let senior: [Role] = [.equipmentHead, .director, .deptHead, .engineer, .custodian, .operator, .auditor]
            return "\(p.name) \(senior.first(where: p.has).map(s.role) ?? "")"
        } ?? environment.login
        let practice = environment.store.settings.isPractice ? " \(s.t(.practiceTag))" : ""
        let right = "\(now)  \(who)\(practice) "
        frame.putLabel(left, at: Point(x: 0, y: 0), role: .title, maxWidth: frame.width - displayWidth(right) - 1)
        frame.put(right, at: Point(x: frame.width - displayWidth(right), y: 0), role: .title)
    }

    /// The search line being typed on the top screen, if any.
    var openSearchField: TextField? {
        switch state.stack.last! {
        case .archive(let a): return a.search
        case .overdue(let o): return o.search.field
        case .tickets(let l): return l.search.field
        case .uptime(let u): return u.search.field
        case .shift(let x): return x.search.field
        default: return nil
        }
    }

    func renderStatus(into frame: inout Frame, strings s: Strings) {
        let y = frame.height - 1
        if let field = openSearchField, !state.hasOverlay {
            frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .statusBar)
            let prompt = "/ \(s.t(.searchPrompt)): "
            let used = frame.put(prompt, at: Point(x: 0, y: y), role: .statusKey)
            field.render(into: &frame, at: Point(x: used, y: y), width: frame.width - used - 1)
            return
        }
        // A message longer than the bar wraps onto the lines above it (a refusal cut mid-word at 80
        // columns loses the part that says what to do); the bar keeps the keys.
        if let message = state.message, displayWidth(message) > frame.width / 2 {
            let lines = wrap(message, width: max(1, frame.width - 2))
            let shown = Array(lines.prefix(3))
            for (i, line) in shown.enumerated() {
                let row = y - shown.count + i
                guard row > 0 else { continue }
                frame.fill(Rect(x: 0, y: row, width: frame.width, height: 1), role: .statusBar)
                let text = i == shown.count - 1 && lines.count > shown.count ? fit(line + " ..", width: frame.width - 2) : line
                frame.putLabel(text, at: Point(x: 1, y: row), role: .statusBar, maxWidth: frame.width - 2)
            }
            StatusBar(hints: hints(strings: s), message: nil).render(into: &frame, row: y)
            return
        }
        StatusBar(hints: hints(strings: s), message: state.message).render(into: &frame, row: y)
    }
}
