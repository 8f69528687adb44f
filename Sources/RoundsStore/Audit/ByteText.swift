import Foundation

/// Texts compared as SQLite's BINARY collation compares them: by their UTF-8 bytes. Swift's `==`
/// and `<` on strings compare Unicode equivalence (a name in NFC equals the same name in NFD), which
/// is not what a tamper check or SQLite's index order means; and comparing the bytes one by one
/// through `utf8` views cost more than everything else `verify` did with millions of payloads.
/// Here each comparison is one `memcmp` of the two buffers.
enum ByteText {
    /// The same bytes.
    static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// -1, 0 or 1: the bytes' order (a prefix comes first).
    static func order(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                if c != 0 { return c < 0 ? -1 : 1 }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }

    /// -1, 0 or 1: the order of two keys, part by part, each part by its bytes (a shorter key
    /// that is a prefix of the other comes first).
    static func order(_ a: [String], _ b: [String]) -> Int {
        for (x, y) in zip(a, b) {
            let c = order(x, y)
            if c != 0 { return c }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
