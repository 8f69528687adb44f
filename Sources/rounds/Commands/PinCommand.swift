import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds pin issue LOGIN` and `rounds pin set --pin NEW [--code CODE | --old-pin OLD]`: signature
/// PINs (R2). A first PIN takes a one-time code from an equipment head (PINEnrolment.swift).
struct PinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin",
        abstract: Help.text(en: "Signature PINs (R2): one-time codes from an equipment head, and your own PIN.",
                            zh: "签名 PIN（R2）：设备科主任发放的一次性验证码，以及你自己的 PIN。"),
        subcommands: [IssueCode.self, SetPIN.self])

    struct IssueCode: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: Help.text(en: "Print a one-time code with which LOGIN chooses a PIN (equipment head; valid 72 hours, used once).",
                                zh: "打印一个一次性验证码，LOGIN 用它设置 PIN（设备科主任；72 小时内有效，只能用一次）。"),
            discussion: Help.text(
                en: """
                    Prove who you are: your login is the OS account running rounds, or give your own PIN \
                    (--pin or ROUNDS_PIN). A new code replaces LOGIN's earlier ones. Also for a forgotten \
                    PIN: the code replaces it without the old one.
                    """,
                zh: "须证明你的身份：你的登录名就是运行 rounds 的操作系统账户，或给出你自己的 PIN（--pin 或 ROUNDS_PIN）。新验证码取代 LOGIN 之前的验证码。也用于忘记 PIN：验证码无需旧 PIN 即可替换。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Argument(help: Help.text(en: "The person who chooses a PIN with the code.",
                                  zh: "用此验证码设置 PIN 的人。")) var login: String

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
            abstract: Help.text(en: "Set your own PIN (6-12 letters or digits; --pin or ROUNDS_PIN).",
                                zh: "设置你自己的 PIN（6–12 位字母或数字；--pin 或 ROUNDS_PIN）。"),
            discussion: Help.text(
                en: """
                    A first PIN needs --code (from `rounds pin issue`), unless your login is the OS account \
                    running rounds. Changing a PIN needs --old-pin, or a new code when it is forgotten.
                    """,
                zh: "首次设置 PIN 需要 --code（由 `rounds pin issue` 发放），除非你的登录名就是运行 rounds 的操作系统账户。修改 PIN 需要 --old-pin，忘记时需要新的验证码。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var pin: PINOptions
        @Option(name: .customLong("old-pin"), help: Help.text(en: "Your current PIN, to change it.",
                                                              zh: "你当前的 PIN，用于修改。")) var oldPIN: String?
        @Option(help: Help.text(en: "The one-time code an equipment head issued for you (first PIN, or a forgotten one).",
                                zh: "设备科主任为你发放的一次性验证码（首次设置 PIN，或忘记 PIN 时）。")) var code: String?

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
