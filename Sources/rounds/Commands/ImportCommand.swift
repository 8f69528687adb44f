import ArgumentParser
import Foundation
import RoundsStore

/// `rounds import departments|people|equipment FILE.csv [--dry-run]`: all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Help.text(en: "Import departments, people or equipment from CSV (UTF-8 with or without BOM, or GB18030).",
                            zh: "从 CSV 导入科室、人员或设备（UTF-8，带或不带 BOM，或 GB18030）。"),
        discussion: Help.text(en: "All or nothing: one bad row refuses the file, every problem listed as FILE:LINE: column: message.",
                              zh: "全部或全不：任何一行有误即拒绝整个文件，每个问题列为 文件:行号: 列: 说明。"))

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.text(en: "departments, people or equipment",
                              zh: "departments（科室）、people（人员）或 equipment（设备）"))
    var kind: String

    @Argument(help: Help.text(en: "The CSV file.",
                              zh: "CSV 文件。"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: Help.text(en: "Check the file and report what would change; write nothing.",
                                                        zh: "检查文件并报告将会改变什么；不写入任何内容。"))
    var dryRun = false

    @Option(help: Help.text(en: "utf-8 or gb18030 (default: detected).",
                            zh: "utf-8 或 gb18030（默认：自动识别）。"))
    var encoding: String?

    @OptionGroup var pin: PINOptions

    func validate() throws {
        guard ImportKind(rawValue: kind) != nil else { throw ValidationError("kind must be departments, people or equipment, not '\(kind)'") }
        if let encoding, ImportEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("--encoding must be utf-8 or gb18030")
        }
    }

    func run() throws {
        do {
            let session = try Session.open(global, bootstrap: true)
            if !dryRun { try session.checkWriteClock() }
            let options = WriteOptions(pins: pin.value.map { [session.login: $0] } ?? [:])
            let summary = try Importer(store: session.store, actor: session.login, at: session.now, options: options)
                .run(ImportKind(rawValue: kind)!, file: file, encoding: encoding.flatMap { ImportEncoding(rawValue: $0.lowercased()) }, dryRun: dryRun)
            let verb = summary.dryRun ? "would import" : "imported"
            print("\(verb) \(summary.rows) \(kind) from \(file) (\(summary.encoding.rawValue)): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged")
        } catch StoreError.importRejected(let problems) {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            FileHandle.standardError.write(Data("rounds: \(file) refused: \(problems.count) problem\(problems.count == 1 ? "" : "s"), nothing imported\n".utf8))
            throw ExitCode(1)
        } catch {
            try refusing { throw error }
        }
    }
}
