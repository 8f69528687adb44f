import Foundation
import RoundsApp
import RoundsCore
import Testing
import TerminalUI

/// The `:` prompt's grammar and the forms made from command descriptions, with a fake runner.
struct ShellWordsTests {
    @Test func splitsAsTheShellDoes() throws {
        #expect(try ShellWords.split(#"ticket defer WX-1 --reason 'no parts' --at "2026-11-22T10:00""#)
                == ["ticket", "defer", "WX-1", "--reason", "no parts", "--at", "2026-11-22T10:00"])
        #expect(try ShellWords.split(#"a\ b "c \"d\"" ''"#) == ["a b", #"c "d""#, ""])   // an empty quoted word is a word
        #expect(try ShellWords.split("  设备  科  ") == ["设备", "科"])
        #expect(throws: ShellWords.UnclosedQuote(quote: "'")) { try ShellWords.split("--reason 'no parts") }
    }

    @Test func quotesWhatNeedsIt() throws {
        for word in ["plain", "two words", "it's", "", #"back\slash"#, "中文 名"] {
            #expect(try ShellWords.split(ShellWords.quote(word)) == [word], "\(word)")
        }
    }
}

/// A fake command line: `ticket defer NUMBER --reason R` and `report overdue`, as dump-help says.
final class FakeRunner: CommandRunner, @unchecked Sendable {
    var ran: [[String]] = []
    var callers: [CommandCaller] = []
    var outcome = CommandOutcome(status: 0, output: "WX-2026-000001 deferred\n", errors: "")

    static let spec: CommandSpec = {
        func option(_ name: String, _ help: String, values: [String]? = nil) -> String {
            #"{"kind":"option","names":[{"kind":"long","name":"\#(name)"}],"preferredName":{"kind":"long","name":"\#(name)"},"valueName":"\#(name)","isOptional":true,"isRepeating":false,"abstract":"\#(help)","shouldDisplay":true\#(values.map { #","allValues":["\#($0.joined(separator: "\",\""))"]"# } ?? "")}"#
        }
        let number = #"{"kind":"positional","valueName":"number","isOptional":true,"isRepeating":false,"abstract":"The ticket number.","shouldDisplay":true}"#
        let json = """
        {"commandName":"rounds","subcommands":[
          {"commandName":"ticket","subcommands":[
            {"commandName":"defer","abstract":"Postpone the request (R38).","arguments":[\(option("store", "The store.")),\(number),\(option("reason", "Why. Required.")),\(option("at", "When."))]},
            {"commandName":"open","abstract":"Open a repair request.","arguments":[\(option("device", "The device. Required.")),\(option("fault", "What is wrong. Required."))]},
            {"commandName":"show","abstract":"One ticket.","arguments":[\(number),\(option("format", "table, csv or json", values: ["table", "csv", "json"]))]}
          ]},
          {"commandName":"qc","subcommands":[{"commandName":"record","abstract":"Record a QC test (R76).","arguments":[\(option("device", "The device. Required.")),\(option("kind", "acceptance, status or stability."))]}]},
          {"commandName":"report","subcommands":[{"commandName":"overdue","abstract":"What is overdue.","arguments":[\(option("format", "table, csv or json", values: ["table", "csv", "json"]))]}]}
        ]}
        """
        return try! JSONDecoder().decode(CommandSpec.self, from: Data(json.utf8))
    }()

    func run(_ arguments: [String], as caller: CommandCaller) -> CommandOutcome {
        ran.append(arguments); callers.append(caller)
        return outcome
    }

    func catalog(language: Language) -> CommandSpec? { Self.spec }
}

struct CommandLinePromptTests {
    func app(_ f: AppFixture, _ runner: FakeRunner) throws -> App {
        let fixed = f.now
        return try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: runner, pin: "135790"),
                       language: .en)
    }

    @Test func completesCommandsOptionsAndValues() {
        let spec = FakeRunner.spec
        #expect(CommandCompletion.candidates(for: "", in: spec) == ["ticket", "qc", "report"])
        #expect(CommandCompletion.candidates(for: "tic", in: spec) == ["ticket"])
        #expect(CommandCompletion.candidates(for: "ticket ", in: spec) == ["defer", "open", "show"])
        // The session's own options (--store) are never offered; the command's are.
        #expect(CommandCompletion.candidates(for: "ticket defer WX-1 --", in: spec) == ["--reason", "--at"])
        #expect(CommandCompletion.candidates(for: "ticket defer WX-1 --reason x --", in: spec) == ["--at"])
        #expect(CommandCompletion.candidates(for: "report overdue --format ", in: spec) == ["table", "csv", "json"])
    }

    /// A line with every value runs at once, as the person at the keyboard, with their PIN.
    @Test func aCompleteLineRuns() throws {
        let f = try AppFixture()
        let runner = FakeRunner()
        let app = try app(f, runner)
        app.type(.char(":"))
        app.type(text: "ticket defer WX-2026-000001 --reason '等待 配件'")
        app.type(.enter)
        #expect(runner.ran == [["ticket", "defer", "WX-2026-000001", "--reason", "等待 配件"]])
        #expect(runner.callers.first == CommandCaller(login: "wangfang", pin: "135790", language: .en, now: nil))
        #expect(app.state.message == "Done: WX-2026-000001 deferred")
        #expect(app.state.overlay == nil)
    }

    /// `ticket defer NUMBER` leaves the required reason out: the form opens, made from the
    /// description, with the number filled in; Enter runs the words the form stands for.
    @Test func aMissingRequiredValueOpensTheCommandsForm() throws {
        let f = try AppFixture()
        let runner = FakeRunner()
        let app = try app(f, runner)
        app.type(.char(":"))
        app.type(text: "ticket defer WX-2026-000001")
        app.type(.enter)
        #expect(runner.ran.isEmpty)
        guard case .form(let form) = app.state.overlay else { Issue.record("no form"); return }
        #expect(form.title == ": ticket defer")
        #expect(form.fields.map(\.label) == ["<number>", "--reason", "--at"])     // not --store: the session's
        #expect(form.fields.map(\.required) == [true, true, false])
        #expect(form.value(0) == "WX-2026-000001")
        #expect(form.focus == 1)                                                    // the first value missing
        app.type(.enter)                                                            // reason still empty: stays
        #expect(runner.ran.isEmpty)
        app.type(text: "no parts")
        app.type(.enter)
        #expect(runner.ran == [["ticket", "defer", "WX-2026-000001", "--reason", "no parts"]])
    }

    /// A refusal from the form stays on the form with the command's own words; many lines of output
    /// open a screen that scrolls; a group name lists what it holds.
    @Test func refusalsStayAndOutputOpensAScreen() throws {
        let f = try AppFixture()
        let runner = FakeRunner()
        let app = try app(f, runner)
        runner.outcome = CommandOutcome(status: 1, output: "", errors: "rounds: R38: only the equipment head defers\n")
        app.type(.char(":"))
        app.type(text: "ticket defer WX-2026-000001")
        app.type(.enter)
        app.type(text: "x")
        app.type(.enter)
        guard case .form(let form) = app.state.overlay else { Issue.record("the form is gone"); return }
        #expect(form.error == "rounds: R38: only the equipment head defers")

        app.type(.escape)
        runner.outcome = CommandOutcome(status: 0, output: (1...40).map { "line \($0)" }.joined(separator: "\n"), errors: "")
        app.type(.char(":"))
        app.type(text: "report overdue")
        app.type(.enter)
        guard case .output(let o) = app.state.stack.last else { Issue.record("no output screen"); return }
        #expect(o.lines.count == 40)
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains(": report overdue   Done") && text.contains("line 1") && !text.contains("line 40"))
        app.type(.char("G"))
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("line 40"))
        app.type(.char("q"))
        #expect(app.state.context == .dashboard)

        app.type(.char(":"))
        app.type(text: "ticket")
        app.type(.enter)
        guard case .commandLine(let line) = app.state.overlay else { Issue.record("the prompt closed"); return }
        #expect(line.offered == ["defer", "open", "show"])
        #expect(line.field.text == "ticket ")
    }

    /// Up brings back the line run before.
    @Test func historyRecallsEarlierLines() throws {
        let f = try AppFixture()
        let runner = FakeRunner()
        let app = try app(f, runner)
        app.type(.char(":"))
        app.type(text: "report overdue")
        app.type(.enter, .char(":"), .up)
        guard case .commandLine(let line) = app.state.overlay else { Issue.record("no prompt"); return }
        #expect(line.field.text == "report overdue")
    }
}

/// The ticket list reaches ended tickets (Tab) and opens a new one (n) with the command line's form.
struct TicketListScopeTests {
    @Test func endedTicketsAndANewOne() throws {
        let f = try AppFixture()
        let at = f.now.adding(seconds: -7_200)
        try f.store.write(actor: "wangfang", at: at) { rec in
            let n = try rec.reportFault(device: "ICU-V01", fault: "误报", at: at, by: "wangfang", source: .request, calendar: .shanghai).number
            try rec.recordTicketStep(n, TicketEvent(at: at, by: "wangfang", step: .cancelled(reason: .falseReport)), calendar: .shanghai)
        }
        let runner = FakeRunner()
        let fixed = f.now
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }, commandRunner: runner), language: .en)
        app.handle(.char("t"))                                          // open tickets: none
        guard case .tickets(let open) = app.state.stack.last else { Issue.record("no list"); return }
        #expect(open.tickets.isEmpty)
        app.handle(.tab); app.handle(.tab)                             // open → delinquent → ended
        guard case .tickets(let ended) = app.state.stack.last else { return }
        #expect(ended.scope == .ended && ended.tickets.map(\.device) == ["ICU-V01"], "\(ended.scope)")
        app.handle(.char("n"))
        guard case .form(let form) = app.state.overlay else { Issue.record("no form"); return }
        #expect(form.title == ": ticket open")
    }
}
