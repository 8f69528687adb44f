import Foundation

extension String {
    /// The text without the spaces and tabs at either end: the same as
    /// `trimmingCharacters(in: .whitespaces)` , but a
    /// cell that needs no trimming, which is nearly every cell of an import, is returned as it is
    /// after looking at two characters, not bridged through Foundation.
    public var trimmingWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        // Foundation's own set, asked of two characters (on Linux it also holds U+200B, say).
        guard Self.whitespace.contains(first) || Self.whitespace.contains(last) else { return self }
        return trimmingCharacters(in: Self.whitespace)
    }

    private static let whitespace = CharacterSet.whitespaces
}
