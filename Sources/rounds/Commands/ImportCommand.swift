import ArgumentParser
import Foundation
import RoundsStore

/// `rounds import departments|people|equipment FILE.csv [--dry-run]`: all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import departments, people or equipment from CSV (UTF-8 with or without BOM, or GB18030).",
        discussion: "All or nothing: one bad row refuses the file, every problem listed as FILE:LINE: column: message.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "departments, people or equipment")
    var kind: String

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Check the file and report what would change; write nothing.")
    var dryRun = false

    @Option(help: "utf-8 or gb18030 (default: detected).")
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
