import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds part …`: spare parts and repair materials (备件, R57–R59).
struct PartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "part",
        abstract: "Spare parts: add, receive, issue against a ticket (signed by the recipient), return, list.",
        subcommands: [Add.self, Receive.self, Issue.self, Return.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a part or change its record (R57).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Part code (unique).") var code: String
        @Option(help: "Name.") var name: String
        @Option(help: "Compatible device models, ;-separated.") var models = ""
        @Option(help: "Unit (个, 套, box...).") var unit = ""
        @Option(help: "Storage location.") var location = ""
        @Option(parsing: .unconditional, help: "Unit price in yuan, e.g. 125.50 (0 to 9999999999.99).") var price = "0"
        @Option(parsing: .unconditional, help: "Minimum stock: fewer warns (R59); 0 or more.") var minimum = "0"
        @Flag(help: "A part commonly used by departments (科室常用配件).") var common = false

        func run() throws {
            try refusing {
                let fen = try ValueArguments.fen(price, "--price")
                let minimumStock = try ValueArguments.count(minimum, "--minimum", minimum: 0)
                let session = try Session.open(global)
                let part = SparePart(code: code, name: name, models: models, unit: unit, location: location,
                                     unitPriceFen: fen, minimumStock: minimumStock, commonlyUsed: common)
                try session.write { try $0.save(part) }
                print("part \(code)")
            }
        }
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Receive parts into stock.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Part code.") var code: String
        @Option(parsing: .unconditional, help: "How many (1 or more).") var qty: String
        @Option(help: "Delivery note, supplier...") var note = ""

        func run() throws {
            try refusing {
                let quantity = try ValueArguments.count(qty, "--qty", minimum: 1)
                let session = try Session.open(global)
                let id = try session.write { try $0.receivePart(code, quantity: quantity, note: note) }
                print("receipt \(id)")
            }
        }
    }

    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue parts to a recipient who signs for them, against a ticket, a maintenance record or a reason (R58).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Part code.") var code: String
        @Option(parsing: .unconditional, help: "How many (1 or more).") var qty: String
        @Option(help: "Who takes the parts and signs for them (login).") var recipient: String
        @Option(help: "The repair ticket they are for.") var ticket: String?
        @Option(help: "The maintenance record id they are for.") var maintenance: Int64?
        @Option(help: "Otherwise, the reason.") var reason = ""
        @OptionGroup var pin: PINOptions
        @Option(name: .customLong("recipient-pin"), help: "The recipient's own PIN: they sign for the parts (R2, R58).") var recipientPIN: String?

        func run() throws {
            try refusing {
                let quantity = try ValueArguments.count(qty, "--qty", minimum: 1)
                let session = try Session.open(global)
                let number = try ticket.map { try TicketArgs.number($0) }
                let id = try Refusal.guarding {
                    try session.write(pins: [session.login: pin.value, recipient: recipientPIN]) {
                        try $0.issuePart(code, quantity: quantity, recipient: recipient, ticket: number, maintenance: maintenance, reason: reason)
                    }
                }
                print("issue \(id)")
                if let low = try session.store.parts(lowOnly: true).first(where: { $0.part.code == code }) {
                    FileHandle.standardError.write(Data("rounds: R59: \(code) is below its minimum stock (\(low.stock) < \(low.part.minimumStock))\n".utf8))
                }
            }
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Return (part of) an issue to stock: how an issue is corrected (R58).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The issue id (printed by `part issue`).") var issue: Int64
        @Option(parsing: .unconditional, help: "How many come back (1 or more).") var qty: String
        @Option(help: "Why.") var reason = ""

        func run() throws {
            try refusing {
                let quantity = try ValueArguments.count(qty, "--qty", minimum: 1)
                let session = try Session.open(global)
                let id = try session.write { try $0.returnPart(issue: issue, quantity: quantity, reason: reason) }
                print("return \(id)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Parts with their stock; --low: below the minimum (R59).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Only parts below their minimum stock.") var low = false

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let parts = try session.store.parts(lowOnly: low)
                let rows = parts.map { [$0.part.code, $0.part.name, String($0.stock), String($0.part.minimumStock), $0.part.unit, $0.isLow ? "low" : ""] }
                let header = ["code", "name", "stock", "minimum", "unit", "warning"]
                switch output.format {
                case .json:
                    print(JSONValue.array(parts.map { p in
                        .object([("code", .string(p.part.code)), ("name", .string(p.part.name)), ("stock", .int(p.stock)),
                                 ("minimum", .int(p.part.minimumStock)), ("unit", .string(p.part.unit)), ("low", .bool(p.isLow))])
                    }).text)
                case .csv: try output.csv.printCSV(CSVWriter.document(header: header, rows: rows))
                case .table: print(TextTable.render(header: header, rows: rows, rightAligned: [2, 3]), terminator: "")
                }
            }
        }
    }
}

/// `rounds contact …`: external service engineers (院外维修工程师, R60–R61).
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "External service engineers: at least two per device (R60), per device or per model.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a contact for a device (--device) or every device of a model (--model).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Name.") var name: String
        @Option(help: "Company.") var company = ""
        @Option(help: "Phone.") var phone = ""
        @Option(help: "E-mail.") var email = ""
        @Option(help: "WeChat.") var wechat = ""
        @Option(help: "The device (tag).") var device: String?
        @Option(help: "The model (every device of it inherits the contact).") var model = ""
        @Option(help: "When the details were last verified (YYYY-MM-DD, R61).") var verified: String?

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let day = try verified.map { try TicketArgs.day($0, "--verified") }
                let id = try Refusal.guarding {
                    try session.write() {
                        try $0.addContact(name: name, company: company, phone: phone, email: email, wechat: wechat,
                                          device: device, model: model, lastVerified: day)
                    }
                }
                print("contact \(id)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The contacts of a device, its own and its model's.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The device (tag).") var device: String

        func run() throws {
            try refusing {
                let session = try Session.open(global)
                let contacts = try Refusal.guarding { try session.store.contacts(device: device) }
                print(TextTable.render(header: ["name", "company", "phone", "for", "verified"],
                                       rows: contacts.map { [$0.name, $0.company, $0.phone, $0.device ?? "model \($0.model)", $0.lastVerified?.description ?? ""] }),
                      terminator: "")
                if contacts.count < 2 {
                    FileHandle.standardError.write(Data("rounds: R60: \(device) has \(contacts.count) external contact(s); at least two are required\n".utf8))
                }
            }
        }
    }
}
