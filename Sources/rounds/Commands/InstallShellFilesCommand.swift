import ArgumentParser
import Foundation

/// `rounds install-shell-files [--prefix DIR]`: writes the bash, zsh and fish completions and the
/// man page under a prefix (``ShellFiles``) and prints each path written. Needs no store.
struct InstallShellFilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-shell-files",
        abstract: Help.text(en: "Install the bash, zsh and fish completions and the man page rounds.1 under a prefix.",
                            zh: "在指定前缀下安装 bash、zsh、fish 补全脚本和手册页 rounds.1。"),
        discussion: Help.text(
            en: "They are written in the language of this command (--lang, else LC_ALL/LANG), and replace earlier ones. zsh finds PREFIX/share/zsh/site-functions once it is in fpath; man finds PREFIX/share/man when PREFIX/bin is on PATH.",
            zh: "按本命令的语言（--lang，否则 LC_ALL/LANG）写入，并替换旧文件。zsh 须把 PREFIX/share/zsh/site-functions 加入 fpath；PREFIX/bin 在 PATH 中时 man 能找到 PREFIX/share/man。"))

    @OptionGroup var global: GlobalOptions

    @Option(help: Help.text(en: "Where to install: PREFIX/share/... (default: ~/.local; /usr/local for everyone).",
                            zh: "安装位置：PREFIX/share/…（默认：~/.local；为所有用户安装用 /usr/local）。"))
    var prefix: String?

    func run() throws {
        try refusing {
            let root = prefix ?? (global.environment["HOME"] ?? NSHomeDirectory()) + "/.local"
            let files = try ShellFiles.all(for: Rounds.self, version: Rounds.configuration.version)
            let written: [String]
            do { written = try ShellFiles.install(files, prefix: root) } catch {
                throw Refusal("cannot write under \(root): \(error.localizedDescription)")
            }
            for path in written { print(path) }
        }
    }
}
