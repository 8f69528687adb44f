import TerminalUI

/// Leaving the program never throws away what a person typed (issue #11).
///
/// - `q` and Esc go back one screen; on the first screen they do nothing but say how to quit, so a
///   habit of pressing `q` (or an Alt+key that a terminal sends as Esc) cannot end the program.
/// - `Q` and Ctrl-C quit, unless a form or note holds typed text: then the app asks first, and the
///   answer "keep editing" returns to the very form. A second Ctrl-C while asked quits (the usual
///   "I mean it").
extension App {
    /// `q`/Esc on the first screen.
    func backOnFirstScreen() -> Bool {
        state.message = state.strings.t(.pressQToQuit)
        return true
    }

    /// `Q` or Ctrl-C. Returns false when the app should end now.
    func requestQuit() -> Bool {
        if case .picker(let p) = state.overlay, case .confirmQuit = p.purpose { return false }
        guard state.hasUnsavedInput else { return false }
        let s = state.strings
        state.overlay = .picker(PickerState(purpose: .confirmQuit(returnTo: state.overlay), title: s.t(.quitDiscardsInput),
                                            options: [(s.t(.keepEditing), nil), (s.t(.quitAndDiscard), "quit")],
                                            table: TableState(rowCount: 2)))
        return true
    }
}

extension AppState {
    /// Text typed into a form or a note that has not been saved yet.
    var hasUnsavedInput: Bool {
        if case .form(let form) = overlay, form.fields.contains(where: \.holdsTypedText) { return true }
        if case .picker(let p) = overlay, case .confirmQuit(let previous) = p.purpose, previous != nil { return true }
        if case .commandLine(let line) = overlay, !line.field.text.isEmpty { return true }
        switch stack.last {
        case .round(let r): return !(r.note?.text.isEmpty ?? true)
        case .shift(let s): return !(s.note?.text.isEmpty ?? true)
        case .handover(let h): return !(h.note?.text.isEmpty ?? true)
        default: return false
        }
    }
}

extension FormState.Field {
    /// A text field with something typed in it (a choice always has a value, so it is not "typed").
    var holdsTypedText: Bool {
        if case .text(let t) = input { return !t.text.isEmpty }
        return false
    }
}
