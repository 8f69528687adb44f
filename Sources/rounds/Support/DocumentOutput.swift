import Foundation
import RoundsApp
import RoundsStore

extension Session {
    /// Prints a command's answer. A `table` — text for people, perhaps printed and filed — ends with
    /// the seal line of the state it was made from (``TextDocument``); `csv` and `json` are printed as
    /// they are.
    func printDocument(_ text: String, format: OutputFormat) throws {
        print(format == .table ? try sealed(text) : text, terminator: "")
    }

    /// `text` ending with the seal line of the store as it stands now, by the user, at `--now`.
    func sealed(_ text: String) throws -> String {
        try Refusal.guarding { try TextDocument.sealed(text, store: store, at: now, login: login) }
    }
}
