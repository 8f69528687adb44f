import Foundation
import Testing

/// `rounds install-shell-files`: the completion scripts and the man page, written into a prefix
/// and checked the way a shell and `man` would read them (issue #11).
@Suite struct ShellFilesTests {
    static let places = ["share/bash-completion/completions/rounds", "share/zsh/site-functions/_rounds",
                         "share/fish/vendor_completions.d/rounds.fish", "share/man/man1/rounds.1"]

    /// Installs into `prefix` (nil: the default) and returns the paths it printed.
    func install(_ box: Sandbox, prefix: String?, _ more: [String] = [],
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let r = try box.run(RoundsBinary.path(), ["install-shell-files"] + (prefix.map { ["--prefix", $0] } ?? []) + more,
                            label: "rounds")
        try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        return r.stdoutLines
    }

    /// What fish offers for `line` with `script` loaded (`complete -C`), one `word<TAB>description`
    /// a line; nil where fish is not installed.
    func fishCompletes(_ box: Sandbox, _ script: String, _ line: String) throws -> [String]? {
        guard let fish = findOnPath("fish") else { return nil }
        let r = try box.run(fish, ["--no-config", "-c", "source '\(script)'; complete -C '\(line)'"])
        #expect(r.status == 0, "\(r)")
        return r.stdoutLines
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("writes the bash, zsh and fish completions and rounds.1 where those tools look, and prints each path")
    func installsIntoPrefix() throws {
        let box = try Sandbox("shell-files")
        let prefix = box.path("prefix")
        let written = try install(box, prefix: prefix)
        #expect(written == Self.places.map { prefix + "/" + $0 })
        for path in written {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            #expect((size ?? 0) > 0, "\(path) is missing or empty")
        }

        let bash = written[0]
        let syntax = try box.run("/bin/bash", ["-n", bash])
        #expect(syntax.status == 0, "bash -n: \(syntax)")
        // Sourced, it completes the subcommands of rounds and those of a subcommand (bash calls the
        // function with the command, the word being completed and the word before it).
        let complete = try box.run("/bin/bash", ["-c", """
            source '\(bash)' && complete -p rounds >/dev/null || exit 9
            COMP_WORDS=(rounds tic); COMP_CWORD=1; COMP_LINE='rounds tic'; COMP_POINT=10
            COMPREPLY=(); _rounds rounds tic rounds; echo "${COMPREPLY[*]}"
            COMP_WORDS=(rounds ticket ''); COMP_CWORD=2; COMP_LINE='rounds ticket '; COMP_POINT=14
            COMPREPLY=(); _rounds rounds '' ticket; echo "${COMPREPLY[*]}"
            """])
        #expect(complete.status == 0, "\(complete)")
        #expect(complete.stdoutLines.first == "ticket", "\(complete)")
        #expect(complete.stdoutLines.last?.split(separator: " ").contains("open") == true, "\(complete)")
        for (shell, script) in [("zsh", written[1]), ("fish", written[2])] {
            guard let program = findOnPath(shell) else { continue }   // checked where the shell is installed (.ci/run installs both)
            let r = try box.run(program, ["-n", script])
            #expect(r.status == 0, "\(shell) -n: \(r)")
        }
        if let offered = try fishCompletes(box, written[2], "rounds ticket op") {   // fish offers subcommands with their abstracts
            #expect(offered.first?.hasPrefix("open\tReport a fault") == true, "\(offered)")
        }

        let man = try read(written[3])
        #expect(man.hasPrefix(".TH \"ROUNDS\" \"1\""), "\(man.prefix(200))")
        #expect(man.contains("\n.SH NAME\nrounds \\- Inspection rounds"), "\(man.prefix(400))")
        for section in ["SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT"] {
            #expect(man.contains("\n.SH \(section)\n"), "rounds.1 has no \(section) section")
        }
        // Every command ArgumentParser knows has its own subsection, with its options.
        for command in try HelpTree.dump(box, []).allCommands.dropFirst() {
            let path = (["rounds"] + command.words).joined(separator: " ").replacingOccurrences(of: "-", with: "\\-")
            #expect(man.contains("\n.SS \"\(path)\"\n"), "rounds.1 has no subsection for \(path)")
        }
        #expect(man.contains("\\fB\\-\\-out\\-of\\-service\\fR \\fIout\\-of\\-service\\fR"), "ticket open's options are listed")
        #expect(!hasCJK(man), "the English man page has no Chinese")
        if let groff = findOnPath("groff") {   // rendered as man renders it, where groff is installed
            let shown = try box.run(groff, ["-k", "-man", "-Tutf8", "-P-cbou", written[3]])   // -P-cbou: plain text
            #expect(shown.status == 0 && shown.stdout.contains("SYNOPSIS") && shown.stdout.contains("rounds ticket open"), "\(shown)")
        }
        // The only lines that roff reads as requests are the page's own macros, never a line of text.
        let macros: Set<Substring> = [".TH", ".SH", ".SS", ".TP", ".PP", ".B"]
        let requests = man.split(separator: "\n").filter { $0.hasPrefix(".") || $0.hasPrefix("'") }
        #expect(requests.allSatisfy { macros.contains($0.split(separator: " ").first ?? "") }, "\(requests.filter { !macros.contains($0.split(separator: " ").first ?? "") })")
    }

    @Test("under --lang zh the man page and the completion descriptions are Chinese; the default prefix is ~/.local")
    func chineseAndDefaultPrefix() throws {
        let box = try Sandbox("shell-files-zh")
        let written = try install(box, prefix: nil, ["--lang", "zh"])
        let home = box.path("home")
        #expect(written == Self.places.map { home + "/.local/" + $0 })
        let man = try read(written[3])
        #expect(man.contains("\n.SH NAME\nrounds \\- 医院设备科"), "\(man.prefix(400))")
        if let offered = try fishCompletes(box, written[2], "rounds tic") {
            #expect(offered.first == "ticket\t维修单：报修、派工、开始、维修、签收、关闭及其他各步骤。",
                    "fish describes the subcommands in the language of the install")
        }
    }
}
