import TerminalUI

/// Where a command applies. `global` commands work on every screen unless a screen binds the key.
public enum Context: String, CaseIterable, Sendable {
    case global, dashboard, archive, detail, deviceFile, overdue, uptime, tickets, ticket, round, note, form, help, search, picker
    // Round mode's checklist of one device, answered item by item.
    case checklist
    // Shifts: the department's daily checks, its handover sheet, the history of handovers.
    case shift, handover, handovers
    // The `:` prompt and what a command run from it printed.
    case commandLine, output
    // Radiation QC: the due list and its sections, one test; the hospital's missed duties.
    case radiation, qcTest, exceptions
}

/// What a key does: the app's verbs, one per row of the command table.
public enum CommandID: String, CaseIterable, Sendable {
    case help, quit, back, language, refresh, switchUser, commandLine, complete, moreSteps
    case up, down, pageUp, pageDown, top, bottom
    case open, archive
    case search, filterDepartment, filterStatus, filterKind, clearFilters, overdue, uptime, export
    case round, allNormal, hazard, fault, skip
    case openChecklist, itemNormal, itemHazard, itemTicket, itemNotApplicable, recordChecklist
    case tickets, nextTab, newRequest, assign, start, repaired, signBack, close
    case cancel, confirm
    case shiftScreen, checkNormal, checkProblem, ackProblem, handoverSheet, handoverHistory, handoverNote
    case signHandover, ackHandover, exportText, exportCSV
    /// The device screen opens the device file (R9).
    case deviceFile
    case radiation, recordQC, exceptions
    /// The uptime screen: time-based ↔ scheduled hours, and the operating calendars (R68).
    case uptimeMethod, calendars
}

/// One row of the command table: which verb, where, on which keys, under which title, and whether
/// the status bar shows it.
public struct Command: Sendable {
    public let id: CommandID
    public let contexts: [Context]
    public let keys: [Key]
    public let title: TextID
    public let inStatusBar: Bool
}

/// The one command table. Key dispatch, the status bar, the `?` help screen and docs/keys.md are all
/// generated from it, so they cannot disagree.
///
/// Vim keys and arrows both work; `?` help, `/` search, `q` back (never quits), Esc cancels, `Q` quits.
public enum CommandTable {
    public static let all: [Command] = [
        Command(id: .help, contexts: [.global], keys: [.char("?"), .function(1)], title: .cmdHelp, inStatusBar: true),
        Command(id: .back, contexts: [.global], keys: [.char("q"), .escape], title: .cmdBack, inStatusBar: true),
        Command(id: .quit, contexts: [.global], keys: [.char("Q"), .ctrl("c")], title: .cmdQuit, inStatusBar: false),
        // Where every printable key is text, Ctrl-C still quits (asking first if text would be lost).
        Command(id: .quit, contexts: [.search, .picker, .note, .form], keys: [.ctrl("c")], title: .cmdQuit, inStatusBar: false),
        Command(id: .language, contexts: [.global], keys: [.char("L")], title: .cmdLanguage, inStatusBar: true),
        Command(id: .refresh, contexts: [.global], keys: [.ctrl("l")], title: .cmdRefresh, inStatusBar: false),
        // A shared workstation: the next person takes the keyboard with their own PIN (R2).
        Command(id: .switchUser, contexts: [.global], keys: [.char("U")], title: .cmdSwitchUser, inStatusBar: false),
        // Every command of the command line, typed as in the shell (CommandLine/).
        Command(id: .commandLine, contexts: [.global], keys: [.char(":")], title: .cmdCommandLine, inStatusBar: false),
        Command(id: .confirm, contexts: [.commandLine], keys: [.enter], title: .cmdRun, inStatusBar: true),
        Command(id: .complete, contexts: [.commandLine], keys: [.tab], title: .cmdComplete, inStatusBar: true),
        Command(id: .up, contexts: [.commandLine], keys: [.up], title: .cmdEarlierLine, inStatusBar: false),
        Command(id: .down, contexts: [.commandLine], keys: [.down], title: .cmdLaterLine, inStatusBar: false),
        Command(id: .cancel, contexts: [.commandLine], keys: [.escape], title: .cmdCancel, inStatusBar: true),
        Command(id: .quit, contexts: [.commandLine], keys: [.ctrl("c")], title: .cmdQuit, inStatusBar: false),
        Command(id: .moreSteps, contexts: [.ticket], keys: [.char("m")], title: .cmdMoreSteps, inStatusBar: true),

        Command(id: .up, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .round, .checklist, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.char("k"), .up], title: .cmdUp, inStatusBar: false),
        Command(id: .down, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .round, .checklist, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.char("j"), .down], title: .cmdDown, inStatusBar: false),
        Command(id: .pageUp, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.pageUp, .ctrl("u"), .ctrl("b")], title: .cmdPageUp, inStatusBar: false),
        Command(id: .pageDown, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.pageDown, .ctrl("d"), .ctrl("f"), .char(" ")], title: .cmdPageDown, inStatusBar: false),
        Command(id: .top, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.char("g"), .home], title: .cmdTop, inStatusBar: false),
        Command(id: .bottom, contexts: [.dashboard, .archive, .detail, .deviceFile, .overdue, .uptime, .tickets, .ticket, .help, .picker, .output, .radiation, .qcTest, .exceptions], keys: [.char("G"), .end], title: .cmdBottom, inStatusBar: false),

        Command(id: .open, contexts: [.dashboard, .archive, .overdue, .uptime, .tickets, .radiation, .exceptions], keys: [.enter, .char("l"), .right], title: .cmdOpen, inStatusBar: true),
        Command(id: .archive, contexts: [.dashboard], keys: [.char("e")], title: .cmdArchive, inStatusBar: true),
        Command(id: .round, contexts: [.dashboard, .overdue], keys: [.char("r")], title: .cmdRound, inStatusBar: true),
        Command(id: .overdue, contexts: [.dashboard], keys: [.char("o")], title: .cmdOverdue, inStatusBar: true),
        Command(id: .uptime, contexts: [.dashboard], keys: [.char("u")], title: .cmdUptime, inStatusBar: true),
        // R68: the status bar names the method `m` switches to, as `L` names the language.
        Command(id: .uptimeMethod, contexts: [.uptime], keys: [.char("m")], title: .cmdUptimeMethod, inStatusBar: true),
        Command(id: .calendars, contexts: [.uptime], keys: [.char("c")], title: .cmdCalendars, inStatusBar: true),
        Command(id: .tickets, contexts: [.dashboard], keys: [.char("t")], title: .cmdTickets, inStatusBar: true),
        Command(id: .deviceFile, contexts: [.detail], keys: [.char("f")], title: .cmdDeviceFile, inStatusBar: true),
        // Not in the status bar (it is full at 80 columns): the dashboard's lines name these keys
        // themselves when there is something to see, and `?` lists them.
        Command(id: .radiation, contexts: [.dashboard], keys: [.char("R")], title: .cmdRadiation, inStatusBar: false),
        Command(id: .exceptions, contexts: [.dashboard], keys: [.char("x")], title: .cmdExceptions, inStatusBar: false),
        // R76: the `qc record` form with the line's device filled in.
        Command(id: .recordQC, contexts: [.radiation, .qcTest], keys: [.char("n")], title: .cmdRecordQC, inStatusBar: true),
        Command(id: .nextTab, contexts: [.tickets, .radiation], keys: [.tab], title: .cmdNextTab, inStatusBar: true),
        Command(id: .newRequest, contexts: [.detail, .tickets], keys: [.char("n")], title: .cmdNewRequest, inStatusBar: true),
        Command(id: .assign, contexts: [.ticket], keys: [.char("a")], title: .cmdAssign, inStatusBar: true),
        Command(id: .start, contexts: [.ticket], keys: [.char("s")], title: .cmdStart, inStatusBar: true),
        Command(id: .repaired, contexts: [.ticket], keys: [.char("w")], title: .cmdRepaired, inStatusBar: true),
        Command(id: .signBack, contexts: [.ticket], keys: [.char("b")], title: .cmdSignBack, inStatusBar: true),
        Command(id: .close, contexts: [.ticket], keys: [.char("c")], title: .cmdClose, inStatusBar: true),

        Command(id: .allNormal, contexts: [.round], keys: [.char(" "), .enter, .char("y")], title: .cmdAllNormal, inStatusBar: true),
        Command(id: .hazard, contexts: [.round], keys: [.char("h")], title: .cmdHazard, inStatusBar: true),
        Command(id: .fault, contexts: [.round], keys: [.char("f")], title: .cmdFault, inStatusBar: true),
        Command(id: .skip, contexts: [.round], keys: [.char("s")], title: .cmdSkip, inStatusBar: true),
        // The current device's checklist item by item (R14, R18); Space above stays one key for all normal.
        Command(id: .openChecklist, contexts: [.round], keys: [.char("c")], title: .cmdChecklist, inStatusBar: true),
        Command(id: .itemNormal, contexts: [.checklist], keys: [.char(" "), .char("n")], title: .cmdItemNormal, inStatusBar: true),
        Command(id: .itemHazard, contexts: [.checklist], keys: [.char("h")], title: .cmdItemHazard, inStatusBar: true),
        Command(id: .itemTicket, contexts: [.checklist], keys: [.char("f")], title: .cmdItemTicket, inStatusBar: true),
        Command(id: .itemNotApplicable, contexts: [.checklist], keys: [.char("x")], title: .cmdItemNotApplicable, inStatusBar: true),
        Command(id: .recordChecklist, contexts: [.checklist], keys: [.enter], title: .cmdRecordChecklist, inStatusBar: true),
        Command(id: .cancel, contexts: [.checklist], keys: [.escape, .char("q")], title: .cmdCancel, inStatusBar: true),
        Command(id: .search, contexts: [.dashboard, .archive, .overdue, .tickets, .uptime], keys: [.char("/")], title: .cmdSearch, inStatusBar: true),
        Command(id: .filterDepartment, contexts: [.archive, .overdue], keys: [.char("d")], title: .cmdFilterDepartment, inStatusBar: true),
        Command(id: .filterKind, contexts: [.overdue], keys: [.char("t")], title: .cmdFilterKind, inStatusBar: true),
        Command(id: .export, contexts: [.overdue], keys: [.char("x")], title: .cmdExport, inStatusBar: true),
        Command(id: .filterStatus, contexts: [.archive], keys: [.char("s")], title: .cmdFilterStatus, inStatusBar: true),
        Command(id: .clearFilters, contexts: [.archive, .overdue], keys: [.char("c")], title: .cmdClearFilters, inStatusBar: true),

        Command(id: .confirm, contexts: [.search, .picker, .note, .form], keys: [.enter], title: .cmdConfirm, inStatusBar: true),
        Command(id: .cancel, contexts: [.search, .picker, .note, .form], keys: [.escape], title: .cmdCancel, inStatusBar: true),

        // Shifts (issue #6): daily checks at one key per healthy device, the handover and its history.
        // Not in the status bar: the dashboard's daily-check line says "(c shift)" itself.
        Command(id: .shiftScreen, contexts: [.dashboard], keys: [.char("c")], title: .cmdShift, inStatusBar: false),
        Command(id: .checkNormal, contexts: [.shift], keys: [.char(" "), .enter, .char("y")], title: .cmdCheckNormal, inStatusBar: true),
        Command(id: .checkProblem, contexts: [.shift], keys: [.char("p")], title: .cmdCheckProblem, inStatusBar: true),
        Command(id: .handoverSheet, contexts: [.shift], keys: [.char("h")], title: .cmdHandover, inStatusBar: true),
        Command(id: .handoverHistory, contexts: [.shift, .handover], keys: [.char("H")], title: .cmdHandoverHistory, inStatusBar: true),
        Command(id: .ackProblem, contexts: [.shift], keys: [.char("a")], title: .cmdAckProblem, inStatusBar: true),
        Command(id: .handoverNote, contexts: [.handover], keys: [.char("n")], title: .cmdHandoverNote, inStatusBar: true),
        Command(id: .signHandover, contexts: [.handover], keys: [.char("S")], title: .cmdSignHandover, inStatusBar: true),
        Command(id: .ackHandover, contexts: [.handover, .handovers], keys: [.char("a")], title: .cmdAckHandover, inStatusBar: true),
        Command(id: .open, contexts: [.handovers], keys: [.enter, .char("l"), .right], title: .cmdOpen, inStatusBar: true),
        Command(id: .search, contexts: [.handovers, .shift], keys: [.char("/")], title: .cmdSearch, inStatusBar: true),
        Command(id: .exportText, contexts: [.handover, .handovers, .deviceFile], keys: [.char("x")], title: .cmdExportText, inStatusBar: true),
        Command(id: .exportCSV, contexts: [.handover, .handovers, .deviceFile], keys: [.char("X")], title: .cmdExport, inStatusBar: true),
        Command(id: .up, contexts: [.shift, .handover, .handovers], keys: [.char("k"), .up], title: .cmdUp, inStatusBar: false),
        Command(id: .down, contexts: [.shift, .handover, .handovers], keys: [.char("j"), .down], title: .cmdDown, inStatusBar: false),
        Command(id: .pageUp, contexts: [.shift, .handover, .handovers], keys: [.pageUp, .ctrl("u"), .ctrl("b")], title: .cmdPageUp, inStatusBar: false),
        Command(id: .pageDown, contexts: [.shift, .handover, .handovers], keys: [.pageDown, .ctrl("d"), .ctrl("f")], title: .cmdPageDown, inStatusBar: false),
        Command(id: .top, contexts: [.shift, .handover, .handovers], keys: [.char("g"), .home], title: .cmdTop, inStatusBar: false),
        Command(id: .bottom, contexts: [.shift, .handover, .handovers], keys: [.char("G"), .end], title: .cmdBottom, inStatusBar: false),
    ]

    /// Contexts that take only their own commands: in a search line every printable key is text,
    /// and a picker answers only to moves, Enter and Esc.
    static let closedContexts: Set<Context> = [.search, .picker, .note, .form, .commandLine]

    /// The command a key runs in a context: the context's own binding first, then a global one.
    public static func command(for key: Key, in context: Context) -> CommandID? {
        if let c = all.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) { return c.id }
        if closedContexts.contains(context) { return nil }
        return all.first(where: { $0.contexts.contains(.global) && $0.keys.contains(key) })?.id
    }

    /// The commands that apply in a context, its own first, then the global ones.
    public static func commands(in context: Context) -> [Command] {
        let own = all.filter { $0.contexts.contains(context) }
        if closedContexts.contains(context) { return own }
        return own + all.filter { $0.contexts.contains(.global) }
    }

    /// The first key of `id` in `context` as the status bar names it, for a screen line that says
    /// its own key ("(R radiation QC)"), so the line cannot disagree with the table.
    public static func keyName(_ id: CommandID, in context: Context) -> String {
        all.first { $0.id == id && $0.contexts.contains(context) }?.keys.first?.name ?? ""
    }

    /// Status-bar hints for a context: the first key of each shown command and its title.
    public static func hints(in context: Context, strings: Strings) -> [KeyHint] {
        commands(in: context).filter(\.inStatusBar).map { KeyHint(key: $0.keys[0].name, title: strings.t($0.title)) }
    }

    /// Help sections: this screen's commands, then the global ones, every key listed; a command
    /// disabled now (`why`) carries its reason.
    public static func helpSections(for context: Context, strings: Strings, why: (CommandID) -> String? = { _ in nil }) -> [HelpSection] {
        func entries(_ cs: [Command]) -> [HelpEntry] {
            cs.map { c in
                let reason = why(c.id).map { "  [\(strings.t(.disabledNow))] \($0)" } ?? ""
                return HelpEntry(keys: c.keys.map(\.name).joined(separator: " "), description: strings.t(c.title) + reason)
            }
        }
        let own = all.filter { $0.contexts.contains(context) }
        let global = all.filter { $0.contexts.contains(.global) }
        return [HelpSection(title: strings.t(.helpThisScreen), entries: entries(own)),
                HelpSection(title: strings.t(.helpGlobal), entries: entries(global))]
    }
}

extension CommandTable {
    /// The key reference as Markdown, in one language: what `docs/keys.md` holds (a test keeps the
    /// file equal to this, so the document cannot drift from the keys).
    public static func markdown(strings s: Strings) -> String {
        var out = s.isChinese ? "## 按键（中文）\n\n" : "## Keys (English)\n\n"
        for context in Context.allCases {
            let commands = all.filter { $0.contexts.contains(context) }
            guard !commands.isEmpty else { continue }
            out += "### \(context.rawValue)\n\n| \(s.isChinese ? "按键" : "Keys") | \(s.isChinese ? "功能" : "Command") |\n|---|---|\n"
            for c in commands {
                out += "| \(c.keys.map { "`\($0.name == "|" ? "\\|" : $0.name)`" }.joined(separator: " ")) | \(s.t(c.title)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// `docs/keys.md`: both languages.
    public static var keysDocument: String {
        "# Rounds keys / 按键\n\nGenerated from the command table (`Sources/RoundsApp/Commands/CommandTable.swift`); "
            + "`global` keys work on every screen unless the screen binds the key itself.\n\n"
            + markdown(strings: Strings(language: .en)) + markdown(strings: Strings(language: .zh))
    }
}
