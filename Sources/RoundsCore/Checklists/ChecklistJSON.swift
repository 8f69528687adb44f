import Foundation

/// The one text form of a ``ChecklistSheet`` the store keeps: canonical JSON, the same bytes for
/// the same answers, so the audit chain's hash of a row proves its answers.
///
/// An array in the template's order, one object per item with its keys in a fixed order:
///
/// ```json
/// [{"item":"casing","answer":"normal"},
///  {"item":"power","answer":"abnormal","raises":"hazard","note":"电源线外皮破损"},
///  {"item":"gas","answer":"na","reason":"本室无气路"}]
/// ```
///
/// Why one text per record rather than a row per item: a monthly round writes one record per
/// device, most of them all normal; one more row per record keeps writing (and the demo's year of
/// history) fast, and the answers stay inside one audited row that `verify` compares byte for byte.
public enum ChecklistJSON {
    public static func encode(_ sheet: ChecklistSheet) -> String {
        "[" + sheet.entries.map(entry).joined(separator: ",") + "]"
    }

    private static func entry(_ e: ChecklistSheet.Entry) -> String {
        var pairs = [("item", e.code), ("answer", e.answer.word)]
        switch e.answer {
        case .normal: break
        case .abnormal(let note, let raises): pairs += [("raises", raises.rawValue), ("note", note)]
        case .notApplicable(let reason): pairs += [("reason", reason)]
        }
        return "{" + pairs.map { "\(quote($0.0)):\(quote($0.1))" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal, spelled as every JSON of the program is (``JSONString``).
    static func quote(_ s: String) -> String { JSONString.quote(s) }

    /// Reads what ``encode(_:)`` wrote; nil for text that is not a sheet.
    public static func decode(_ text: String) -> ChecklistSheet? {
        guard let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [[String: String]] else { return nil }
        var entries: [ChecklistSheet.Entry] = []
        for o in array {
            guard let code = o["item"], let word = o["answer"] else { return nil }
            let answer: ChecklistAnswer
            switch word {
            case "normal": answer = .normal
            case "abnormal":
                guard let raises = ChecklistAnswer.Finding(rawValue: o["raises"] ?? "") else { return nil }
                answer = .abnormal(note: o["note"] ?? "", raises: raises)
            case "na": answer = .notApplicable(reason: o["reason"] ?? "")
            default: return nil
            }
            entries.append(ChecklistSheet.Entry(code: code, answer: answer))
        }
        return ChecklistSheet(entries: entries)
    }
}
