import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

extension ReportCommand {
    /// `rounds report contacts`: tracked devices with fewer than two external service contacts (R61).
    struct Contacts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "contacts", abstract: Help.text(en: "Devices with fewer than two external service contacts (R60–R61).",
                                                                            zh: "外部维修联系人少于两名的设备（R60–R61）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ReportScope

        func run() throws {
            try refusing {
                let session = try scope.open(global)
                let department = scope.department
                let lacking = try session.store.devicesLackingContacts().filter { department == nil || $0.0.department == department }
                let rows = lacking.map { [$0.0.tag, $0.0.department, $0.0.model, String($0.1)] }
                switch scope.format {
                case .json:
                    try session.printDocument(JSONValue.object([("minimum", .int(2)), ("devices", .array(lacking.map {
                        .object([("device", .string($0.0.tag)), ("department", .string($0.0.department)),
                                 ("model", .string($0.0.model)), ("contacts", .int($0.1))])
                    }))]).text + "\n", format: .json, csv: scope.csv)
                case .csv: try scope.csv.printCSV(CSVWriter.document(header: ["device", "department", "model", "contacts"], rows: rows))
                case .table:
                    try session.printDocument("R61: \(lacking.count) devices with fewer than 2 external contacts\n"
                        + TextTable.render(header: ["device", "department", "model", "contacts"], rows: rows, rightAligned: [3]), format: .table, csv: scope.csv)
                }
            }
        }
    }
}
