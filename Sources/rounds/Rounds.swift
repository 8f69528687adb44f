import ArgumentParser
import Foundation
import RoundsStore

/// `rounds`: with no subcommand, opens the terminal UI on the store.
@main
struct Rounds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: Help.text(en: "Inspection rounds, maintenance and repair tracking for hospital equipment departments.",
                            zh: "医院设备科的巡检、保养和维修管理。"),
        discussion: Help.text(en: "With no subcommand, opens the terminal UI on the store. See docs/cli.md.",
                              zh: "不带子命令时，在数据库上打开终端界面。见 docs/cli.md。"),
        version: "0.1.0",
        subcommands: [InitCommand.self, DemoCommand.self, ImportCommand.self, RecordCommand.self, ReportCommand.self,
                      EquipmentCommand.self, InspectionCommand.self, ChecklistCommand.self, TicketCommand.self, HazardCommand.self, QCCommand.self, OrgCommand.self, LicenceCommand.self, ImagingCommand.self, PartCommand.self, ContactCommand.self, ScrapCommand.self, MaintenanceCommand.self, ConfigCommand.self,
                      VerifyCommand.self, SealCommand.self, BackupCommand.self, RestoreCommand.self,
                      HandoverCommand.self, AckProblemCommand.self, PinCommand.self, DepartmentCommand.self,
                      InstallShellFilesCommand.self]
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    /// Runs the command line; a daily seal that could not be appended is said at exit (SealWarnings).
    static func main() {
        SealWarnings.install()
        Store.mediaMessagesInChinese = Help.chinese
        if let refusal = ValueArguments.checkControlCharacters(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data(("rounds: " + refusal + "\n").utf8))
            Self.exit(withError: ExitCode(1))
        }
        main(nil)
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
    @Flag(name: .customLong("no-color"), help: Help.text(en: "Monochrome: meaning by text tags and attributes only (also env NO_COLOR).",
                                                         zh: "单色：只用文字标签和字体属性表达含义（也可用环境变量 NO_COLOR）。"))
    var noColor = false

    @Flag(name: .customLong("ascii"), help: Help.text(en: "Draw borders with + - | instead of line-drawing characters.",
                                                      zh: "用 + - | 而不是制表符画边框。"))
    var ascii = false
}
