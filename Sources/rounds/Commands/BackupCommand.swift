import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds backup DEST [--force]`: a verified copy of the store made while others use it (Backup.swift).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store consistently (SQLite's online backup) to DEST with DEST.seals, verify the copy and print its seal line.",
        discussion: "Anyone in the store may back it up; it only reads. Refuses an existing DEST without --force. Restore with `rounds restore DEST`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Where to write the copy (its seal log goes beside it as DEST.seals).") var dest: String
    @Flag(help: "Replace DEST if it exists.") var force = false

    func run() throws {
        try refusing {
            let session = try Session.open(global, bootstrap: true, readOnly: true)
            let result = try Refusal.guarding { try session.store.backup(to: dest, force: force, at: session.now, login: session.login) }
            print("backed up \(session.store.path) to \(result.path): verified, \(result.report.auditEntries) audit entries chained, \(result.report.sealsChecked) seals checked")
            print(result.seal.line)
        }
    }
}

/// `rounds restore SRC [--force] [--pin PIN]`: replaces the store with a verified backup (Backup.swift).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the store with a verified backup made by `rounds backup` (equipment head, proven).",
        discussion: "Refuses when the store holds audit entries the backup lacks, unless --force; the replaced store is kept beside it as STORE.replaced-SECONDS-PID. Close every other rounds session on the store first. See docs/cli.md, \"Restoring a backup\".")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The backup to restore (its seal log SRC.seals is restored with it).") var source: String
    @Flag(help: "Replace the store even when it holds audit entries the backup lacks.") var force = false
    @OptionGroup var pin: PINOptions

    /// Thrown inside the authorising transaction so that it writes nothing.
    struct Authorised: Error {}

    func run() throws {
        try refusing {
            let login = global.login
            let path = global.storePath
            let now = try global.clock(FacilityCalendar.shanghai)
            let result = try Refusal.guarding {
                try Store.restore(from: source, into: path, force: force, at: now, login: login) { store in
                    // Restore replaces evidence: an equipment head, proven against the store being replaced.
                    if global.clockGiven && store.settings.kind == .evidence {
                        throw Refusal("R4: this is an evidence store: restore runs at the system clock; leave out --now (and ROUNDS_NOW)")
                    }
                    guard try store.person(login) != nil || !(try store.hasPeople()) else {
                        throw Refusal("unknown user '\(login)': give --user LOGIN (or ROUNDS_USER) of an equipment head in the store")
                    }
                    let at = try global.clock(store.settings.calendar)
                    do {
                        try store.write(actor: login, at: at, options: WriteOptions(pins: pin.value.map { [login: $0] } ?? [:])) { rec in
                            try rec.requireAdministrator(doing: "restoring a backup")
                            throw Authorised()
                        }
                    } catch is Authorised {}
                }
            }
            print("restored \(path) from \(source): verified, \(result.report.auditEntries) audit entries chained, \(result.report.sealsChecked) seals checked"
                  + (result.replacedKeptAs.map { "; the replaced store is kept as \($0)" } ?? ""))
            print(result.seal.line)
        }
    }
}
