import ArgumentParser
import RoundsCore
import RoundsStore

/// `--item CODE=ANSWER` (repeated) and `--all-normal`: a record's checklist answered item by item
/// (R14, R18). `ANSWER` is `normal`, `abnormal:NOTE` (raises a hazard item, R16),
/// `abnormal-ticket:NOTE` (raises a repair ticket, R36) or `na:REASON`.
///
/// ```sh
/// rounds record inspection --device ICU-D01 --kind ten-day --all-normal
/// rounds record inspection --device ICU-D01 --kind ten-day --all-normal --item power=abnormal:电源线外皮破损
/// ```
///
/// Neither given: no itemised checklist, the contract's summary record (DECISIONS "Checklists").
struct ChecklistOptions: ParsableArguments {
    @Option(name: .customLong("item"), help: Help.text(
        en: "One checklist answer, CODE=normal|abnormal:NOTE|abnormal-ticket:NOTE|na:REASON (repeat for each item; codes: rounds checklist show). With items given, none may be blank (R18).",
        zh: "一个检查项的回答，CODE=normal|abnormal:说明|abnormal-ticket:说明|na:理由（每项重复一次；项目代码见 rounds checklist show）。给出检查项时不得有空白项（R18）。"))
    var items: [String] = []
    @Flag(name: .customLong("all-normal"), help: Help.text(
        en: "Every checklist item not given with --item is normal.",
        zh: "未用 --item 给出的检查项均为正常。"))
    var allNormal = false

    /// The answers, or nil when neither option is given.
    func input() throws -> ChecklistInput? {
        guard allNormal || !items.isEmpty else { return nil }
        var given: [String: ChecklistAnswer] = [:]
        for text in items {
            guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
                throw Refusal(en: "--item '\(text)' must be CODE=ANSWER, e.g. power=normal", zh: "--item '\(text)' 须为 CODE=回答，例如 power=normal")
            }
            let code = String(text[..<eq])
            if given[code] != nil { throw Refusal(en: "--item \(code) is given twice", zh: "--item \(code) 重复给出") }
            given[code] = try ChecklistAnswer(parsing: String(text[text.index(after: eq)...]))
        }
        return ChecklistInput(given: given, restNormal: allNormal)
    }
}
