import Foundation
import RoundsCore
import RoundsStore
import TerminalUI

/// The terminal UI: keys in, frames out.
///
/// ```swift
/// let app = try App(environment: env, language: .zh)
/// app.run(on: terminal)           // until the user quits; restores the terminal
/// ```
///
/// Tests call ``handle(_:)`` and ``render(size:)`` directly with a fixed clock.
public final class App {
    /// Who is at the keyboard changes with `U` (SwitchUser.swift).
    public internal(set) var environment: AppEnvironment
    public internal(set) var state: AppState
    /// Smallest usable size; below it a "terminal too small" message is shown instead of a screen.
    public static let minimumSize = Size(width: 80, height: 24)
    /// How often, while idle, the app checks the clock (midnight) and the store (changes by others).
    public static let tickMilliseconds = 1_000
    var lastSize = Size(width: 80, height: 24)
    /// The newest audit id when each screen of the stack (by depth) last read its data: going back to
    /// a screen rereads it only if something was written since, so `q` to a 15,000-device dashboard
    /// costs nothing when nothing changed.
    var loadedMarks: [Int: Int64] = [:]
    /// After a change, one more re-read once the clock has passed the latest time that change may
    /// carry: a record may be dated up to 5 minutes after it is entered (R4), and "as of now" hides
    /// it until then.
    var rereadAt: Instant?
    /// The command line's description per language, read once (CommandLine/CommandLineActions.swift).
    var catalogs: [Language: CommandSpec] = [:]
    /// Lines run at the `:` prompt in this session, for Up/Down.
    var commandHistory: [String] = []
    /// Loads the fleet-wide screens, off the input path in the terminal UI (State/ScreenLoader.swift).
    let loader = ScreenLoader()

    /// With `firstFrameAtOnce` (the terminal UI) the dashboard's first frame shows the device
    /// counts at once and the overdue counts and rates follow from a load off the input path
    /// (``DashboardState/firstFrame(_:now:)``); the fleet-wide screens then load in the background.
    /// Without it (the screens' tests) everything is read before the first frame, as before.
    public convenience init(environment: AppEnvironment, language: Language, border: BorderStyle = .unicode,
                            firstFrameAtOnce: Bool = false) throws {
        try self.init(environment: environment, language: language, border: border, firstFrameAtOnce: firstFrameAtOnce, beforeLoad: nil)
    }

    /// `beforeLoad` runs on the loader's queue before each load (a test holds the first one back).
    init(environment: AppEnvironment, language: Language, border: BorderStyle, firstFrameAtOnce: Bool,
         beforeLoad: (@Sendable () -> Void)?) throws {
        self.environment = environment
        loader.beforeLoad = beforeLoad
        let day = environment.calendar.day(of: environment.now())
        let mark = try environment.store.changeMark()
        var dashboard = firstFrameAtOnce ? try DashboardState.firstFrame(environment.store, now: environment.now())
                                         : try DashboardState.load(environment.store, today: day, now: environment.now())
        if !firstFrameAtOnce { dashboard.mark = mark }
        state = AppState(language: language, stack: [.dashboard(dashboard)],
                         overlay: nil, message: nil, day: day, changeMark: mark, border: border)
        loadedMarks[0] = state.changeMark
        if firstFrameAtOnce {
            loader.inBackground = true
            loader.load(.dashboard(today: day, now: environment.now()), depth: 0, mark: mark, store: environment.store)
        }
    }

    var currentMark: Int64 { (try? store.changeMark()) ?? state.changeMark }

    /// Opens a screen on top of the stack.
    func push(_ screen: Screen) {
        state.stack.append(screen)
        loadedMarks[state.stack.count - 1] = currentMark
    }

    var store: Store { environment.store }

    /// Runs until the user quits, then restores the terminal.
    public func run(on terminal: Terminal) {
        defer { terminal.shutdown() }
        while true {
            terminal.draw(render(size: terminal.size))
            // While a load runs, look for it often: its numbers show as soon as they are read.
            guard let key = terminal.readKey(timeoutMilliseconds: loader.isLoading ? 25 : Self.tickMilliseconds) else {
                tick()
                continue
            }
            if key == .endOfInput { return }
            if key == .resize { continue }
            if !handle(key) { return }
        }
    }

    /// Idle work: a new day or changes made by others reload every screen's data.
    public func tick() {
        applyFinishedLoads()
        let day = environment.calendar.day(of: environment.now())
        let mark = (try? store.changeMark()) ?? state.changeMark
        if day != state.day {
            state.day = day
            reloadAll()
            state.message = state.strings.t(.dayChanged)
        } else if mark != state.changeMark {
            reloadAll()
            state.message = state.strings.t(.updatedByOthers)
            rereadAt = environment.now().adding(seconds: WorkTimeRule.futureAllowanceSeconds + 1)
        } else if let at = rereadAt, environment.now() >= at {
            rereadAt = nil
            reloadAll()
        }
        state.changeMark = mark
    }

    func reloadAll() {
        for depth in state.stack.indices { state.stack[depth] = refreshed(state.stack[depth], depth: depth) }
        state.changeMark = currentMark
        for depth in state.stack.indices { loadedMarks[depth] = state.changeMark }
    }

    /// Reloads the screen on top (after coming back to it, its data may have changed).
    func reloadTop() {
        guard let top = state.stack.last else { return }
        state.stack[state.stack.count - 1] = refreshed(top, depth: state.stack.count - 1)
        loadedMarks[state.stack.count - 1] = currentMark
    }

    /// A screen with its data read again, keeping its selection, filters and scroll. The fleet-wide
    /// screens (dashboard, overdue, uptime) are read by the loader instead (``refreshed(_:depth:)``).
    func reloaded(_ screen: Screen) -> Screen {
            switch screen {
            case .dashboard, .overdue, .uptime:
                return screen
            case .archive(var a):
                try? a.reload(store)
                return .archive(a)
            case .detail(let d):
                return (try? DetailState.load(store, tag: d.device.tag)).map { var n = $0; n.scroll = d.scroll; return .detail(n) } ?? screen
            case .deviceFile(let f):
                return (try? DeviceFileState.load(store, tag: f.device.tag, asOf: environment.now(), login: environment.login))
                    .map { var n = $0; n.scroll = f.scroll; return .deviceFile(n) } ?? screen
            case .round(var r):
                // Someone else in the same round: their records show here as done.
                if let outcomes = try? store.roundOutcomes(r.round.id) { r.round.outcomes = outcomes }
                try? r.loadOpenTickets(store)
                if let rooms = try? store.answeredRooms(round: r.round.id) { r.answeredRooms = rooms }
                if let editor = r.checklist, let device = r.current { r.checklist = editor.narrowed(to: r.checklistItems(for: device)) }
                return .round(r)
            case .tickets(let l):
                guard var n = try? TicketListState.load(store, scope: l.scope, login: environment.login, now: environment.now()) else { return screen }
                n.search = l.search
                n.refilter()
                n.table.select(l.table.selected)
                return .tickets(n)
            case .ticket(let t):
                guard var n = try? TicketDetailState.load(store, number: t.ticket.number, now: environment.now()) else { return screen }
                n.scroll = t.scroll
                return .ticket(n)
            case .shift, .handover, .handovers:
                return reloadedShiftScreen(screen)
            case .output:
                return screen                                 // what a command printed stays as printed
            case .radiation, .qcTest, .radiationPage:
                return reloadedRadiationScreen(screen)
            case .exceptions(let x):
                guard var n = try? MissedDutyBoardState.load(store, now: environment.now()) else { return screen }
                n.table.select(x.table.selected)
                return .exceptions(n)
            }
    }

    /// Handles one key. Returns false when the app should quit.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        // While the screen says only "Terminal too small", no key may act blind: only quitting works
        // (Q, Ctrl-C), until the terminal is large enough again.
        if lastSize.width < Self.minimumSize.width || lastSize.height < Self.minimumSize.height {
            switch CommandTable.command(for: key, in: .global) {
            case .quit: return requestQuit()
            default: return true
            }
        }
        state.message = nil
        // Changes by others since the last look are read before the key acts, so a key never acts on
        // a screen that is out of date (two people in one round: issue #10).
        if currentMark != state.changeMark { reloadAll() }
        // Our own writes are not "changes by others": remember the newest audit id after each key.
        defer { state.changeMark = (try? store.changeMark()) ?? state.changeMark }
        let context = state.context
        if context == .search, case .archive(var a) = state.stack.last!, a.search != nil {
            if CommandTable.command(for: key, in: .search) == nil {
                a.search!.handle(key)
                a.filter.text = a.search!.text
                try? a.reload(store)
                state.stack[state.stack.count - 1] = .archive(a)
                return true
            }
        }
        if context == .form, case .form(var form) = state.overlay, CommandTable.command(for: key, in: .form) == nil {
            _ = form.handle(key)
            state.overlay = .form(form)
            return true
        }
        if context == .note, case .round(var r) = state.stack.last!, r.note != nil {
            if CommandTable.command(for: key, in: .note) == nil {
                r.note!.handle(key)
                state.stack[state.stack.count - 1] = .round(r)
                return true
            }
        }
        if context == .search, handleListSearch(key) { return true }
        if context == .commandLine, CommandTable.command(for: key, in: .commandLine) == nil {
            typeIntoCommandLine(key)
            return true
        }
        if handleShiftText(key, context: context) { return true }
        guard let command = CommandTable.command(for: key, in: context) else { return true }
        // A key that cannot act now says why, before any form opens (Commands/Availability.swift).
        if !state.hasOverlay, let why = whyDisabled(command) {
            state.message = why
            return true
        }
        return perform(command)
    }

    /// Rows a page moves: the body height less the header.
    var page: Int { max(1, lastSize.height - 5) }

    func perform(_ command: CommandID) -> Bool {
        if command == .quit { return requestQuit() }
        switch state.overlay {
        case .help(var h):
            if let moved = scrolled(h.scroll, by: command) { h.scroll = moved }
            switch command {
            case .back, .help: state.overlay = nil; return true
            case .language: toggleLanguage()
            default: break
            }
            if case .help = state.overlay { state.overlay = .help(h) }
            return true
        case .commandLine(let line):
            performCommandLine(command, line)
            return true
        case .form(let form):
            switch command {
            case .cancel: state.overlay = nil
            case .confirm: submitForm(form)
            default: break
            }
            return true
        case .picker(var p):
            if p.table.navigate(command, page: page) { state.overlay = .picker(p); return true }
            switch command {
            case .cancel:
                if case .confirmQuit(let previous) = p.purpose { state.overlay = previous } else { state.overlay = nil }
            case .confirm:
                state.overlay = nil
                let chosen = p.options[p.table.selected].value
                switch p.purpose {
                case .roundKind(let department):
                    if let raw = chosen, let kind = InspectionKind(rawValue: raw) { startRound(kind, in: department) }
                    return true
                case .skipReason:
                    if let raw = chosen, let reason = SkipReason(rawValue: raw) { skipCurrent(reason) }
                    return true
                case .replaceFile(let path, let text, let csv):
                    if chosen != nil { writeExport(text, to: path, csv: csv, force: true) } else { state.message = nil }
                    return true
                case .reinspect(_, let original):
                    if chosen != nil { recordAgain(correcting: original) } else { state.message = nil }
                    return true
                case .confirmQuit(let previous):
                    if chosen != nil { return false }
                    state.overlay = previous
                    return true
                case .amend(let target):
                    if chosen != nil { openAmendForm(target) } else { state.message = nil }
                    return true
                case .ticketStep(let number):
                    if let step = chosen { openCommandForm(["ticket", step], given: [number]) }
                    return true
                case .department:
                    break
                }
                switch state.stack.last! {
                case .archive(var a):
                    a.filter.department = chosen
                    try? a.reload(store)
                    state.stack[state.stack.count - 1] = .archive(a)
                case .overdue(var o):
                    o.department = chosen
                    o.refilter()
                    state.stack[state.stack.count - 1] = .overdue(o)
                default: break
                }
            default: break
            }
            return true
        case nil:
            break
        }

        switch command {
        case .help:
            state.overlay = .help(HelpState(context: state.context))
            return true
        case .back:
            if state.stack.count <= 1 { return backOnFirstScreen() }
            state.stack.removeLast()
            if loadedMarks[state.stack.count] != currentMark { reloadTop() }
            return true
        case .language:
            toggleLanguage()
            return true
        case .refresh:
            reloadAll()
            state.message = state.strings.t(.refreshed)
            return true
        case .switchUser:
            openSwitchUserForm()
            return true
        case .commandLine:
            openCommandLine()
            return true
        default:
            break
        }

        let index = state.stack.count - 1
        switch state.stack[index] {
        case .dashboard(var d):
            if d.table.navigate(command, page: page) { state.stack[index] = .dashboard(d); return true }
            switch command {
            case .open: openArchive(EquipmentFilter(department: d.selectedDepartment))
            case .archive: openArchive(EquipmentFilter())
            case .search: openArchive(EquipmentFilter()); startSearch()
            case .round:
                guard let dept = d.rows[d.table.selected].department else {
                    state.message = state.strings.t(.selectDepartmentFirst)
                    break
                }
                let kinds: [InspectionKind] = dept.isKey ? [.monthly, .tenDay, .quarterly] : [.monthly, .quarterly]
                state.overlay = .picker(PickerState(purpose: .roundKind(dept), title: state.strings.t(.chooseRoundKind),
                                                    options: kinds.map { (state.strings.kind($0), $0.rawValue) },
                                                    table: TableState(rowCount: kinds.count)))
            case .uptime:
                // On the first frame the rates are still being read: read them for the board now.
                let summary = d.isReading ? (try? UptimeSummary.load(store, now: environment.now())) : d.uptime
                push(.uptime(UptimeBoardState(level: .departments, summary: summary ?? d.uptime)))
            case .shiftScreen:
                openShift(department: d.selectedDepartment)
            case .tickets:
                openTicketList(.open)
            case .radiation:
                openRadiation()
            case .exceptions:
                if let board = try? MissedDutyBoardState.load(store, now: environment.now()) { push(.exceptions(board)) }
            case .overdue:
                // The dashboard's own report when nothing has changed since it was read: no second read.
                if let report = d.overdueReport, d.mark == currentMark, report.asOf == state.day {
                    push(.overdue(OverdueBoardState(report: report, department: d.selectedDepartment)))
                } else if let board = try? OverdueBoardState.load(store, today: state.day, department: d.selectedDepartment) {
                    push(.overdue(board))
                }
            default: break
            }
        case .tickets(var l):
            performTicketList(command, &l)
            if case .tickets = state.stack[index] { state.stack[index] = .tickets(l) }
        case .ticket(var t):
            performTicket(command, &t)
            if case .ticket = state.stack[index], !(command == .start || command == .close) { state.stack[index] = .ticket(t) }
        case .uptime(var u):
            if u.table.navigate(command, page: page) { state.stack[index] = .uptime(u); return true }
            if command == .search { u.search.open(); state.stack[index] = .uptime(u); return true }
            if command == .uptimeMethod {
                // R68: read now by the other method (a toggle the person waits for); every uptime
                // level on the stack shows it, so going back does not return to the other method.
                guard let summary = try? u.otherMethod(store, now: environment.now()) else { return true }
                for i in state.stack.indices {
                    if case .uptime(let old) = state.stack[i] { state.stack[i] = .uptime(old.with(summary: summary)) }
                }
                return true
            }
            if command == .calendars {
                if u.level != .calendars { push(.uptime(UptimeBoardState(level: .calendars, summary: u.summary))) }
                return true
            }
            guard command == .open else { break }
            if case .tickets = u.level {
                // The last level: a ticket behind the downtime opens as a ticket (it was a dead end).
                guard u.tickets.indices.contains(u.table.selected),
                      let detail = try? TicketDetailState.load(store, number: u.tickets[u.table.selected].number, now: environment.now()) else { break }
                push(.ticket(detail))
            } else if let next = try? u.drillDown(store) { push(.uptime(next)) }
        case .round(var r):
            performRound(command, &r)
            if case .round = state.stack[index] { state.stack[index] = .round(r) }
        case .shift, .handover, .handovers:
            performShift(command, at: index)
        case .overdue(var o):
            if o.table.navigate(command, page: page) { state.stack[index] = .overdue(o); return true }
            switch command {
            case .filterDepartment: openDepartmentPicker(current: o.department)
            case .filterKind:
                let order: [InspectionKind?] = [nil] + InspectionKind.allCases
                let i = order.firstIndex(where: { $0 == o.kind }) ?? 0
                o.kind = order[(i + 1) % order.count]
                o.refilter()
            case .clearFilters:
                o.department = nil; o.kind = nil; o.search = ListSearch(); o.refilter()
            case .search:
                o.search.open()
            case .export:
                export(o.csv(), to: environment.exportDirectory + "/rounds-overdue-\(state.day).csv", csv: true)
            case .round:
                // The line's round, started (or resumed) at its device.
                let lines = o.lines
                state.stack[index] = .overdue(o)
                guard lines.indices.contains(o.table.selected) else { return true }
                startRound(at: lines[o.table.selected])
                return true
            case .open:
                // The device behind the line: its record and history (issue: the board was a dead end).
                let lines = o.lines
                state.stack[index] = .overdue(o)
                guard lines.indices.contains(o.table.selected),
                      let detail = try? DetailState.load(store, tag: lines[o.table.selected].device) else { return true }
                push(.detail(detail))
                return true
            default: break
            }
            state.stack[index] = .overdue(o)
        case .archive(var a):
            if a.search != nil {
                switch command {
                case .confirm: a.search = nil
                case .cancel:
                    a.search = nil
                    a.filter.text = a.searchBefore
                    try? a.reload(store)
                default: break
                }
                state.stack[index] = .archive(a)
                return true
            }
            if a.table.navigate(command, page: page) { state.stack[index] = .archive(a); return true }
            switch command {
            case .open:
                guard !a.devices.isEmpty, let detail = try? DetailState.load(store, tag: a.devices[a.table.selected].tag) else { break }
                push(.detail(detail))
            case .search: startSearch()
            case .filterDepartment: openDepartmentPicker(current: a.filter.department)
            case .filterStatus:
                let order: [EquipmentStatus?] = [nil] + EquipmentStatus.allCases
                let i = order.firstIndex(where: { $0 == a.filter.status }) ?? 0
                a.filter.status = order[(i + 1) % order.count]
                try? a.reload(store)
                state.stack[index] = .archive(a)
            case .clearFilters:
                a.filter = EquipmentFilter()
                try? a.reload(store)
                state.stack[index] = .archive(a)
            default: break
            }
        case .output(var o):
            if let moved = scrolled(o.scroll, by: command) { o.scroll = moved }
            state.stack[index] = .output(o)
        case .radiation, .qcTest, .radiationPage:
            performRadiation(command, at: index)
        case .exceptions(var x):
            if x.table.navigate(command, page: page) { state.stack[index] = .exceptions(x); return true }
            if command == .open, let d = x.selected { openMissedDuty(d) }
        case .detail(var d):
            if command == .newRequest { openRepairRequestForm(tag: d.device.tag) }
            if let moved = scrolled(d.scroll, by: command) { d.scroll = moved }
            state.stack[index] = .detail(d)
            if command == .deviceFile, let file = try? DeviceFileState.load(store, tag: d.device.tag, asOf: environment.now(), login: environment.login) {
                push(.deviceFile(file))
            }
        case .deviceFile(var f):
            if let moved = scrolled(f.scroll, by: command) { f.scroll = moved }
            state.stack[index] = .deviceFile(f)
            if command == .exportText || command == .exportCSV { exportDeviceFile(f, csv: command == .exportCSV) }
        }
        return true
    }

    func toggleLanguage() {
        state.language = state.language == .zh ? .en : .zh
        state.message = state.strings.t(.languageSwitched)
    }

    func openArchive(_ filter: EquipmentFilter) {
        guard let a = try? ArchiveState.load(store, filter: filter) else { return }
        push(.archive(a))
    }

    func startSearch() {
        guard case .archive(var a) = state.stack.last! else { return }
        a.searchBefore = a.filter.text
        a.search = TextField(text: a.filter.text)
        state.stack[state.stack.count - 1] = .archive(a)
    }

    /// Writes an export file (CSV as UTF-8 with a BOM, for Excel; text as UTF-8) and says its
    /// absolute path; a file that exists is replaced only after a yes (the default answer is no).
    func export(_ text: String, to path: String, csv: Bool) {
        let absolute = CSVWriter.absolute(path)
        guard FileManager.default.fileExists(atPath: absolute) else { return writeExport(text, to: absolute, csv: csv, force: false) }
        let s = state.strings
        state.overlay = .picker(PickerState(purpose: .replaceFile(path: absolute, text: text, csv: csv),
                                            title: "\(absolute) \(s.t(.replaceFile))",
                                            options: [(s.t(.keepFile), nil), (s.t(.replaceFileYes), "yes")],
                                            table: TableState(rowCount: 2)))
    }

    func writeExport(_ text: String, to absolute: String, csv: Bool, force: Bool) {
        do {
            try CSVWriter.write(text, to: absolute, encoding: csv ? .excel : .utf8, force: force)
            state.message = "\(state.strings.t(.exported)) \(absolute)"
        } catch {
            state.message = state.strings.describe(error)
        }
    }

    func openDepartmentPicker(current: String?) {
        let english = state.language == .en
        let departments = (try? store.departments()) ?? []
        let options: [(label: String, value: String?)] = [(state.strings.t(.all), nil)]
            + departments.map { ("\($0.code)  \($0.displayName(english: english))", $0.code) }
        var table = TableState(rowCount: options.count)
        if let current, let i = options.firstIndex(where: { $0.value == current }) { table.select(i) }
        state.overlay = .picker(PickerState(purpose: .department, title: state.strings.t(.chooseDepartment), options: options, table: table))
    }
}

extension App {
    /// A page's first line after a movement command (the page clamps the bottom when it draws);
    /// nil for other commands.
    func scrolled(_ scroll: Int, by command: CommandID) -> Int? {
        switch command {
        case .up: return max(0, scroll - 1)
        case .down: return scroll + 1
        case .pageUp: return max(0, scroll - page)
        case .pageDown: return scroll + page
        case .top: return 0
        case .bottom: return Int.max / 2
        default: return nil
        }
    }
}

extension TableState {
    /// Applies a movement command from the command table; false for other commands.
    mutating func navigate(_ command: CommandID, page: Int) -> Bool {
        switch command {
        case .up: moveUp()
        case .down: moveDown()
        case .pageUp: pageUp(by: page)
        case .pageDown: pageDown(by: page)
        case .top: home()
        case .bottom: end()
        default: return false
        }
        return true
    }
}
