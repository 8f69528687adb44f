import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds part …`: spare parts and repair materials (备件, R57–R59).
struct PartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "part",
        abstract: Help.text(en: "Spare parts: add, receive, issue against a ticket (signed by the recipient), return, list.",
                            zh: "备件：登记、入库、凭维修单出库（领用人签收）、退库、列表。"),
        subcommands: [Add.self, Receive.self, Issue.self, Return.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Help.text(en: "Add a part or change its record (R57).",
                                                                            zh: "登记备件或修改其记录（R57）。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.text(en: "Part code (unique).",
                                zh: "备件编码（唯一）。")) var code: String
        @Option(help: Help.text(en: "Name.", zh: "名称。")) var name: String
        @Option(help: Help.text(en: "Compatible device models, ;-separated.",
                                zh: "适用设备型号，以 ; 分隔。")) var models = ""
        @Option(help: Help.text(en: "Unit (piece, set, box...).",
                                zh: "单位（个、套、盒……）。")) var unit = ""
        @Option(help: Help.text(en: "Storage location.",
                                zh: "存放位置。")) var location = ""
        @Option(parsing: .unconditional, help: Help.text(en: "Unit price in yuan, e.g. 125.50 (0 to 9999999999.99).",
                                                         zh: "单价（元），例如 125.50（0 至 9999999999.99）。")) var price = "0"
        @Option(parsing: .unconditional, help: Help.text(en: "Minimum stock: fewer warns (R59); 0 or more.",
                                                         zh: "最低库存：低于此数时警告（R59）；0 或以上。")) var minimum = "0"
        @Flag(help: Help.text(en: "A part commonly used by departments.",
                              zh: "科室常用配件。")) var common = false

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
        static let configuration = CommandConfiguration(commandName: "receive", abstract: Help.text(en: "Receive parts into stock.",
                                                                            zh: "备件入库。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.partCode) var code: String
        @Option(parsing: .unconditional, help: Help.howMany) var qty: String
        @Option(help: Help.text(en: "Delivery note, supplier...",
                                zh: "送货单、供应商……")) var note = ""

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
        static let configuration = CommandConfiguration(commandName: "issue", 
            abstract: Help.text(en: "Issue parts to a recipient who signs for them, against a ticket, a maintenance record or a reason (R58).",
                                zh: "将备件发给签收的领用人，对应一张维修单、一条保养记录或一个理由（R58）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.partCode) var code: String
        @Option(parsing: .unconditional, help: Help.howMany) var qty: String
        @Option(help: Help.text(en: "Who takes the parts and signs for them (login).",
                                zh: "领取并签收备件的人（登录名）。")) var recipient: String
        @Option(help: Help.text(en: "The repair ticket they are for.",
                                zh: "备件所用于的维修单。")) var ticket: String?
        @Option(help: Help.text(en: "The maintenance record id they are for.",
                                zh: "备件所用于的保养记录编号。")) var maintenance: Int64?
        @Option(help: Help.text(en: "Otherwise, the reason.",
                                zh: "否则，填写理由。")) var reason = ""
        @OptionGroup var pin: PINOptions
        @Option(name: .customLong("recipient-pin"), help: Help.text(en: "The recipient's own PIN: they sign for the parts (R2, R58).",
                                                                    zh: "领用人自己的 PIN：由其签收备件（R2、R58）。")) var recipientPIN: String?

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
        static let configuration = CommandConfiguration(commandName: "return", abstract: Help.text(en: "Return (part of) an issue to stock: how an issue is corrected (R58).",
                                                                            zh: "将一次出库（部分）退回库存：出库的更正方式（R58）。"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.text(en: "The issue id (printed by `part issue`).",
                                  zh: "出库编号（由 `part issue` 打印）。")) var issue: Int64
        @Option(parsing: .unconditional, help: Help.text(en: "How many come back (1 or more).",
                                                         zh: "退回数量（1 或以上）。")) var qty: String
        @Option(help: Help.why) var reason = ""

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
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "Parts with their stock; --low: below the minimum (R59).",
                                                                            zh: "备件及其库存；--low：低于最低库存的（R59）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: Help.text(en: "Only parts below their minimum stock.",
                              zh: "只看低于最低库存的备件。")) var low = false

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
        abstract: Help.text(en: "External service engineers: at least two per device (R60), per device or per model.",
                            zh: "外部维修工程师：每台设备至少两名（R60），按设备或按型号登记。"),
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Help.text(en: "Add a contact for a device (--device) or every device of a model (--model).",
                                                                            zh: "为一台设备（--device）或某型号的全部设备（--model）添加联系人。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.text(en: "The service engineer's name.", zh: "维修工程师的姓名。")) var name: String
        @Option(help: Help.text(en: "Company.",
                                zh: "公司。")) var company = ""
        @Option(help: Help.text(en: "Phone.",
                                zh: "电话。")) var phone = ""
        @Option(help: Help.text(en: "E-mail.",
                                zh: "电子邮件。")) var email = ""
        @Option(help: Help.text(en: "WeChat.",
                                zh: "微信。")) var wechat = ""
        @Option(help: Help.device) var device: String?
        @Option(help: Help.text(en: "The model (every device of it inherits the contact).",
                                zh: "型号（该型号的每台设备都继承此联系人）。")) var model = ""
        @Option(help: Help.text(en: "When the details were last verified (YYYY-MM-DD, R61).",
                                zh: "联系方式最近核实的日期（YYYY-MM-DD，R61）。")) var verified: String?

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
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text(en: "The contacts of a device, its own and its model's.",
                                                                            zh: "一台设备的联系人，包括设备本身的和其型号的。"))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.device) var device: String

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
