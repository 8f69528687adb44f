import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds pin issue LOGIN` and `rounds pin set --pin NEW [--code CODE | --old-pin OLD]`: signature
/// PINs (R2). A first PIN takes a one-time code from an equipment head (PINEnrolment.swift).
struct PinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin",
        abstract: "Signature PINs (R2): one-time codes from an equipment head, and your own PIN.",
        subcommands: [IssueCode.self, SetPIN.self])

    struct IssueCode: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Print a one-time code with which LOGIN chooses a PIN (equipment head; valid 72 hours, used once).",
            discussion: """
                Prove who you are: your login is the OS account running rounds, or give your own PIN \
                (--pin or ROUNDS_PIN). A new code replaces LOGIN's earlier ones. Also for a forgotten \
                PIN: the code replaces it without the old one.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Argument(help: "The person who chooses a PIN with the code.") var login: String

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let code = try session.write { try $0.issuePINCode(for: login, issuerPIN: pin.value) }
                let until = session.calendar.format(session.now.adding(seconds: PINCode.validSeconds))
                print(code)
                FileHandle.standardError.write(Data("one-time PIN code for \(login), good once until \(until): rounds --user \(login) pin set --code CODE --pin NEW\n".utf8))
            }
        }
    }

    struct SetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set your own PIN (6-12 letters or digits; --pin or ROUNDS_PIN).",
            discussion: """
                A first PIN needs --code (from `rounds pin issue`), unless your login is the OS account \
                running rounds. Changing a PIN needs --old-pin, or a new code when it is forgotten.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Option(name: .customLong("old-pin"), help: "Your current PIN, to change it.") var oldPIN: String?
        @Option(help: "The one-time code an equipment head issued for you (first PIN, or a forgotten one).") var code: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                guard let value = pin.value else { throw Refusal("give the new PIN with --pin or ROUNDS_PIN") }
                try session.write { try $0.setPIN(value, for: session.login, oldPIN: oldPIN, code: code) }
                print("PIN set for \(session.login)")
            }
        }
    }
}
