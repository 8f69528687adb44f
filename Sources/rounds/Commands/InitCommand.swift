import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds init [--tz ZONE] [--since YYYY-MM-DD] [--demo]`: creates the store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: Help.text(en: "Create the store (refuses if it exists).",
                            zh: "创建数据库（已存在时拒绝）。"))

    @OptionGroup var global: GlobalOptions

    @Option(help: Help.text(en: "The facility time zone; every day, month, quarter and 10-day boundary is in it.",
                            zh: "机构所在时区；所有日、月、季度和 10 日的边界都以此时区计算。"))
    var tz = "Asia/Shanghai"

    @Option(help: Help.text(en: "The day tracking begins (default: today in the facility zone); nothing is due before it.",
                            zh: "开始跟踪的日期（默认：机构时区的今天）；此前没有任何到期项。"))
    var since: String?

    @Flag(help: Help.text(en: "Fill the store with the sample hospital from Data/ and a history up to now.",
                          zh: "用 Data/ 中的示例医院和截至当前的历史记录填充数据库。"))
    var demo = false

    @Flag(help: Help.text(en: "Make a practice store (training, tests, demonstrations): --now sets the clock of writes, and every view says practice. --demo always makes one.",
                          zh: "创建练习库（培训、测试、演示）：--now 设定写入的时钟，每个界面都标明“练习”。--demo 总是创建练习库。"))
    var practice = false

    @Flag(name: .customLong("require-pin"), help: Help.text(en: "Signatures need the signer's PIN (--pin or ROUNDS_PIN).",
                                                            zh: "签名需要签名人的 PIN（--pin 或 ROUNDS_PIN）。"))
    var requirePIN = false

    func run() throws {
        try refusing {
            guard let calendar = FacilityCalendar(timeZoneID: tz) else { throw Refusal("--tz '\(tz)' is not a time zone (e.g. Asia/Shanghai)") }
            if global.clockGiven && !(practice || demo) {
                throw Refusal("R4: an evidence store is created at the system clock: leave out --now (or make a practice store with --practice)")
            }
            let now = try global.clock(calendar)
            var sinceDay = demo ? DemoHospital.since(now: now, calendar: calendar) : calendar.day(of: now)
            if let since {
                sinceDay = try TimeArguments.day(since, "--since")
            }
            let settings = StoreSettings(calendar: calendar, since: sinceDay, requirePIN: requirePIN,
                                         kind: practice || demo ? .practice : .evidence)
            let path = global.storePath
            if demo {
                let data = try DataDirectory.locate()
                try Refusal.guarding { _ = try DemoHospital.create(path: path, settings: settings, dataDirectory: data, now: now) }
            } else {
                _ = try Refusal.guarding { try Store.create(path: path, settings: settings, actor: global.login, at: now) }
            }
            print("created \(path) (\(settings.kind.rawValue) store, tz \(calendar.identifier), since \(sinceDay)\(demo ? ", sample hospital" : ""))")
        }
    }
}
