import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds demo`: opens the TUI on a demo store, creating it first if it does not exist.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: Help.text(en: "Open the terminal UI on a sample hospital (created on first use).",
                            zh: "在示例医院上打开终端界面（首次使用时创建）。"),
        discussion: Help.text(en: "The demo store lives at $XDG_DATA_HOME/rounds/demo.sqlite (or --store). You are the user 'demo' unless --user says otherwise, signed in with the sample hospital's documented PIN 246810.",
                              zh: "演示数据库位于 $XDG_DATA_HOME/rounds/demo.sqlite（或 --store）。除非 --user 另有指定，你是用户 demo，用示例医院公开的 PIN 246810 登录。"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        try refusing {
            var options = global
            if options.store == nil { options.store = GlobalOptions.dataHome(options.environment) + "/rounds/demo.sqlite" }
            if options.user == nil && options.environment["ROUNDS_USER"] == nil { options.user = DemoHospital.demoLogin }
            if !FileManager.default.fileExists(atPath: options.storePath) {
                let calendar = FacilityCalendar.shanghai
                let now = try options.clock(calendar)
                let data = try DataDirectory.locate()
                _ = try Refusal.guarding {
                    try DemoHospital.create(path: options.storePath,
                                            settings: StoreSettings(calendar: calendar, since: DemoHospital.since(now: now, calendar: calendar),
                                                                   kind: .practice),
                                            dataDirectory: data, now: now, progress: DemoProgress(chinese: options.isChinese).show)
                }
                DemoProgress.finish()
            }
            let session = try Session.open(options)
            // The sample hospital's people all have the documented PIN: the demo signs its person in with it.
            try TUILauncher.run(session: session, global: options, display: display, knownPIN: DemoHospital.demoPIN)
        }
    }
}
