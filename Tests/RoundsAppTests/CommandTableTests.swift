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
