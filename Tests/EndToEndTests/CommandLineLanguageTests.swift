import Foundation
import Testing

/// Issue #11: the command line follows the program's language (CONTRACT "Global options": `--lang`,
/// else LC_ALL/LANG). The commands are walked from the binary's own description of its root
/// command's configuration (``HelpTree``), never from a list kept here, so a new command, option or
/// argument without Chinese help fails these tests.
@Suite struct CommandLineLanguageTests {
    /// `rounds WORDS --help ARGS` in the sandbox.
    func help(_ box: Sandbox, _ command: HelpTree, _ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
        try box.run(RoundsBinary.path(), command.words + ["--help"] + arguments, label: "rounds", environment: environment)
    }

    @Test("under --lang zh every command's --help shows its Chinese abstract and each option's Chinese help")
    func chineseHelp() throws {
        let box = try Sandbox("help-zh")
        let tree = try HelpTree.dump(box, ["--lang", "zh"])
        let commands = tree.allCommands
        #expect(commands.contains { $0.words == ["ticket", "open"] } && commands.contains { $0.words == ["record", "void"] },
                "the walk reaches nested subcommands: \(commands.map(\.words))")
        for command in commands {
            let name = (["rounds"] + command.words).joined(separator: " ")
            let abstract = command.abstract ?? ""
            #expect(hasCJK(abstract), "\(name): the abstract is not Chinese: '\(abstract)'")
            let r = try help(box, command, ["--lang", "zh"])
            #expect(r.status == 0, "\(r)")
            let shown = unwrapped(r.stdout)
            #expect(shown.contains(unwrapped(abstract)), "\(name) --help does not show its abstract:\n\(r.stdout)")
            for argument in command.shownArguments {
                let text = argument.abstract ?? ""
                #expect(hasCJK(text), "\(name) \(argument.label): the help is not Chinese: '\(text)'")
                #expect(shown.contains(unwrapped(text)), "\(name) --help does not show the help of \(argument.label):\n\(r.stdout)")
            }
        }
    }

    @Test("under English no --help has a Chinese character, every option has help, and the names are the same as in Chinese")
    func englishHelp() throws {
        let box = try Sandbox("help-en")
        let english = try HelpTree.dump(box, [])
        let chinese = try HelpTree.dump(box, [], environment: ["LANG": "zh_CN.UTF-8"])
        let signature = { (t: HelpTree) in t.allCommands.map { ($0.words + $0.shownArguments.map(\.label)).joined(separator: " ") } }
        #expect(signature(english) == signature(chinese), "commands and option names do not depend on the language")
        for command in english.allCommands {
            let name = (["rounds"] + command.words).joined(separator: " ")
            #expect(!(command.abstract ?? "").isEmpty, "\(name) has no abstract")
            for argument in command.shownArguments {
                #expect(!(argument.abstract ?? "").isEmpty, "\(name) \(argument.label) has no help")
            }
            let r = try help(box, command, [])
            #expect(r.status == 0, "\(r)")
            #expect(!hasCJK(r.stdout), "\(name) --help has Chinese in English:\n\(r.stdout)")
        }
    }

    @Test("the language of --help follows the program's rule: --lang wherever it is, else LC_ALL, else LANG")
    func languageRule() throws {
        let box = try Sandbox("help-rule")
        let root = try HelpTree.dump(box, [])
        let cases: [(arguments: [String], environment: [String: String], chinese: Bool)] = [
            ([], ["LANG": "zh_CN.UTF-8"], true),
            ([], ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"], false),
            (["--lang=zh"], [:], true),
            (["--lang", "en"], ["LANG": "zh_CN.UTF-8"], false),
            (["--lang", "en", "--lang", "zh"], [:], true),   // the last one wins, as when it is parsed
        ]
        for c in cases {
            let r = try help(box, root, c.arguments, environment: c.environment)
            #expect(r.status == 0, "\(r)")
            #expect(hasCJK(r.stdout) == c.chinese, "rounds --help \(c.arguments) with \(c.environment):\n\(r.stdout.prefix(400))")
        }
        let nested = try box.run(RoundsBinary.path(), ["--lang", "zh", "ticket", "open", "--help"], label: "rounds")
        #expect(hasCJK(nested.stdout), "--lang before the subcommand counts too:\n\(nested)")
    }
}
