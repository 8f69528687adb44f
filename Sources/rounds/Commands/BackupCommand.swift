import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds backup DEST [--force]`: a verified copy of the store made while others use it (Backup.swift).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Help.text(en: "Copy the store consistently (SQLite's online backup) to DEST with DEST.seals, verify the copy and print its seal line.",
                            zh: "把数据库一致地复制到 DEST（SQLite 在线备份），连同 DEST.seals；校验副本并打印其封签行。"),
        discussion: Help.text(en: "Anyone in the store may back it up; it only reads. Refuses an existing DEST without --force. Restore with `rounds restore DEST`.",
                              zh: "数据库中的任何人都可备份（只读）。DEST 已存在时拒绝，除非 --force。恢复用 `rounds restore DEST`。"))

    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.text(en: "Where to write the copy (its seal log goes beside it as DEST.seals).",
                              zh: "副本写到哪里（其封签日志作为 DEST.seals 放在旁边）。")) var dest: String
    @Flag(help: Help.text(en: "Replace DEST if it exists.",
                          zh: "DEST 已存在时替换它。")) var force = false

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
        abstract: Help.text(en: "Replace the store with a verified backup made by `rounds backup` (equipment head, proven).",
                            zh: "用 `rounds backup` 做的、已校验的备份替换数据库（设备科主任，须证明身份）。"),
        discussion: Help.text(en: "Refuses when the store holds audit entries the backup lacks, unless --force; the replaced store is kept beside it as STORE.replaced-SECONDS-PID. Close every other rounds session on the store first. See docs/cli.md, \"Restoring a backup\".",
                              zh: "数据库中有备份所没有的审计记录时拒绝，除非 --force；被替换的数据库保留在旁边，名为 STORE.replaced-秒数-进程号。请先关闭此数据库上的其他 rounds。详见 docs/cli.md“恢复备份”。"))

    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.text(en: "The backup to restore (its seal log SRC.seals is restored with it).",
                              zh: "要恢复的备份（其封签日志 SRC.seals 一并恢复）。")) var source: String
    @Flag(help: Help.text(en: "Replace the store even when it holds audit entries the backup lacks.",
                          zh: "即使数据库中有备份所没有的审计记录也替换。")) var force = false
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
                            try rec.requireAdministrator(doing: RuleText(en: "restoring a backup", zh: "从备份恢复"))
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
