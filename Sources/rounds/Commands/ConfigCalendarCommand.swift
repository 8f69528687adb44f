import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds config calendar set|list`: the weekly operating hours of departments and devices that
/// `report uptime --method scheduled` counts in (R68). 24 × 7 unless set; a device's own calendar
/// overrides its department's.
///
/// ```sh
/// rounds config calendar set IMG --days mon-fri --hours 08:00-18:00
/// rounds config calendar set IMG-CT01 --hours "mon-fri 08:00-18:00; sat 08:00-12:00"
/// ```
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: Help.text(en: "Operating calendars: the weekly hours a department or device is scheduled to run (R68).",
                            zh: "运行时间表：科室或设备每周计划运行的时段（R68）。"),
        subcommands: [Set.self, List.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text(en: "Set the operating hours of a department or device (equipment head only; audited).",
                                                                            zh: "设置科室或设备的运行时段（仅设备科主任；记入审计）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "A department code or a device tag.",
                                  zh: "科室代码或设备资产编号。")) var target: String
        @Option(help: Help.text(en: "Weekdays: mon-fri, sat, mon,wed,fri (default mon-sun).",
                                zh: "星期：mon-fri、sat、mon,wed,fri（默认 mon-sun）。")) var days: String = "mon-sun"
        @Option(help: Help.text(en: "HH:MM-HH:MM (00:00-24:00 is all day), or a whole list \"mon-fri 08:00-18:00; sat 08:00-12:00\" without --days.",
                                zh: "HH:MM-HH:MM（00:00-24:00 为全天），或不带 --days 的完整列表 \"mon-fri 08:00-18:00; sat 08:00-12:00\"。")) var hours: String
        @OptionGroup var pin: PINOptions

        func run() throws {
            try refusing {
                let text = hours.contains(" ") ? hours : "\(days) \(hours)"
                guard let calendar = OperatingCalendar(parsing: text) else {
                    throw Refusal(en: "'\(text)' is not DAYS HH:MM-HH:MM[; …] (days mon … sun, e.g. mon-fri 08:00-18:00)",
                                  zh: "'\(text)' 不是 星期 HH:MM-HH:MM[; …] 的形式（星期 mon … sun，例如 mon-fri 08:00-18:00）")
                }
                let session = try Session.open(global)
                let set = try session.write(pins: [session.login: pin.value]) { rec in try rec.setOperatingCalendar(target, calendar) }
                print("\(set.scope.rawValue) \(set.target): \(set.calendar.text)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "The operating calendars set; every other department and device runs 24 × 7.",
                                                                            zh: "已设置的运行时间表；其余科室与设备按 24 × 7 计。"))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let rows = try session.store.operatingCalendars().map { [$0.scope.rawValue, $0.target, $0.calendar.text] }
                print(TextTable.render(header: ["scope", "target", "hours"], rows: rows), terminator: "")
            }
        }
    }
}
