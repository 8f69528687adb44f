import ArgumentParser
import Foundation
import RoundsStore

/// `rounds`: with no subcommand, opens the terminal UI on the store.
@main
struct Rounds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Inspection rounds, maintenance and repair tracking for hospital equipment departments (设备科).",
        discussion: "With no subcommand, opens the terminal UI on the store. See docs/cli.md.",
        version: "0.1.0",
        subcommands: [InitCommand.self, DemoCommand.self, ImportCommand.self, RecordCommand.self, ReportCommand.self,
                      EquipmentCommand.self, TicketCommand.self, PartCommand.self, ContactCommand.self, ScrapCommand.self, MaintenanceCommand.self, ConfigCommand.self,
                      VerifyCommand.self, SealCommand.self, BackupCommand.self, RestoreCommand.self,
                      HandoverCommand.self, AckProblemCommand.self, PinCommand.self, DepartmentCommand.self]
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    /// Runs the command line; a daily seal that could not be appended is said at exit (SealWarnings).
    static func main() {
        SealWarnings.install()
        Store.mediaMessagesInChinese = Self.chineseRequested(CommandLine.arguments, ProcessInfo.processInfo.environment)
        if let refusal = ValueArguments.checkControlCharacters(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data(("rounds: " + refusal + "\n").utf8))
            Self.exit(withError: ExitCode(1))
        }
        main(nil)
    }

    /// `--lang zh`, else LC_ALL/LANG starting with zh — as ``GlobalOptions/isChinese``, read before
    /// the options are parsed so that the store's broken-media sentences follow it.
    static func chineseRequested(_ arguments: [String], _ env: [String: String]) -> Bool {
        for (i, a) in arguments.enumerated() {
            if a.hasPrefix("--lang=") { return a.dropFirst(7).lowercased().hasPrefix("zh") }
            if a == "--lang", i + 1 < arguments.count { return arguments[i + 1].lowercased().hasPrefix("zh") }
        }
        return GlobalOptions.chineseLocale(env)
    }

    func run() throws {
        try refusing {
            let session = try Session.open(global)
            try TUILauncher.run(session: session, global: global, display: display)
        }
    }
}

/// How the terminal UI looks.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: "Monochrome: meaning by text tags and attributes only (also env NO_COLOR).")
    var noColor = false

    @Flag(name: .customLong("ascii"), help: "Draw borders with + - | instead of line-drawing characters.")
    var ascii = false
}
