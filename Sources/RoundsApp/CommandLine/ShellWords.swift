/// Splits a command line into words by the shell's rules, so that what works in a script works at
/// the `:` prompt: `ticket defer WX-2026-000012 --reason "等待配件 (R38)"`.
///
/// Blanks separate words; 'single quotes' keep everything literally; "double quotes" keep blanks
/// and let `\"` and `\\` through; a backslash outside quotes takes the next character as it is.
/// No globbing, variables or pipes: nothing here runs a shell.
///
/// ```swift
/// try ShellWords.split(#"ticket defer WX-1 --reason 'no parts'"#)   // ["ticket", "defer", "WX-1", "--reason", "no parts"]
/// ```
public enum ShellWords {
    public struct UnclosedQuote: Error, Equatable {
        public let quote: Character
        public init(quote: Character) { self.quote = quote }
    }

    public static func split(_ line: String) throws -> [String] {
        var words: [String] = [], word = "", inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped { word.append(c); escaped = false; inWord = true; continue }
            switch (quote, c) {
            case (nil, "\\"), ("\"", "\\"): escaped = true; inWord = true
            case (nil, "'"), (nil, "\""): quote = c; inWord = true
            case ("'", "'"), ("\"", "\""): quote = nil
            case (nil, " "), (nil, "\t"):
                if inWord { words.append(word); word = ""; inWord = false }
            default: word.append(c); inWord = true
            }
        }
        if let quote { throw UnclosedQuote(quote: quote) }
        if inWord { words.append(word) }
        return words
    }

    /// One word as the shell would need it typed: quoted when it holds blanks, quotes or is empty.
    public static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { !" \t'\"\\".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
