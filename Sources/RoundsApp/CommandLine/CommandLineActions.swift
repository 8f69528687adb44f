import TerminalUI

/// The `:` prompt and the forms made from command descriptions: every command of the command line,
/// reachable at the keyboard with the shell's own words (issue #11).
///
/// `:ticket defer WX-2026-000012 --reason 等待配件` runs at once; `:ticket defer` with required values
/// missing opens the command's form instead. What the command prints opens as a screen (or, one line,
/// in the status bar); a refusal stays on the form or the prompt with the rule's own words.
extension App {
    func openCommandLine(_ text: String = "") {
        var line = CommandLineState(history: commandHistory)
        line.field = TextField(text: text)
        state.overlay = .commandLine(line)
    }

    /// The commands as the command line describes them, in the interface's language (read once).
    var catalog: CommandSpec? {
        if let known = catalogs[state.language] { return known }
        let read = environment.commandRunner?.catalog(language: state.language)
        catalogs[state.language] = read
        return read
    }

    /// Keys on the prompt that are not commands: typing.
    func typeIntoCommandLine(_ key: Key) {
        guard case .commandLine(var line) = state.overlay else { return }
        if line.field.handle(key) { line.offered = [] }
        state.overlay = .commandLine(line)
    }

    func performCommandLine(_ command: CommandID, _ line: CommandLineState) {
        var line = line
        switch command {
        case .cancel: state.overlay = nil; return
        case .up: line.recall(-1)
        case .down: line.recall(1)
        case .complete: if let catalog { line.complete(with: catalog) }
        case .confirm: return submitCommandLine(line.field.text)
        default: break
        }
        state.overlay = .commandLine(line)
    }

    /// Enter on the prompt.
    func submitCommandLine(_ text: String) {
        let s = state.strings
        var words: [String]
        do { words = try ShellWords.split(text) } catch {
            state.message = s.t(.unclosedQuote)
            return
        }
        if words.first == "rounds" { words.removeFirst() }
        guard !words.isEmpty else { state.overlay = nil; return }
        if commandHistory.last != text { commandHistory.append(text) }
        if let catalog {
            let (spec, depth) = catalog.resolve(words)
            if depth == 0 && !words[0].hasPrefix("-") {
                state.message = "\(s.t(.unknownCommand)) \(words[0])"
                return
            }
            if !spec.visibleSubcommands.isEmpty, depth == words.count {
                // A group (`ticket`): offer what it holds.
                var line = CommandLineState(history: commandHistory)
                line.field = TextField(text: text.hasSuffix(" ") ? text : text + " ")
                line.offered = spec.visibleSubcommands.map(\.commandName)
                state.overlay = .commandLine(line)
                return
            }
            if CommandForm.wantsForm(spec, given: Array(words.dropFirst(depth))) {
                state.overlay = .form(CommandForm.make(path: Array(words.prefix(depth)), spec: spec,
                                                      given: Array(words.dropFirst(depth)), strings: s))
                return
            }
        }
        state.overlay = nil
        runCommand(words, from: nil)
    }

    /// Opens the form of the command at `path`, prefilled with `given` (a ticket's number).
    func openCommandForm(_ path: [String], given: [String]) {
        guard let spec = catalog?.command(at: path) else {
            state.message = state.strings.t(.commandLineUnavailable)
            return
        }
        state.overlay = .form(CommandForm.make(path: path, spec: spec, given: given, strings: state.strings))
    }

    /// Runs the command and shows what it said. From a form, a refusal stays on the form.
    func runCommand(_ words: [String], from form: FormState?) {
        guard let runner = environment.commandRunner else {
            state.message = state.strings.t(.commandLineUnavailable)
            return
        }
        let caller = CommandCaller(login: environment.login, pin: environment.pin, language: state.language,
                                   now: environment.drivenClock ? environment.calendar.format(environment.now(), seconds: true)
                                       .replacingOccurrences(of: " ", with: "T") : nil)
        let outcome = runner.run(words, as: caller)
        let typed = words.map(ShellWords.quote).joined(separator: " ")
        reloadAll()                                   // the command may have written: every screen reads again
        if outcome.status != 0, var form {
            form.error = firstLine(outcome.errors) ?? "\(state.strings.t(.commandFailed)) \(outcome.status)"
            state.overlay = .form(form)
            return
        }
        state.overlay = nil
        let output = OutputState(command: typed, outcome: outcome)
        if output.lines.count <= 1 {
            let said = output.lines.first.map { $0.isEmpty ? nil : $0 } ?? nil
            state.message = outcome.status == 0 ? "\(state.strings.t(.commandSucceeded)): \(said ?? typed)"
                                                : (said ?? "\(state.strings.t(.commandFailed)) \(outcome.status)")
        } else {
            push(.output(output))
        }
    }

    private func firstLine(_ text: String) -> String? {
        text.split(separator: "\n").first.map { String($0).replacingOccurrences(of: "Error: ", with: "") }
    }

    /// `m` on a ticket: every step of the command line's `ticket` group, by its own description;
    /// the chosen one opens as a form with this ticket's number filled in.
    func openTicketStepPicker(_ number: String) {
        guard let group = catalog?.command(at: ["ticket"]) else {
            state.message = state.strings.t(.commandLineUnavailable)
            return
        }
        let steps = group.visibleSubcommands.filter { step in
            !["open", "list", "show", "substitutes"].contains(step.commandName)
        }
        let options: [(label: String, value: String?)] = steps.map { ("\($0.commandName)  \($0.abstract ?? "")", $0.commandName) }
        state.overlay = .picker(PickerState(purpose: .ticketStep(number), title: state.strings.t(.chooseTicketStep),
                                            options: options, table: TableState(rowCount: options.count)))
    }
}
