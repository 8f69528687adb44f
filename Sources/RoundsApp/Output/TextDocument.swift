import RoundsCore
import RoundsStore

/// A text document for people — a report in `table` format, a handover sheet printed or exported as
/// text — ends with the seal line of the state it was made from (R3).
///
/// The seal is taken after the document's content was read, so it covers every record the document
/// shows: a paper copy then anchors the history too. Anyone holding it can later run
/// `rounds verify --seal "seal 1842 9f86… 2026-12-01T19:03:22+08:00 wangfang"` to prove the store
/// still holds, byte for byte, the history the paper was printed from.
///
/// ```
/// Overdue inspections as of 2026-11-22
/// device   department  kind     due         days
/// ICU-V01  ICU         ten-day  2026-11-11  11
///
/// seal 1842 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 2026-11-22T10:00:00+08:00 wangfang
/// ```
///
/// The seal is printed, not appended to the seal log: a report is a read, it runs where the log may
/// not be writable, and the daily seal and `rounds seal` keep the log (docs/DECISIONS.md). JSON and CSV
/// are machine formats and are never framed.
public enum TextDocument {
    /// `body`, then a blank line, then the seal line as the document's last line.
    public static func sealed(_ body: String, with seal: Seal) -> String {
        var text = body
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        return text + (text.isEmpty ? "" : "\n") + seal.line + "\n"
    }

    /// `body` sealed with the store's chain head as it stands now, made at `at` by `login`; in a
    /// practice store it opens with ``practiceLine`` (CONTRACT "Two kinds of store").
    public static func sealed(_ body: String, store: Store, at: Instant, login: String) throws -> String {
        sealed((store.settings.isPractice ? practiceLine + "\n" : "") + body, with: try store.headSeal(at: at, login: login))
    }

    /// The first line of every document made from a practice store: not evidence.
    public static let practiceLine = "PRACTICE STORE 练习库: training records, not evidence / 练习用记录，非正式证据"

    /// A JSON report with `"practice": true` first at its top level when the store is a practice store.
    public static func marked(json: String, store: Store) -> String {
        guard store.settings.isPractice, json.hasPrefix("{") else { return json }
        let rest = json.dropFirst()
        return "{\"practice\": true" + (rest.hasPrefix("}") ? "" : ", ") + rest
    }
}
