import CursesBackend
import Foundation
import RoundsApp
import RoundsCore
import TerminalUI

/// Opens the terminal UI on a session: picks the theme and language, runs, restores the terminal.
enum TUILauncher {
    /// `knownPIN`: see ``TUISignIn/signer(_:knownPIN:)``.
    static func run(session: Session, global: GlobalOptions, display: DisplayOptions, knownPIN: String? = nil) throws {
        let env = global.environment
        let fixedNow = global.now ?? env["ROUNDS_NOW"]
        let started = Date()
        let base = session.now
        // A fixed --now still moves forward while the program runs, so a clock on screen is true.
        let clock: () -> Instant = fixedNow == nil
            ? { Instant(seconds: Int64(Date().timeIntervalSince1970)) }
            : { base.adding(seconds: Int64(Date().timeIntervalSince(started))) }
        let refusal: String? = session.clockGiven && session.store.settings.kind == .evidence
            ? RuleText(en: "this evidence store is open \"as of\" --now, for reading: writes are entered at the system clock (leave out --now)",
                       zh: "此证据库按 --now 的时点打开，仅供查阅：写入须使用系统时钟（请去掉 --now）").prefixed("R4").text(chinese: global.isChinese)
            : nil
        let (signer, pin) = try TUISignIn.signer(session, knownPIN: knownPIN)
        let environment = AppEnvironment(store: session.store, login: session.login, now: clock, signer: signer, writeRefusal: refusal,
                                         commandRunner: ChildCommandRunner.current(storePath: global.storePath), pin: pin,
                                         drivenClock: fixedNow != nil && session.store.settings.isPractice)
        // The first frame at once; the fleet-wide screens load off the input path (ScreenLoader.swift).
        let app = try App(environment: environment, language: global.isChinese ? .zh : .en,
                          border: display.ascii ? .ascii : .unicode, firstFrameAtOnce: true)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(mode: .live)
            terminal.setTheme(Theme.choose(noColorEnv: env["NO_COLOR"], flag: display.noColor,
                                           terminalHasColors: terminal.terminalHasColors))
        } catch {
            throw Refusal(RuleText.describe(error, chinese: Help.chinese))
        }
        app.run(on: terminal)
    }
}
