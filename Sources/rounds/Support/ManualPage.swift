import Foundation
import RoundsApp

/// `rounds.1`: the man page, written from the command tree ArgumentParser describes
/// (``CommandSpec``, the same description the TUI's forms are made from), so it says exactly what `--help` says, in the same language (``Help``).
///
/// Sections: NAME, SYNOPSIS, DESCRIPTION, OPTIONS (the global ones, once), COMMANDS (every
/// subcommand with its own options), ENVIRONMENT, FILES and SEE ALSO. The section headings stay the
/// conventional English words that `man`, `whatis` and `mandb` look for; the text under them follows
/// the language. Plain `man(7)` macros, read by groff and mandoc alike.
enum ManualPage {
    static func render(_ root: CommandSpec, version: String) -> String {
        let global = Set(root.shownArguments.map(\.key))
        var page = [
            #".TH "\#(root.commandName.uppercased())" "1" "" "\#(root.commandName) \#(version)" "\#(root.commandName)""#,
            ".SH NAME",
            "\(root.commandName) \\- \(escape(root.abstract ?? ""))",
            ".SH SYNOPSIS",
            ".B \(root.commandName)",
            "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR] [\\fIARGUMENTS\\fR]",
            ".SH DESCRIPTION",
        ]
        page += paragraphs(root.discussion)
        page += [".SH OPTIONS"] + root.shownArguments.flatMap(item)
        page.append(".SH COMMANDS")
        for command in root.allCommands.dropFirst() {
            page += [".SS \"\(escape(command.path))\"", escape(command.abstract ?? "")]
            page += paragraphs(command.discussion)
            page += command.shownArguments.filter { !global.contains($0.key) }.flatMap(item)
        }
        page += [".SH ENVIRONMENT"] + environment.flatMap { [".TP", "\\fB\($0.name)\\fR", escape($0.text)] }
        page += [".SH FILES", ".TP", "\\fISTORE\\fR.seals", escape(Help.text(
            en: "The seal log beside the store (R3): one seal line per seal; rounds verify checks the chain against it.",
            zh: "数据库旁的封签日志（R3）：每次封签一行；rounds verify 以它核对审计链。"))]
        page += [".SH SEE ALSO", escape(Help.text(
            en: "docs/cli.md in the Rounds sources: the full reference, file formats and exit codes.",
            zh: "Rounds 源码中的 docs/cli.md：完整参考、文件格式和退出码。"))]
        return page.joined(separator: "\n") + "\n"
    }

    /// The environment the program reads, one entry each.
    static var environment: [(name: String, text: String)] {
        [("ROUNDS_STORE", Help.text(en: "The store, when --store is not given.", zh: "未给 --store 时使用的数据库。")),
         ("ROUNDS_NOW", Help.text(en: "The clock, when --now is not given.", zh: "未给 --now 时使用的时钟。")),
         ("ROUNDS_USER", Help.text(en: "Who is at the keyboard, when --user is not given.", zh: "未给 --user 时使用键盘的人。")),
         ("ROUNDS_PIN", Help.text(en: "The user's PIN, when --pin is not given.", zh: "未给 --pin 时当前用户的 PIN。")),
         ("LC_ALL, LANG", Help.text(en: "The language when --lang is not given: zh... is Chinese, anything else English.",
                                    zh: "未给 --lang 时的语言：以 zh 开头为中文，其余为英文。")),
         ("NO_COLOR", Help.text(en: "Monochrome terminal UI, as --no-color.", zh: "单色终端界面，同 --no-color。")),
         ("XDG_DATA_HOME", Help.text(en: "Where the default store lives: $XDG_DATA_HOME/rounds/.", zh: "默认数据库所在位置：$XDG_DATA_HOME/rounds/。"))]
    }

    /// One option, flag or argument as a tagged paragraph: its names and value, then its help.
    static func item(_ argument: ArgumentSpec) -> [String] {
        let value = argument.valueName.map { "\\fI\(escape($0))\\fR" }
        var tag: String
        if let names = argument.names, argument.kind != .positional {
            tag = names.map { "\\fB" + escape($0.typed) + "\\fR" }.joined(separator: ", ")
            if argument.kind == .option, let value { tag += " " + value }
        } else {
            tag = value ?? ""
        }
        var text = escape(argument.abstract ?? "")
        if let d = argument.defaultValue, !d.isEmpty, argument.kind == .option { text += escape(Help.text(en: " (default: \(d))", zh: "（默认：\(d)）")) }
        return [".TP", tag, text] + paragraphs(argument.discussion)
    }

    static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n\n").flatMap { [".PP", escape($0)] }
    }

    /// Text made safe for roff: backslashes and hyphens escaped, and no line that starts with a
    /// control character (`.` or `'`).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e")
            .replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }
            .joined(separator: "\n")
    }
}
