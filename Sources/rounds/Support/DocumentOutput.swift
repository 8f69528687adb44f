import Foundation
import RoundsApp
import RoundsStore

extension Session {
    /// Prints a command's answer. A `table` — text for people, perhaps printed and filed — ends with
    /// the seal line of the state it was made from (``TextDocument``) and, from a practice store,
    /// opens with the practice line; `json` says `"practice": true` first in a practice store; `csv`
    /// is printed as it is, in the encoding `csv` asks for.
    func printDocument(_ text: String, format: OutputFormat, csv: CSVOptions) throws {
        switch format {
        case .table: print(try sealed(text), terminator: "")
        case .json: print(TextDocument.marked(json: text, store: store), terminator: "")
        case .csv: try csv.printCSV(text)
        }
    }

    /// `text` ending with the seal line of the store as it stands now, by the user, at `--now`.
    func sealed(_ text: String) throws -> String {
        try Refusal.guarding { try TextDocument.sealed(text, store: store, at: now, login: login) }
    }
}
