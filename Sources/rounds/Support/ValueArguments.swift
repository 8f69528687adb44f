import Foundation
import RoundsCore

/// Amounts and counts given as options, read by the core's one check per kind (`Money`, `Count`),
/// with the option named in the refusal. The options are taken as text with
/// `parsing: .unconditional`, so that `--qty -5` reaches this check (and is refused as negative)
/// rather than being read by ArgumentParser as a missing value.
enum ValueArguments {
    static func fen(_ text: String, _ option: String) throws -> Int {
        do { return try Money.fen(parsing: text) } catch { throw Refusal("\(option) \(error.message(chinese: Help.chinese))") }
    }

    static func count(_ text: String, _ option: String, minimum: Int) throws -> Int {
        do { return try Count.parse(text, minimum: minimum) } catch { throw Refusal("\(option) \(error.message(chinese: Help.chinese))") }
    }

    /// Every argument of the command line is checked once for control characters (NUL cannot reach
    /// argv; ESC, BEL, DEL and the others can): a refusal names the option the text was given to.
    /// Tabs and line breaks are allowed (notes and fault descriptions may hold them).
    static func checkControlCharacters(_ arguments: [String]) -> String? {
        var previous: String? = nil
        for arg in arguments {
            defer { previous = arg }
            guard let c = CleanText.firstControl(in: arg, lines: .many) else { continue }
            let option: String
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") { option = String(arg[..<eq]) }
            else if let p = previous, p.hasPrefix("-"), !p.contains("=") { option = p }
            else { option = "argument" }
            return "\(option): the text contains the control character \(CleanText.name(c)) (control characters are refused; nothing was written)"
        }
        return nil
    }
}
