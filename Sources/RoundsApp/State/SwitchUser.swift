import RoundsCore
import RoundsStore

/// A shared workstation: the next person takes the keyboard with `U` and their own PIN (R2).
///
/// The title bar then shows them, and every record entered from here on is signed by them, proven
/// by that PIN for the rest of the session (or by the OS when they are the OS account). In a
/// practice store a person who has set no PIN is taken without one.
extension App {
    func openSwitchUserForm() {
        let s = state.strings
        // The login (工号) is typed, as at any sign-in; a hospital has hundreds of people.
        state.overlay = .form(FormState(title: s.t(.formSwitchUser), purpose: .switchUser, fields: [
            .text(s.t(.fieldPerson), required: true),
            .secret(s.t(.fieldPIN)),
        ]))
    }

    /// Enter on the form: the store proves the PIN (and counts a wrong one towards the lockout);
    /// a refusal stays on the form.
    func submitSwitchUser(_ form: FormState) {
        var form = form
        let login = form.value(0).trimmingCharacters(in: .whitespaces), pin = form.value(1)
        do {
            guard try store.person(login) != nil else {
                form.focus = 0
                form.error = "\(state.strings.t(.fieldPerson)): \(login)?"
                state.overlay = .form(form)
                return
            }
            if pin.isEmpty, try store.signInNeedsPIN(login) {
                form.focus = 1
                form.error = state.strings.t(.pinNeeded)
                state.overlay = .form(form)
                return
            }
            let proof = try store.signIn(login, pin: pin, at: environment.now())
            environment = environment.switched(to: login, signer: SessionSigner(login: login, proof: proof), pin: pin.isEmpty ? nil : pin)
            state.overlay = nil
            reloadAll()
            state.message = state.strings.t(.nowSigningAs) + (environment.person.map { "\($0.name) (\($0.login))" } ?? login)
        } catch {
            form.error = state.strings.describe(error)
            state.overlay = .form(form)
        }
    }
}
