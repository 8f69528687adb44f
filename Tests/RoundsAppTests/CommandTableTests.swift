import Foundation
import Testing
@testable import RoundsApp
import TerminalUI
import RoundsCore

/// The command table drives keys, status bar and help, so it must be consistent.
struct CommandTableTests {
    @Test(arguments: Context.allCases)
    func noKeyIsBoundTwiceInOneContext(context: Context) {
        var seen: [Key: CommandID] = [:]
        for command in CommandTable.all where command.contexts.contains(context) {
            for key in command.keys {
                #expect(seen[key] == nil, "\(key.name) is bound to both \(seen[key]!) and \(command.id) in \(context)")
                seen[key] = command.id
            }
        }
    }

    @Test func everyCommandHasChineseAndEnglishTitles() {
        for command in CommandTable.all {
            let zh = Strings(language: .zh).t(command.title), en = Strings(language: .en).t(command.title)
            #expect(!zh.isEmpty && !en.isEmpty, "\(command.id)")
        }
        // And every text at all: Chinese differs from English except where a proper name is shared.
        for id in TextID.allCases {
            #expect(!Strings(language: .zh).t(id).isEmpty && !Strings(language: .en).t(id).isEmpty, "\(id)")
        }
    }

    @Test func everyCommandIsReachable() {
        let bound = Set(CommandTable.all.map(\.id))
        #expect(bound == Set(CommandID.allCases))
    }

    @Test func searchLineTakesPrintableKeysAsText() {
        #expect(CommandTable.command(for: .char("q"), in: .search) == nil)
        #expect(CommandTable.command(for: .char("q"), in: .archive) == .back)
        #expect(CommandTable.command(for: .escape, in: .search) == .cancel)
    }
}

/// docs/keys.md is generated from the command table; this fails when they drift apart.
struct KeysDocumentTests {
    @Test func keysDocumentMatchesTheTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try CommandTable.keysDocument.write(to: url, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == CommandTable.keysDocument, "docs/keys.md is out of date: run RECORD_SNAPSHOTS=1 swift test --filter KeysDocumentTests")
    }
}

struct TicketWordsTests {
    @Test func everyTicketStepAndStateHasWords() {
        for kind in TicketStepKind.allCases {
            #expect(Strings.stepNames[kind] != nil, "\(kind) has no zh/en name")
        }
    }
}

/// Every command of the table, in every context (issue #11): reachable by a key or `:`, named in
/// both languages, and, when it cannot act, saying why without opening a form.
struct CommandWalkTests {
    static func hasCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func everyCommandIsReachableAndNamedInBothLanguages() {
        let zh = Strings(language: .zh), en = Strings(language: .en)
        for c in CommandTable.all {
            #expect(!c.keys.isEmpty, "\(c.id) has no key")
            for context in c.contexts {
                // Each key reaches the command in each of its contexts (no other row shadows it).
                for key in c.keys { #expect(CommandTable.command(for: key, in: context) == c.id, "\(key.name) in \(context) is not \(c.id)") }
            }
            // The language key names the language it switches to (English in Chinese, 中文 in English).
            let (z, e) = c.id == .language ? (en.t(c.title), zh.t(c.title)) : (zh.t(c.title), en.t(c.title))
            #expect(Self.hasCJK(z), "\(c.id): no Chinese title")
            #expect(!e.isEmpty && !Self.hasCJK(e), "\(c.id): no English title")
        }
        // Every verb is in the table, and `:` reaches everything else (the command line's commands).
        let inTable = Set(CommandTable.all.map(\.id))
        #expect(Set(CommandID.allCases).subtracting(inTable).isEmpty, "\(Set(CommandID.allCases).subtracting(inTable))")
        #expect(CommandTable.command(for: .char(":"), in: .dashboard) == .commandLine)
        for context in Context.allCases where !CommandTable.closedContexts.contains(context) {
            #expect(CommandTable.command(for: .char(":"), in: context) == .commandLine, "\(context)")
        }
    }

    /// An evidence store open "as of" a time is for reading: every key that records something
    /// says so, dimmed in the bar, with its reason in the help, and no form opens.
    @Test func aDisabledKeyGivesItsReasonWithoutAForm() throws {
        let f = try AppFixture()
        let t0 = f.now.adding(seconds: -3600)
        try f.store.write(actor: "wangfang", at: t0) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "报警", at: t0, by: "wangfang", source: .request, calendar: .shanghai)
        }
        let why = "R4: open as of a time, for reading"
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { f.now }, writeRefusal: why), language: .en)
        func pressEach(_ keys: [Character], on context: Context) {
            for k in keys {
                app.handle(.char(k))
                #expect(app.state.context == context && !app.state.hasOverlay, "\(k) on \(context) opened something")
                #expect(app.state.message == why, "\(k) on \(context): \(app.state.message ?? "")")
            }
        }
        pressEach(["r"], on: .dashboard)
        app.type(.char("t"), .enter)                              // the open tickets → the ICU ticket
        #expect(app.state.context == .ticket)
        pressEach(["a", "s", "w", "b", "c", "m"], on: .ticket)
        let frame = app.render(size: Size(width: 100, height: 24))
        let row = frame.height - 1
        let bar = String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[row])
        if let r = bar.range(of: "a assign") {
            #expect(frame.roles(row)[bar.distance(from: bar.startIndex, to: r.lowerBound)] == .dim, "a disabled key is dimmed: \(bar)")
        } else { Issue.record("no 'a assign' hint: \(bar)") }
        app.type(.char("?"))
        #expect(app.render(size: Size(width: 120, height: 40)).text.contains("assign  [not now] \(why)"))
    }
}
