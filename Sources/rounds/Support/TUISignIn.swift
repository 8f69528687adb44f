import Foundation
import RoundsCore
import RoundsStore

/// Who the terminal UI signs for, settled before the screen opens (R2).
///
/// The OS account is proven by the OS. Anyone else proves themselves once with their own PIN
/// (`ROUNDS_PIN`, or typed at a prompt with echo off) when the store needs proof — an evidence store,
/// a `--require-pin` store, or a person who has set a PIN; the session then signs their work without a
/// PIN per keystroke. In a practice store a person without a PIN is not asked.
enum TUISignIn {
    /// `knownPIN`: the sample hospital's documented PIN, with which `rounds demo` signs its person in
    /// without a prompt (a practice store; the PIN is public).
    ///
    /// Returns the signer and the PIN that proved them (nil when none was needed), which the `:`
    /// prompt hands to the commands it runs for the same person.
    static func signer(_ session: Session, knownPIN: String? = nil) throws -> (SessionSigner, pin: String?) {
        let login = session.login
        if login == OSAccount.current { return (SessionSigner(login: login, proof: .osAccount), nil) }
        let settings = session.store.settings
        guard (try? session.store.signInNeedsPIN(login)) ?? true else { return (SessionSigner(login: login, proof: .unproven), nil) }
        // An evidence store opened "as of" --now is read-only: nothing to sign.
        if session.clockGiven && settings.kind == .evidence { return (SessionSigner(login: login, proof: .unproven), nil) }
        let name = (try? session.store.person(login))?.name ?? login
        guard let pin = ProcessInfo.processInfo.environment["ROUNDS_PIN"].flatMap({ $0.isEmpty ? nil : $0 })
                ?? (settings.isPractice ? knownPIN : nil)
                ?? readSecret("PIN for \(name) (\(login)) / \(name) 的签名密码: ") else {
            throw Refusal("R2: \(login) must prove who they are to sign in this store: give their own PIN (ROUNDS_PIN or at the prompt), or run rounds as the OS account \(login)")
        }
        return (SessionSigner(login: login, proof: try Refusal.guarding { try session.store.signIn(login, pin: pin, at: session.now) }), pin)
    }

    /// Reads a line from the terminal with echo off; nil when there is no terminal or no input.
    static func readSecret(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved); FileHandle.standardError.write(Data("\n".utf8)) }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else { return nil }
        return line
    }
}
