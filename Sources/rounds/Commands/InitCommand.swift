import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds init [--tz ZONE] [--since YYYY-MM-DD] [--demo]`: creates the store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store (refuses if it exists).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The facility time zone; every day, month, quarter and 10-day boundary is in it.")
    var tz = "Asia/Shanghai"

    @Option(help: "The day tracking begins (default: today in the facility zone); nothing is due before it.")
    var since: String?

    @Flag(help: "Fill the store with the sample hospital from Data/ and a history up to now.")
    var demo = false

    @Flag(help: "Make a practice store (training, tests, demonstrations): --now sets the clock of writes, and every view says practice. --demo always makes one.")
    var practice = false

    @Flag(name: .customLong("require-pin"), help: "Signatures need the signer's PIN (--pin or ROUNDS_PIN).")
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
