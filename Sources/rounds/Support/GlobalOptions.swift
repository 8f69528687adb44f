import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// The options every subcommand (and the TUI) takes (CONTRACT "Global options").
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: Help.text(en: "The SQLite store (env ROUNDS_STORE, else $XDG_DATA_HOME/rounds/rounds.sqlite).",
                                         zh: "SQLite 数据库（环境变量 ROUNDS_STORE，否则 $XDG_DATA_HOME/rounds/rounds.sqlite）。"))
    var store: String?

    @Option(name: .long, help: Help.text(en: "The clock: YYYY-MM-DD (end of that local day), YYYY-MM-DDTHH:MM[:SS], optionally with Z or +08:00 (env ROUNDS_NOW).",
                                         zh: "时钟：YYYY-MM-DD（当地该日结束时）、YYYY-MM-DDTHH:MM[:SS]，可带 Z 或 +08:00（环境变量 ROUNDS_NOW）。"))
    var now: String?

    @Option(name: .long, help: Help.text(en: "Who is at the keyboard (env ROUNDS_USER, else the OS login).",
                                         zh: "谁在使用键盘（环境变量 ROUNDS_USER，否则为操作系统登录名）。"))
    var user: String?

    @Option(name: .long, help: Help.text(en: "Interface language: zh or en (default from LANG/LC_ALL).",
                                         zh: "界面语言：zh 或 en（默认取自 LANG/LC_ALL）。"))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The store path: `--store`, `ROUNDS_STORE`, `$XDG_DATA_HOME/rounds/rounds.sqlite`, or
    /// `~/.local/share/rounds/rounds.sqlite`.
    var storePath: String {
        if let s = store, !s.isEmpty { return s }
        if let s = environment["ROUNDS_STORE"], !s.isEmpty { return s }
        return Self.dataHome(environment) + "/rounds/rounds.sqlite"
    }

    static func dataHome(_ env: [String: String]) -> String {
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    /// The login of the person at the keyboard: `--user`, `ROUNDS_USER`, or the OS login.
    var login: String {
        if let u = user, !u.isEmpty { return u }
        if let u = environment["ROUNDS_USER"], !u.isEmpty { return u }
        return OSAccount.current ?? environment["USER"] ?? NSUserName()
    }

    /// Whether `--now` or `ROUNDS_NOW` sets the clock.
    var clockGiven: Bool { !(now ?? environment["ROUNDS_NOW"] ?? "").isEmpty }

    /// The clock, read in the facility's calendar: `--now`, `ROUNDS_NOW`, or the system clock.
    func clock(_ calendar: FacilityCalendar) throws -> Instant {
        let text = now ?? environment["ROUNDS_NOW"]
        guard let text, !text.isEmpty else { return Instant(seconds: Int64(Date().timeIntervalSince1970)) }
        return try TimeArguments.time(text, "--now", calendar)   // a refusal, exit 1, like every other date
    }

    /// `zh` when asked for, or when LANG/LC_ALL starts with zh; English otherwise.
    var isChinese: Bool {
        if let l = lang?.lowercased() { return l.hasPrefix("zh") }
        return Self.chineseLocale(environment)
    }

    /// Whether LC_ALL (else LANG) starts with zh.
    static func chineseLocale(_ environment: [String: String]) -> Bool {
        let env = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return env.lowercased().hasPrefix("zh")
    }

    func validate() throws {
        if let l = lang, !["zh", "en"].contains(l.lowercased()) {
            throw ValidationError("--lang must be zh or en, not '\(l)'")
        }
    }
}
